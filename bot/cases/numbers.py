"""Readable case numbers (`XF20261127-0042`), query codes and the local filing date."""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.ops.settings import get_settings

CASE_PREFIX = "XF"
QUERY_CODE_DIGITS = 6
# A case number, defined once: XF, the local filing date, a dash, a daily sequence of four or more digits
# (case 10000 of a day is XF20261127-10000). As typed in a message, spaces and other dashes may come between.
CASE_NUMBER_IN_TEXT = re.compile(r"XF\s*(\d{8})\s*[-－—_ ]?\s*(\d{4,})(?!\d)", re.IGNORECASE)
_CHINA_FALLBACK = timezone(timedelta(hours=8), "Asia/Shanghai")


@lru_cache(maxsize=8)
def _zone(name: str):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return _CHINA_FALLBACK


def local_zone():
    """The zone that decides a case's date (settings `TZ_NAME`, Asia/Shanghai by default)."""
    return _zone(get_settings().timezone)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def ensure_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("pass an aware datetime (e.g. datetime.now(timezone.utc))")
    return moment


def local_date(moment: datetime) -> date:
    return ensure_aware(moment).astimezone(local_zone()).date()


def format_case_number(day: date, seq: int) -> str:
    if seq < 1:
        raise ValueError("sequence starts at 1")
    return f"{CASE_PREFIX}{day:%Y%m%d}-{seq:04d}"


def normalize_case_number(text: str) -> str:
    """What a citizen types (full-width, lower case, spaces, other dashes) → canonical form."""
    cleaned = unicodedata.normalize("NFKC", text or "")
    cleaned = re.sub(r"[\s\u200b-\u200d\ufeff]", "", cleaned).upper()
    cleaned = re.sub(r"[\u2010-\u2015\u2212_]", "-", cleaned)
    found = find_case_number(cleaned)
    return found if found and CASE_NUMBER_IN_TEXT.fullmatch(cleaned) else cleaned[:64]


def find_case_number(text: str | None) -> str | None:
    """The first case number in a message, in canonical form ("帮我查下ｘｆ２０２６１１２７－００４２" → XF20261127-0042)."""
    match = CASE_NUMBER_IN_TEXT.search(unicodedata.normalize("NFKC", text or ""))
    return f"{CASE_PREFIX}{match.group(1)}-{match.group(2)}" if match else None


def new_query_code() -> str:
    return f"{secrets.randbelow(10**QUERY_CODE_DIGITS):0{QUERY_CODE_DIGITS}d}"
