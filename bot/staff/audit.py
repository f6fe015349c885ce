"""The audit log: every staff action, written in the same transaction as the change it records."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.cases.numbers import ensure_aware, utc_now
from bot.staff.models import AuditEntry


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    target_type: str,
    target_id: str | None = None,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> AuditEntry:
    """Add one audit row to `session` (the caller commits it together with the change)."""
    if not actor or not action or not target_type:
        raise ValueError("actor, action and target_type are required in the audit log")
    entry = AuditEntry(
        at=ensure_aware(now or utc_now()),
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before=to_json(before),
        after=to_json(after),
        reason=reason or None,
        ip=ip,
    )
    session.add(entry)
    return entry
