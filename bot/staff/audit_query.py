"""Reading the audit log back: filters, paging, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.staff.models import AuditEntry

MAX_PER_PAGE = 500


@dataclass(frozen=True)
class AuditView:
    at: datetime
    actor: str
    action: str
    target_type: str
    target_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    ip: str | None


@dataclass(frozen=True)
class AuditPage:
    items: list[AuditView]
    total: int
    page: int = 1
    per_page: int = 50

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def parse_values(text: str | None) -> dict[str, Any] | None:
    """before/after JSON text → dict; anything else is wrapped so templates always get a dict."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}


def _view(entry: AuditEntry) -> AuditView:
    return AuditView(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        before=parse_values(entry.before),
        after=parse_values(entry.after),
        reason=entry.reason,
        ip=entry.ip,
    )


def list_audit(
    sessions: sessionmaker,
    *,
    actor: str | None = None,
    action: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    page: int = 1,
    per_page: int = 50,
) -> AuditPage:
    """Audit rows matching every given filter, newest first.

    `action` ending in "." matches a family (`login.` → login.success, login.failure, …);
    `since` is inclusive, `until` exclusive.
    """
    page = max(1, int(page))
    per_page = min(MAX_PER_PAGE, max(1, int(per_page)))
    conditions = []
    if actor:
        conditions.append(AuditEntry.actor == actor)
    if action:
        if action.endswith("."):
            conditions.append(AuditEntry.action.startswith(action, autoescape=True))
        else:
            conditions.append(AuditEntry.action == action)
    if target_type:
        conditions.append(AuditEntry.target_type == target_type)
    if target_id is not None:
        conditions.append(AuditEntry.target_id == str(target_id))
    if since is not None:
        conditions.append(AuditEntry.at >= since)
    if until is not None:
        conditions.append(AuditEntry.at < until)
    with sessions() as session:
        total = session.execute(select(func.count()).select_from(AuditEntry).where(*conditions)).scalar_one()
        rows = session.execute(
            select(AuditEntry)
            .where(*conditions)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset((page - 1) * per_page)
            .limit(per_page)
        ).scalars()
        return AuditPage(items=[_view(row) for row in rows], total=total, page=page, per_page=per_page)
