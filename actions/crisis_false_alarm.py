"""A crisis the classifier alone heard, where the words tell none: "我老公叫罗建军 我是他老婆" names a spouse in a
story of a fall at work, and "啥子家暴哦 没有家暴" denies it outright. No hotline, no urgent flag: the message is
read as the answer it is. Pure."""

from __future__ import annotations

import re

from bot.domain.safety import detect_crisis
from bot.domain.text import normalize_for_parsing

# "没有家暴", "啥子家暴哦", "不是家庭暴力", "哪有人打我"
_DENIES_VIOLENCE = re.compile(
    r"(?:没有|没|不是|哪有|哪来的?|啥子|啥|什么|莫得|冇)(?:什么|啥)?(?:家暴|家庭暴力|打人|打我|动手)"
)
# "我老公叫罗建军", "我是他老婆", "俺媳妇姓王": a spouse named, nothing done
_NAMES_SPOUSE = re.compile(
    r"(?:我|俺)(?:老公|丈夫|爱人|老婆|媳妇|妻子|男人|老伴)(?:叫|姓|名字叫|是)|"
    r"(?:我|俺)是(?:他|她)的?(?:老婆|老公|媳妇|爱人|妻子|丈夫|家属|老伴)"
)


def false_alarm(text: str | None, story: str | None) -> bool:
    """Whether a message the classifier took for a crisis only denies violence or names a spouse, with no word
    of harm in it or in the story told (`story`)."""
    clean = normalize_for_parsing(text or "")
    if detect_crisis(f"{story or ''}\n{clean}") is not None:
        return False
    return bool(_DENIES_VIOLENCE.search(clean) or _NAMES_SPOUSE.search(clean))
