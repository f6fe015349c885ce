"""Whose life is at risk: a son who says "我爸…说要从公司楼上跳下去 我真怕他想不开" is not the one in danger.

The one writing is told what to do for the other (stay with them, 110/120 when it turns acute, 12356 together),
not comforted as if they were the one in despair. The hotline numbers come from the knowledge file's crisis guide.
"""

from __future__ import annotations

import re

from bot.domain.knowledge import Knowledge, load_knowledge
from bot.domain.safety import detect_crisis
from bot.domain.safety_patterns import PATTERNS_RE
from bot.domain.text import normalize_for_parsing

_WOMEN = r"妈|母亲|老妈|老娘|娘|女儿|闺女|老婆|妻子|媳妇|爱人|姐|妹|奶奶|姥姥|外婆|婆婆|老太"
_MEN = r"爸|父亲|老爸|老爹|爹|儿子|老公|丈夫|哥|弟|爷爷|姥爷|外公|公公|老头"
_OTHERS = r"孩子|娃|朋友|同事|室友|同学|邻居|工友|老人|老乡"
# who is spoken of, in the order tried: "我爸" is the father, "我" alone the writer
_SUBJECT = re.compile(
    rf"(?P<other>(?:我|俺|咱)?(?:家)?(?:的)?(?:{_WOMEN}|{_MEN}|{_OTHERS})|[他她])|(?P<self>我|俺|咱)"
)
_WOMAN = re.compile(rf"(?:{_WOMEN})|她")
# what the one writing can do, in their words
_FOR_ANOTHER = (
    "听您这么说，我们也很担心{who}。请您先这样做：\n"
    "· 这几天尽量陪在{pronoun}身边，别让{pronoun}一个人待着，药、刀、农药这类东西先收起来；\n"
    "· {pronoun}要是真要去做，或者已经有危险，马上拨打{urgent}；\n"
    "· 可以陪{pronoun}一起打{helpline}，也可以您自己先打过去，问问怎么帮{pronoun}。\n"
    "我们已经通知值班工作人员，会尽快有人跟进和您联系。"
)


def at_risk_is_another(text: str | None) -> bool:
    """Do the words say someone else, not the writer, speaks of ending their life ("我妈天天说活着没意思")?"""
    return _other_spoken_of(text) is not None


def crisis_for_another_reply(text: str, knowledge: Knowledge | None = None) -> str:
    """Citizen text for someone writing about another's despair: stay with them, whom to call."""
    other = _other_spoken_of(text) or "他"
    guide = (knowledge or load_knowledge()).crisis_guide("self_harm")
    numbers = [line.number for line in guide.lines]
    helpline = numbers[0]  # the psychological help line comes first in the guide
    urgent = "或".join(n for n in ("110", "120") if n in numbers) or "110"
    pronoun = "她" if _WOMAN.search(other) else "他"
    who = pronoun if other in ("他", "她") else "您" + _kin_word(other)
    return _FOR_ANOTHER.format(who=who, pronoun=pronoun, urgent=urgent, helpline=helpline)


def _other_spoken_of(text: str | None) -> str | None:
    """The other person the self-harm words are about ("我爸"), or None (the writer, or no such words)."""
    if not text:
        return None
    signal = detect_crisis(text)
    if signal is None or "self_harm" not in (signal.kind, *signal.also):
        return None
    clean = normalize_for_parsing(text)
    said = PATTERNS_RE["self_harm"].search(clean)
    if said is None:
        return None
    subjects = [m for m in _SUBJECT.finditer(clean) if m.start() <= said.start()]
    if not subjects or subjects[-1].group("self"):
        return None
    return subjects[-1].group("other")


def _kin_word(other: str) -> str:
    """ "我爸" → "父亲"-like words as the bot says them: the relation without the writer's 我/俺/家/的."""
    word = re.sub(r"^(?:我|俺|咱)?(?:家)?(?:的)?", "", other)
    return {
        "爸": "父亲",
        "老爸": "父亲",
        "爹": "父亲",
        "老爹": "父亲",
        "妈": "母亲",
        "老妈": "母亲",
        "娘": "母亲",
    }.get(word, word)
