"""A negation typed in pinyin among Chinese words ("mei 找过", "meiyou 工资", "bu 知道"), read as the character.

Who cannot write a hard character types its pinyin, and 没 or 不 are among the first: dropped, the sentence says
the opposite ("mei 找过" read as 找过). Only lower-case words standing alone before Chinese text are folded, so a
name in Latin letters ("叫我Mei") or a message all in pinyin (asked again in characters) stays as it is. The
folded word keeps its length, padded with spaces, so offsets found in the text point into what was written.
"""

from __future__ import annotations

import re

_NEGATION_RE = re.compile(
    r"(?<![A-Za-z\u4e00-\u9fff])(?P<word>mei\s?you|mei|bu|wei)(?![A-Za-z])(?=\s*[\u4e00-\u9fff])"
)
_CHARACTER = {"mei": "没", "bu": "不", "wei": "未"}


def _folded(found: re.Match[str]) -> str:
    word = found.group("word")
    said = "没有" if word.startswith("mei") and word.endswith("you") else _CHARACTER[word]
    return said.ljust(len(word))


def fold_pinyin_negation(text: str) -> str:
    """The text with a pinyin negation before Chinese words read as 没/没有/不/未; length kept."""
    if not text or not any(w in text for w in ("mei", "bu", "wei")):
        return text or ""
    return _NEGATION_RE.sub(_folded, text)
