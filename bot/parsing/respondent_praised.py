"""Whom a compliment is for, told in the story: "我要表扬我们社区的网格员小刘 刘佳佳 …" → the words that name
them, so the praise reaches that person or unit."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.name_alone import only_a_name
from bot.parsing.respondent import first_unit
from bot.parsing.surnames import surname_length

_PRAISE_RE = re.compile(r"(?:表扬|感谢|表彰|点赞|夸夸?)(?:一下|一位|一个|下)?")
_PIECES_RE = re.compile(r"[\s,，。!！;；、]+")
_WHAT_THEY_DID_RE = re.compile(r"(?:帮|给|为|替|把|让|对)")
# someone praised by surname and how one addresses them: "后勤处的王师傅", "小李护士"
_ADDRESSED_RE = re.compile(
    r"(?:师傅|医生|大夫|老师|警官|民警|护士|同志|阿姨|大姐|大哥|队长|所长|主任|书记|司机)$"
)
_LOOKED_AT = 3  # pieces after the word of praise that may still name whom it is for
_MAX_SAID = 30


def praised_party(story: str | None) -> str | None:
    """The words after "表扬" up to the name of the person praised ("我们社区的网格员小刘 刘佳佳"), the unit
    or person named right after it ("人民医院骨科的李医生"), or None."""
    norm = normalize_for_parsing(story or "")
    found = _PRAISE_RE.search(norm)
    if found is None:
        return None
    pieces = [p for p in _PIECES_RE.split(norm[found.end() :]) if p][:_LOOKED_AT]
    for i, piece in enumerate(pieces):
        if only_a_name(piece) or _short_name_after_nickname(pieces[i - 1] if i else "", piece):
            return " ".join(pieces[: i + 1])[:_MAX_SAID]  # "…网格员小刘 刘佳佳": up to the whole name
    first = _WHAT_THEY_DID_RE.split(pieces[0])[0] if pieces else ""
    if first and (first_unit(first) or _ADDRESSED_RE.search(first)) and len(first) <= _MAX_SAID:
        return first  # "人民医院骨科的李医生", "派出所的民警" (帮我找回了孩子)
    return None


def _short_name_after_nickname(before: str, piece: str) -> bool:
    """ "小刘 刘倩": a name of two characters right after the nickname of the same surname."""
    return (
        len(piece) == 2 and surname_length(piece) == 1 and before[-2:] in (f"小{piece[0]}", f"老{piece[0]}")
    )
