"""Masking of phone and ID numbers inside free text (transcripts, exports, the stored conversation, logs).

Numbers are found in the text as the parsers read it (`bot.domain.text.normalize_for_parsing`: half-width, no
invisible characters, every whitespace run one space), so "110105  19491231\t002X" or digits with
zero-width spaces between them are masked exactly when the parsers would recognise them.
"""

from __future__ import annotations

import re

from bot.domain.text import INVISIBLE_RE, to_halfwidth
from bot.parsing.id_number import is_first_generation_id, is_valid_id_number, mask_id_number
from bot.parsing.phone import abroad_number_spans, is_valid_phone, mask_phone

_SPOKEN_DIGITS = str.maketrans("〇零幺一二两三四五六七八九", "0011223456789")
_SPOKEN_RUN_RE = re.compile("[〇零幺一二两三四五六七八九]{7,}")  # voice input: 一三八一二三四五六七八
_GAP_RE = re.compile(rf"(?:\s|{INVISIBLE_RE.pattern})+")
_ID_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d){16}[ \-]?[\dXx](?!\d)")
_ID15_RE = re.compile(r"(?<![\dXx])\d(?:[ \-]?\d){14}(?![\dXx])")
# digit groups joined by separators, optionally behind +86/0086 and with a bracketed area code
_PHONE_RUN_RE = re.compile(
    r"(?<!\d)(?P<cc>(?:\+|00)\s*86\s*[-‐‑–—－]?\s*)?"
    r"(?P<body>(?:\(\s*0?\d{2,3}\s*\)\s*)?\d+(?:[ \-‐‑–—－.·]{1,3}\d+)*)(?!\d)"
)
_DIGITS_RE = re.compile(r"\d+")
_DIGITISH_RE = re.compile("[0-9０-９〇零幺一二两三四五六七八九]")
_MIN_DIGITS = 7  # the shortest number masked (a landline without area code)
_MAX_GROUPS = 5  # "0 2 0 8765 4321" at most; keeps long lists of numbers cheap

Span = tuple[int, int, str]


def _looks_like_id(compact: str) -> bool:
    """A valid ID, or 17 digits + check character with a plausible birth date (a typo is still personal)."""
    if is_valid_id_number(compact):
        return True
    if not re.fullmatch(r"\d{17}[\dX]", compact):
        return False
    year, month, day = int(compact[6:10]), int(compact[10:12]), int(compact[12:14])
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def _id_spans(norm: str) -> list[Span]:
    spans = []
    for match in _ID_RE.finditer(norm):
        compact = re.sub(r"[ \-]", "", match.group()).upper()
        if _looks_like_id(compact):
            spans.append((match.start(), match.end(), mask_id_number(compact)))
    for match in _ID15_RE.finditer(norm):
        compact = re.sub(r"[ \-]", "", match.group())
        if is_first_generation_id(compact) and not _overlaps(match.start(), match.end(), spans):
            spans.append((match.start(), match.end(), mask_id_number(compact)))
    return spans


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < e and s < end for s, e, _ in spans)


def _phone_spans(norm: str) -> list[Span]:
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
                if _MIN_DIGITS <= len(digits) <= 13 and is_valid_phone(candidate):
                    # from the run's start when the number opens it: "+86 …", "(020)…"
                    start = (run.start() if with_cc else run.start("body")) if i == 0 else groups[i][0]
                    spans.append((start, groups[i + size - 1][1], mask_phone(candidate)))
                    i += size
                    break
            else:
                i += 1
    return spans


def _normalized(text: str) -> tuple[str, list[int]]:
    """The text as the parsers see it (spoken digit runs as digits), and where each character came from."""
    half = _SPOKEN_RUN_RE.sub(lambda m: m.group().translate(_SPOKEN_DIGITS), to_halfwidth(text))
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for gap in _GAP_RE.finditer(half):
        parts.append(half[pos : gap.start()])
        origin.extend(range(pos, gap.start()))
        if INVISIBLE_RE.sub("", gap.group()):  # a run holding whitespace is one space; invisible ones vanish
            parts.append(" ")
            origin.append(gap.start())
        pos = gap.end()
    parts.append(half[pos:])
    origin.extend(range(pos, len(half)))
    return "".join(parts), origin


def _replaced(text: str, norm_spans: list[Span], origin: list[int]) -> str:
    out = text
    for start, end, replacement in sorted(norm_spans, reverse=True):
        out = out[: origin[start]] + replacement + out[origin[end - 1] + 1 :]
    return out


def _worth_reading(text: str | None) -> bool:
    return bool(text) and len(_DIGITISH_RE.findall(text)) >= _MIN_DIGITS


def mask_personal_numbers(text: str | None) -> str:
    """Mask mainland mobiles, landlines and ID numbers (18 and 15 digits) inside free text; keep the rest.

    Full-width and spoken digits (１３８…, 一三八…) are found too; a masked number is written in the
    canonical masked form (138****5678, 020-****4321, 110105********123X).
    """
    if not _worth_reading(text):
        return text or ""
    norm, origin = _normalized(text)
    spans = _id_spans(norm)
    blocked = list(norm)
    for start, end, _ in spans:
        blocked[start:end] = "#" * (end - start)  # an ID number's digits are not a phone
    abroad = abroad_number_spans("".join(blocked))  # "+852 6123 4587"
    for start, end, _ in abroad:
        blocked[start:end] = "#" * (end - start)
    return _replaced(text, spans + abroad + _phone_spans("".join(blocked)), origin)


def mask_id_numbers(text: str | None) -> str:
    """Mask ID numbers (18 and 15 digits) inside free text and keep everything else, phones included."""
    if not _worth_reading(text):
        return text or ""
    norm, origin = _normalized(text)
    return _replaced(text, _id_spans(norm), origin)
