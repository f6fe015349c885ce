"""Case store: cases, status history and progress lookups in the `intake_*` tables (SQLAlchemy 1.4, 2.0 style)."""

from __future__ import annotations

from bot.cases.crypto import IdEncryptionKeyError
from bot.cases.db import create_schema, make_engine, session_factory
from bot.cases.deadlines import filing_deadlines, handling_deadline
from bot.cases.filing_limits import FilingLimited
from bot.cases.repository import CaseRepository
from bot.cases.schemas import (
    STATUS_ACCEPTED,
    STATUS_PENDING,
    STATUSES,
    CaseInput,
    CaseRecord,
    Evidence,
    FiledCase,
    ProgressResult,
    StatusChange,
)

__all__ = [
    "STATUSES",
    "STATUS_ACCEPTED",
    "STATUS_PENDING",
    "CaseInput",
    "CaseRecord",
    "CaseRepository",
    "Evidence",
    "FiledCase",
    "FilingLimited",
    "IdEncryptionKeyError",
    "ProgressResult",
    "StatusChange",
    "create_schema",
    "filing_deadlines",
    "handling_deadline",
    "make_engine",
    "session_factory",
]
