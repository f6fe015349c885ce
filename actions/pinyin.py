"""Messages typed in pinyin ("lao ban qian wo gong zi", "ju bao shou hui 受贿"): read as pinyin, never guessed at.
Pure: no I/O."""

from __future__ import annotations

import re

from bot.domain import text as textutil

# one pinyin syllable without tone marks; a word may run several together ("shouji", "zhongwen")
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|ve|"
    r"a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE}){{1,4}}")
_LATIN_WORD = re.compile(r"[a-zü]+")
PINYIN_REPLY = (
    "我看到您打的是拼音。拼音我怕看错了，耽误您的事。方便的话，请用汉字再说一遍，"
    "也可以请家人、工友帮忙打字；实在不方便打字，也可以直接拨打当地信访部门公布的电话，"
    "或者12345政务服务便民热线，用说的来反映。"
)


def looks_like_pinyin(text: str) -> bool:
    """A message written in pinyin ("lao ban qian wo gong zi"): most of its Latin words are pinyin syllables."""
    clean = textutil.normalize_for_parsing(text or "").lower()
    if textutil.has_cjk(clean):
        return False
    words = _LATIN_WORD.findall(clean)
    return len(words) >= 3 and _mostly_pinyin(words)


def mixes_pinyin(text: str) -> bool:
    """A message mostly in pinyin with a few characters ("ju bao shou hui 受贿"): at least two Latin words, nearly
    all pinyin syllables, and more of them than Chinese characters."""
    clean = textutil.normalize_for_parsing(text or "").lower()
    words = _LATIN_WORD.findall(clean)
    return len(words) >= 2 and len(words) >= textutil.cjk_count(clean) and _mostly_pinyin(words)


def _mostly_pinyin(words: list[str]) -> bool:
    """At least four in five of the Latin words are pinyin syllables."""
    pinyin = sum(1 for word in words if _PINYIN_WORD.fullmatch(word.replace("ü", "v")))
    return pinyin >= 0.8 * len(words)
