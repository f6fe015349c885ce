"""Filing floods in the staff console: one client address or one phone behind many new cases in a day, and
closing such cases in bulk (issue 16).

A flood's cases are struck from the register as 登记作废 with the reason staff give, one audited status change
each. That claims none of the 条例's 不予受理 grounds, which cover only matters raised again (第19条第3款,
第36条第3款; docs/legal.md §4): a scripted or repeated filing is no petition to decide on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.cases.models import Case
from bot.cases.numbers import ensure_aware, utc_now
from bot.cases.schemas import STATUS_PENDING, STATUS_VOID
from bot.parsing.phone import mask_phone
from bot.staff import case_actions
from bot.staff.roles import StaffUser, require_update

FLOOD_WINDOW = timedelta(hours=24)
FLOOD_MIN_CASES = (
    5  # a citizen files one matter, sometimes a few; five from one source in a day is worth a look
)
MAX_BULK = 500
# the reasons offered on the form; staff may add their own words
VOID_REASONS = (
    "同一来源短时间内批量提交，内容重复",
    "冒用他人电话批量提交",
    "测试或无意义内容",
)


@dataclass(frozen=True)
class Flood:
    kind: str  # "client" | "phone"
    shown: str  # the address, or the phone masked (138****5678)
    cases: int  # cases filed in the window
    pending: tuple[str, ...]  # case numbers still 待受理, the ones a bulk close may strike off


def filing_floods(
    sessions: sessionmaker, *, now: datetime | None = None, minimum: int = FLOOD_MIN_CASES
) -> list[Flood]:
    """Client addresses and phones with `minimum` or more cases filed in the last 24 hours, most first."""
    since = ensure_aware(now or utc_now()) - FLOOD_WINDOW
    floods = []
    with sessions() as session:
        for kind, column in (("client", Case.client), ("phone", Case.phone_key)):
            keys = session.execute(
                select(column, func.count(Case.id))
                .where(column.is_not(None), Case.created_at > since)
                .group_by(column)
                .having(func.count(Case.id) >= minimum)
            ).all()
            for key, count in keys:
                pending = session.execute(
                    select(Case.case_number)
                    .where(column == key, Case.created_at > since, Case.status == STATUS_PENDING)
                    .order_by(Case.case_number)
                    .limit(MAX_BULK)
                ).scalars()
                shown = mask_phone(key) if kind == "phone" else key
                floods.append(Flood(kind, shown, count, tuple(pending)))
    return sorted(floods, key=lambda f: (-f.cases, f.kind, f.shown))


def void_cases(
    sessions: sessionmaker,
    actor: StaffUser,
    case_numbers: list[str],
    reason: str,
    *,
    ip: str | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Strike the given 待受理 cases off as 登记作废 with `reason`; returns those changed (others are left)."""
    require_update(actor)
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("批量作废需要写明理由")
    changed = []
    for number in dict.fromkeys(case_numbers[:MAX_BULK]):  # each once, in order
        try:
            case_actions.change_status(sessions, actor, number, STATUS_VOID, reason, ip=ip, now=now)
        except (ValueError, LookupError):  # already handled by a colleague, or gone: leave it
            continue
        changed.append(number)
    return changed
