"""Shared pieces of the crisis pattern tables (`bot.domain.safety_patterns`, `bot.domain.safety_tense`).

`<NAME>` in a pattern stands for `MACROS[NAME]`; `compile_any` fills them in and joins the alternatives.
"""

from __future__ import annotations

import re

MACROS = {
    "P": r"[,.!?;:。、…~\s]",  # clause punctuation (full-width is already ASCII here)
    "W": r"[^,.!?;:。、…~\s]",  # any character inside one clause
    "S": r"[^。!?]",  # any character inside one sentence
    "ME": r"(?:我|俺)",  # the speaker, also in dialect
    "HIM": r"(?:他|她|你|他们|她们|你们|那个|这个|那帮|这帮)",  # someone else as the object of a threat
    # family and partners: who hits at home
    "FAM": r"(?:老公|丈夫|老婆|妻子|媳妇|男人|前夫|前妻|对象|男朋友|男友|前男友|未婚夫|公公|婆婆|婆家人?|继父"
    r"|继母|后爸|后妈|爸爸|妈妈|父亲|母亲|我爸|我妈|他爸|她爸|儿子|女儿|女婿|儿媳妇?|哥哥?|弟弟?|妹夫|姐夫|嫂子|弟媳|岳父|岳母|丈母娘|家里人|家人"
    # a spouse in dialect and everyday words: "俺家那口子", "俺家老爷们", "孩子他爹", "当家的", "我家那位"
    r"|那口子|老爷们儿?|爷们儿|当家的|掌柜的|(?:孩子|娃|娃娃)(?:他|她)(?:爸|爹|妈|娘)|(?:我|俺)家那位|婆娘"
    r"|(?:我|俺)(?:家)?(?:汉子|老头子?|老伴儿?))",
    # the speaker's own people who may be hit: "打我妈", "打俺闺女"
    "KIN": r"(?:妈|娘|母亲|老娘|奶奶|姥姥|外婆|姐|妹|嫂子|媳妇|老婆|弟|哥|孩子|儿子|女儿|闺女|娃)",
    # what is held to threaten: "拿菜刀", "拎着斧头"
    "WEAPON": r"(?:刀|斧|棍|棒|铁锹|锄头|砖|枪|榔头|锤|剪子|剪刀|酒瓶)",
    # intent or company before an act: the speaker (and others) will do it
    "WILL": r"(?:要|就|准备|打算|约好了?|商量好了?|一起|集体|带人|带上|组织|叫上|我们|俺们|咱们|大家|号人)",
    "POISON": r"(?:农药|敌敌畏|百草枯|老鼠药|耗子药|毒鼠强|除草剂|毒药|安眠药)",
    # the one who threatened, as the citizen names him later in the talk
    "WHO": r"(?:他|她|他们|她们|那人|那个人|那家伙|那伙人|那帮人|对方|那个男的|男的|前夫|老公|男人|丈夫)",
    # coming back, not for a visit that is the matter ("再来收费", "再来检查")
    "BACK": r"(?:再|又|还|还会|还要|会不会|会再|再次)(?:来|回来|返来|过来|上门|找上门|找来|找过来|找我|找俺|堵我)"
    r"(?!收|查|检|催|量|修|看看|问|登记|通知|送|调解|处理|水|电|雨|停)",
    # what a frightened person asks, in everyday and dialect words
    "WORRY": r"(?:咋办|怎么办|怎么搞|咋整|咋弄|怎么弄|如何是好|咋个办|哪门办|哪门搞|点算|点办|怎样办|该怎么|么办|好怕|害怕"
    r"|(?:能|该|可以)(?:做|干)(?:什么|啥|点啥))",
}


def _expand(pattern: str) -> str:
    for name, piece in MACROS.items():
        pattern = pattern.replace(f"<{name}>", piece)
    return pattern


def compile_any(alternatives: list[str]) -> re.Pattern[str]:
    """One regex matching any of the alternatives, with the `<NAME>` macros filled in."""
    return re.compile("|".join(f"(?:{_expand(a)})" for a in alternatives))
