"""A story that tells of a death or a grave injury in the family gets a human word before the next question.

A widow who writes "我男人上个月在工地上摔死了" and is asked at once "您要反映的是哪个单位或哪个人？" has been
treated as a form. The note is said once, when the story is first told; the intake goes on after it.
"""

from __future__ import annotations

import re

from bot.domain.knowledge import faq_answer
from bot.domain.text import normalize_for_parsing

# who: the person lost or hurt (dialect words included: 男人 老汉 婆娘 屋头的 娃儿 幺儿)
_PERSON = (
    r"(?:我|俺|咱|阿)?(?:家)?(?:老公|男人|丈夫|爱人|老伴儿?|老汉|老头子?|当家的|孩子他爹|娃他爹|妻子|老婆|媳妇|婆娘|"
    r"儿子|女儿|闺女|儿媳|女婿|孩子|娃儿?|幺儿|孙子|孙女|外孙女?|父亲|母亲|爸爸?|妈妈?|爹|娘|老父亲|老母亲|"
    r"爷爷|奶奶|外公|外婆|姥爷|姥姥|公公|婆婆|岳父|岳母|丈人|丈母娘|哥哥?|姐姐?|弟弟?|妹妹?|兄弟|"
    r"亲人|家人|侄子|侄女|舅舅|叔叔|伯伯|姑姑|阿姨)"
)
# how: died, or was gravely hurt; 死 only after a verb of the accident or with a plain 了 (never 吓死, 气死, 累死)
_DEATH = (
    r"(?:去世|过世|离世|病故|病逝|身亡|遇难|死亡|死掉|不在了|没了命|丢了命|"
    r"(?:摔|砸|压|撞|淹|电|烧|炸|打|撞|闷|憋|毒|病|冻)死|死了)"
)
_INJURY = r"(?:(?:摔|砸|压|撞|打|轧|烫|烧|炸)(?:断|残|瘫|成重伤|成植物人)|瘫痪|截肢|昏迷不醒|成了植物人|重伤|高位截瘫)"
_NOT_SO = r"(?:差点|差一点|险些|差点儿|几乎|要不是|吓|气|累|笑|热|冷|饿|困|烦|急|想)"

# "人没了" / "人走了" ends the telling of an accident, often a long clause after the person ("我老公…被货车撞了 人没了")
_GONE = r"人(?:当场|已经|还是|就|也|都){0,2}(?:没了|走了)(?![影踪])"
# an old person or a parent who "走了" has died ("我老伴去年腊月走了"); a spouse or child who 走了 may only have left
_ELDER = r"(?:老伴儿?|老头子|老父亲|老母亲|父亲|母亲|爹|娘|爸爸?|妈妈?|爷爷|奶奶|外公|外婆|姥爷|姥姥|公公|婆婆|岳父|岳母)"
_ELDER_GONE = (
    r"(?:[^，。！？,.!?\s]{0,8}?)(?:已经|就)?走了"
    r"(?:[啊呀哦]|以?后|之后|[一二两三四五六七八九十几多\d半]+(?:年|个月)|$|(?=[，。！？,.!?\s]))"
)
_LOSS_RE = re.compile(
    rf"{_PERSON}(?:[^，。！？,.!?]{{0,12}}?(?P<how>{_DEATH})|[^。！？!?]{{0,36}}?(?P<gone>{_GONE}))"
    rf"|(?:(?<=[我俺咱家])|^)(?P<elder>{_ELDER}){_ELDER_GONE}"
)
_HURT_RE = re.compile(rf"{_PERSON}[^，。！？,.!?]{{0,12}}?(?P<how>{_INJURY})")
_NOT_SO_RE = re.compile(rf"{_NOT_SO}.?$")

LOSS_NOTE = (
    "您家里出了这么大的事，请您节哀，也多保重自己。您说的我都记下了，我帮您把事情登记清楚，一步一步来。"
)
HURT_NOTE = "人受了这么重的伤，您和家里人都不容易，先顾好身体。您说的我都记下了，我帮您把事情登记清楚。"


# a family that is someone else's: a teacher writes "我班学生黄小宇父亲去世", a nurse "病人的儿子…"
OTHERS_LOSS_NOTE = "这家人遇到这么大的事，真让人难过，您替他们来反映，有心了。您说的我都记下了，我帮您把事情登记清楚，一步一步来。"
OTHERS_HURT_NOTE = (
    "人受了这么重的伤，这家人不容易，您替他们来反映，有心了。您说的我都记下了，我帮您把事情登记清楚。"
)
_SOMEONE_ELSES_RE = re.compile(
    r"(?:学生|病人|患者|老人|孩子|同事|邻居|朋友|工友|村民|居民|业主|客户|他|她|他们|她们)[\u4e00-\u9fff]{0,3}?的?$"
)


def _found(pattern: re.Pattern[str], norm: str) -> str | None:
    """ "own" or "others" for the first loss or injury told, whose family it is; None when none is told."""
    for match in pattern.finditer(norm):
        group = next(name for name in ("how", "gone", "elder") if match.group(name) is not None)
        how = match.start(group) if group != "elder" else match.end()
        if not _NOT_SO_RE.search(norm[max(0, how - 3) : how]):
            before = norm[max(0, match.start() - 6) : match.start()]
            mine = match.group().startswith(("我", "俺", "咱"))
            return "others" if not mine and _SOMEONE_ELSES_RE.search(before) else "own"
    return None


# a death in hospital just now ("我爸在医院死了 就刚才"): what to do in the first hours is said with the condolence
_IN_HOSPITAL = re.compile(r"医院|手术|抢救|住院|病房|ICU|重症")
_JUST_NOW = re.compile(
    r"刚才|刚刚|就刚|刚(?:走|没|去世)|今天|今早|今晚|现在(?:就)?在(?:医院|走廊|病房)|还在医院"
)


def died_in_hospital_now(text: str | None) -> bool:
    """Does the story tell of one's own family member who died in hospital today ("做个胆囊手术人就没了 就刚才")?"""
    norm = normalize_for_parsing(text or "")
    return _found(_LOSS_RE, norm) == "own" and bool(_IN_HOSPITAL.search(norm) and _JUST_NOW.search(norm))


def hardship_note(text: str | None) -> str | None:
    """The word a story of a death (condolence) or a grave injury in the family gets, addressed to the family or to
    the one who writes for them; None for any other."""
    norm = normalize_for_parsing(text or "")
    if not norm:
        return None
    loss = _found(_LOSS_RE, norm)
    if loss == "own" and died_in_hospital_now(norm):
        return f"{LOSS_NOTE}\n{faq_answer('death_in_hospital_now')}"
    if loss:
        return LOSS_NOTE if loss == "own" else OTHERS_LOSS_NOTE
    hurt = _found(_HURT_RE, norm)
    if hurt:
        return HURT_NOTE if hurt == "own" else OTHERS_HURT_NOTE
    return None
