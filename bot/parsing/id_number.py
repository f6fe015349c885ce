"""Resident identity card numbers (GB 11643-1999, 18 characters, ISO 7064 MOD 11-2 check character)."""

from __future__ import annotations

import re
from datetime import date

from bot.domain.text import normalize_for_parsing

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# First two digits: province-level codes of GB/T 2260 (plus 71 Taiwan, 81/82 HK/Macao, 83 residence permits).
_PROVINCES_TEXT = (
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 "
    "65 71 81 82 83 91"
)
_PROVINCES = frozenset(_PROVINCES_TEXT.split())
_SEP = r"[ \-]"
# 17 digits + digit/X, allowing spaces or dashes between groups ("110105 19900307 123X").
_CANDIDATE_RE = re.compile(rf"(?<![0-9A-Za-z])\d(?:{_SEP}?\d){{16}}{_SEP}?[\dXx](?![0-9A-Za-z])")
_ATTEMPT_RE = re.compile(rf"(?<![0-9A-Za-z])\d(?:{_SEP}?\d){{13,16}}{_SEP}?[\dXx](?![0-9A-Za-z])")


def _check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _birth_date_ok(s: str, today: date) -> bool:
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= today


def _compact(s: str) -> str:
    return re.sub(_SEP, "", s).upper()


def is_valid_id_number(s: str | None) -> bool:
    """True for one 18-character ID number with a valid region, birth date and check character."""
    if not s:
        return False
    value = _compact(normalize_for_parsing(s))
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    return (
        value[:2] in _PROVINCES
        and _birth_date_ok(value, date.today())
        and _check_char(value[:17]) == value[17]
    )


def extract_id_number(text: str | None) -> str | None:
    """First valid ID number in the text, compact and with the check character X upper-cased."""
    if not text:
        return None
    for match in _CANDIDATE_RE.finditer(normalize_for_parsing(text)):
        value = _compact(match.group())
        if is_valid_id_number(value):
            return value
    return None


def is_first_generation_id(s: str | None) -> bool:
    """A 15-digit ID number of the first generation (before 1999): region and a 19YYMMDD birth date."""
    value = _compact(normalize_for_parsing(s or ""))
    if not re.fullmatch(r"\d{15}", value) or value[:2] not in _PROVINCES:
        return False
    return _birth_date_ok(f"{value[:6]}19{value[6:12]}", date.today())


def mask_id_number(s: str) -> str:
    """``11010519900307123X`` → ``110105********123X`` (region code and last four kept); the one masking
    of an ID number (the case store and transcripts show it the same way). Short values keep the last four."""
    value = extract_id_number(s) or _compact(normalize_for_parsing(s))
    if len(value) > 10:
        return value[:6] + "*" * (len(value) - 10) + value[-4:]
    if len(value) > 4:
        return "*" * (len(value) - 4) + value[-4:]
    return "*" * len(value)


def looks_like_id_attempt(text: str | None) -> bool:
    """15–18 digits (last may be X) that are not a valid ID number: the bot asks again politely."""
    if not text:
        return False
    norm = normalize_for_parsing(text)
    if extract_id_number(norm) is not None:
        return False
    return _ATTEMPT_RE.search(norm) is not None
