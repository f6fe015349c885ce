"""Masking of phone and ID numbers inside free text (transcripts, exports, the stored conversation)."""

from __future__ import annotations

import re

from bot.parsing.id_number import is_valid_id_number, mask_id_number
from bot.parsing.phone import is_valid_phone, mask_phone
from bot.text import to_halfwidth

_SPOKEN_DIGITS = str.maketrans("〇零幺一二两三四五六七八九", "0011223456789")
_SPOKEN_RUN_RE = re.compile("[〇零幺一二两三四五六七八九]{7,}")  # voice input: 一三八一二三四五六七八
_ID_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){16}[ \-]?[\dXx](?!\d)")
# digit groups joined by separators, optionally behind +86/0086 and with a bracketed area code
_PHONE_RUN_RE = re.compile(
    r"(?<!\d)(?P<cc>(?:\+|00)\s*86\s*[-‐‑–—－]?\s*)?"
    r"(?P<body>(?:\(\s*0?\d{2,3}\s*\)\s*)?\d+(?:[ \-‐‑–—－.·]{1,3}\d+)*)(?!\d)"
)
_DIGITS_RE = re.compile(r"\d+")
_MAX_GROUPS = 5  # "0 2 0 8765 4321" at most; keeps long lists of numbers cheap


def _looks_like_id(compact: str) -> bool:
    """A valid ID, or 17 digits + check character with a plausible birth date (a typo is still personal)."""
    if is_valid_id_number(compact):
        return True
    if not re.fullmatch(r"\d{17}[\dX]", compact):
        return False
    year, month, day = int(compact[6:10]), int(compact[10:12]), int(compact[12:14])
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def _id_spans(norm: str) -> list[tuple[int, int, str]]:
    spans = []
    for match in _ID_RE.finditer(norm):
        compact = re.sub(r"[ \-]", "", match.group()).upper()
        if _looks_like_id(compact):
            spans.append((match.start(), match.end(), mask_id_number(compact)))
    return spans


def _phone_spans(norm: str) -> list[tuple[int, int, str]]:
    spans = []
    for run in _PHONE_RUN_RE.finditer(norm):
        groups = [
            (run.start("body") + m.start(), run.start("body") + m.end(), m.group())
            for m in _DIGITS_RE.finditer(run.group("body"))
        ]
        i = 0
        while i < len(groups):
            for size in range(min(_MAX_GROUPS, len(groups) - i), 0, -1):
                digits = "".join(g[2] for g in groups[i : i + size])
                with_cc = i == 0 and run.group("cc") is not None
                candidate = f"+86{digits}" if with_cc else digits
                if 7 <= len(digits) <= 13 and is_valid_phone(candidate):
                    # from the run's start when the number opens it: "+86 …", "(020)…"
                    start = (run.start() if with_cc else run.start("body")) if i == 0 else groups[i][0]
                    spans.append((start, groups[i + size - 1][1], mask_phone(candidate)))
                    i += size
                    break
            else:
                i += 1
    return spans


def _normalized(text: str) -> str:
    """Half-width digits, spoken digit runs as digits; one character in, one out, so offsets carry over."""
    return _SPOKEN_RUN_RE.sub(lambda m: m.group().translate(_SPOKEN_DIGITS), to_halfwidth(text))


def _replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    out = text
    for start, end, replacement in sorted(spans, reverse=True):
        out = out[:start] + replacement + out[end:]
    return out


def mask_personal_numbers(text: str | None) -> str:
    """Mask mainland mobiles, landlines and 18-digit ID numbers inside free text; keep everything else.

    Full-width and spoken digits (１３８…, 一三八…) are found too; a masked number is written in the
    canonical masked form (138****5678, 020-****4321, 110105********123X).
    """
    if not text:
        return text or ""
    norm = _normalized(text)
    spans = _id_spans(norm)
    blocked = list(norm)
    for start, end, _ in spans:
        blocked[start:end] = "#" * (end - start)  # an ID number's digits are not a phone
    return _replaced(text, spans + _phone_spans("".join(blocked)))


def mask_id_numbers(text: str | None) -> str:
    """Mask 18-digit ID numbers inside free text and keep everything else, phones included."""
    if not text:
        return text or ""
    return _replaced(text, _id_spans(_normalized(text)))
