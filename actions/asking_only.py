"""A citizen who says they are only asking, or who declines to file: nothing is stored, nothing is filed.

"我不是要反映 就是问问", "不是新的事 我就问问": only asking, with no question yet (the bot waits for it);
"我就问问 不用登记 我自己去申请", "算了 我自己去村里问": no filing wanted (an intake under way stops, and what
was said is kept, as when the citizen says "算了不弄了").
"""

from __future__ import annotations

import re

from actions.matter_kind import ASKING_ONLY, is_grievance
from actions.question_detect import detect_question
from bot.domain import text as textutil

JUST_ASKING = "好的，不另外登记。您想问什么，直接问我就行。"
NOT_FILED = "好的，不登记。以后有需要，随时找我。"
STOPPED = "好的，先不登记了，您说过的内容我先留着。想继续的时候，跟我说“我还要反映”就行。"

# "不用登记", "不要帮我登记", "我自己去申请", "自己去村里问": no filing wanted
DECLINES = re.compile(
    r"(?:不用|不要|不想|不必|别|用不着)(?:帮我|给我|你们)?再?(?:登记|记|反映|投诉|立案|提交)|不登记|"
    # "我不反映 就问问", "俺不投诉就想知道": said of oneself, followed by a pause or the asking
    r"(?:我|俺)(?:先|也)?不(?:反映|投诉|上访|告状)(?:了|啦)?(?=$|[\s,，。!！]|(?:就|只|只是|就是)?(?:问|想问|想知道))|"
    r"(?:我|俺)?自己(?:去|到)[^,，。!！?？\s]{0,4}(?:问|办|申请|找|弄)"
)
# "不是新的事", "还是刚才那个事", "我没有新的事要登记": nothing new told
_NOTHING_NEW = re.compile(
    r"不是(?:新的?|另外的?|别的|又一)(?:个|件)?事(?:情)?|还是(?:刚才|那)(?:个|件)?事(?:情)?"
    r"|没(?:有)?(?:新的?|另外的?|别的)(?:个|件)?事(?:情)?(?:要|想|需要)?(?:登记|反映)?"
)
# "还没想好要不要登记": whether to file, still open
_WHETHER_TO_FILE = re.compile(r"要不要(?:登记|反映|投诉|举报|提交)|登不登记")
# "我不是要再登记一件", "不是要另外反映": no second matter to file
_NOT_AGAIN = re.compile(r"(?:不是|没有?|并不是)(?:要|想)(?:再|另外|重新)(?:登记|反映|投诉|报|立)")
# "算了先不交了", "先别提交", "暂时不登记": the filing put off, which tells nothing of the matter
_PUTS_OFF = re.compile(
    r"先(?:不|别|甭)(?:要)?(?:交|提交|递交|登记|报)|暂时(?:不|别)(?:交|提交|登记)|算了[\s,，]*(?:就|还是)?不(?:交|提交|登记)"
)
# "我要反映", "帮我登记", "那我要投诉医院": the citizen wants it filed, however it is asked (not "能反映吗",
# "不想投诉", "我没有要投诉", "别帮我登记")
ASKS_TO_FILE = re.compile(
    r"(?<![不没别])(?<!不是)(?<!没有)(?:要|想|来|帮我|给我|替我|帮她|帮他)(?:反映|投诉|举报|登记|告状|上访)(?![吗么嘛不])"
)
_FILLER = re.compile(r"[我俺咱就只是的了嘛啊呀哈吧哦呢嗯好那这个们你您]")
# what may be left beside the words of only asking: "同志", "其实"
MAX_LEFT_CJK = 3


def just_asking(text: str | None) -> bool:
    """ "我不是要反映 就是问问": only asking, no question in it yet and nothing of a matter."""
    clean = textutil.normalize_for_parsing(text or "")
    said = ASKING_ONLY.sub("", clean)  # "我没有要投诉": no grievance told
    if not ASKING_ONLY.search(clean) or detect_question(clean) is not None or is_grievance(said):
        return False
    rest = _FILLER.sub("", _NOTHING_NEW.sub("", said))
    return textutil.cjk_count(rest) <= MAX_LEFT_CJK


# "不用了 我就问问 谢谢", "不用了谢谢", "算了 就问问": no to telling a matter, and nothing else said
_NO_THANKS = re.compile(
    r"^(?:不用了?|不用麻烦了?|不需要了?|不了|算了)"
    r"(?:[\s,，。!！~]*(?:我|俺)?(?:就|只是|就是)?(?:问问|问一下|问下|随便问问)(?:而已|罢了|的)?)?"
    r"(?:[\s,，。!！~]*(?:谢谢|多谢|谢了|感谢)(?:你|您)?(?:啊|了|哈|啦)?)?[\s,，。!！~]*$"
)


def declines_plainly(text: str | None) -> bool:
    """ "不用了 我就问问 谢谢" when asked to tell the matter: nothing to file, the citizen only asked."""
    return bool(_NO_THANKS.match(textutil.normalize_for_parsing(text or "").strip()))


# "不用登记 谢谢 bye", "不要登记了": a no to filing and nothing else (not "电话不用登记", which skips a detail)
_DECLINES_ALONE = re.compile(
    r"^(?:不用|不要|不必|别|用不着)(?:帮我|给我|你们)?(?:登记|记录|立案)(?:了|啦|吧)?"
    r"(?:[\s,，。.!！~]*(?:谢谢|多谢|谢了|thanks?|thank\s?you|bye|再见|拜拜|好了)(?:你|您)?)*[\s,，。.!！~]*$",
    re.IGNORECASE,
)


def declines_outright(text: str | None) -> bool:
    """ "不用登记 谢谢 bye": the whole message declines filing, whatever was asked."""
    return bool(_DECLINES_ALONE.match(textutil.normalize_for_parsing(text or "").strip()))


def disowns_new_matter(text: str | None) -> bool:
    """ "不是新事 我就想问超没超期", "我不是要再登记一件": what follows is no new matter to file."""
    clean = _WHETHER_TO_FILE.sub("", textutil.normalize_for_parsing(text or ""))
    return bool(_NOTHING_NEW.search(clean) or _NOT_AGAIN.search(clean)) or declines_filing(clean)


def declines_filing(text: str | None) -> bool:
    """ "我就问问 不用登记 我自己去申请", "算了 我自己去村里问": the citizen does not want it filed."""
    return bool(DECLINES.search(textutil.normalize_for_parsing(text or "")))


def puts_off_filing(text: str | None) -> bool:
    """ "算了先不交了 刘老四在镇上有人": filing put off (a fear beside it is answered), never more of the story."""
    return bool(_PUTS_OFF.search(textutil.normalize_for_parsing(text or "")))
