"""Long-lived helpers of the action server, created on first use (never at import time)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.cases import CaseRepository, create_schema, make_engine, session_factory
from bot.gazetteer import get_gazetteer
from bot.ops.settings import get_settings


def now_local() -> datetime:
    """Current wall-clock time where the citizens are, timezone-naive (what the parsers expect)."""
    return datetime.now(ZoneInfo(get_settings().timezone)).replace(tzinfo=None)


@lru_cache(maxsize=1)
def case_repository():

    engine = make_engine(get_settings().database_url)
    create_schema(engine)
    return CaseRepository(session_factory(engine))


@lru_cache(maxsize=1)
def gazetteer():

    return get_gazetteer()
