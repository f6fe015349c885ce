"""Limits on filing from one client or for one phone: each case starts statutory deadlines, so a script filing
hundreds a minute would bury real citizens' cases (issue 16). Generous for people: a citizen whose story holds
several matters files them together, and a village office's address serves many neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.cases.models import Case


@dataclass(frozen=True)
class FilingRule:
    column: str  # attribute of Case holding the key
    window: timedelta
    most: int  # cases allowed inside the window


CLIENT_RULES = (
    FilingRule("client", timedelta(hours=1), 10),
    FilingRule("client", timedelta(days=1), 30),
)
PHONE_RULES = (FilingRule("phone_key", timedelta(days=1), 6),)


class FilingLimited(RuntimeError):
    """Too many cases from this client or for this phone just now; nothing was stored."""

    def __init__(self, key: str) -> None:
        super().__init__(f"filing limit reached ({key})")
        self.key = key


def _count(session: Session, rule: FilingRule, value: str, now: datetime) -> int:
    column = getattr(Case, rule.column)
    return session.execute(
        select(func.count(Case.id)).where(column == value, Case.created_at > now - rule.window)
    ).scalar_one()


def check_filing(session: Session, client: str | None, phone_key: str | None, now: datetime) -> None:
    """Raises FilingLimited when one more case for this client or phone would pass a limit.

    Only filings that came from an address (the public channels) are limited: staff, local tools and tests
    file without one."""
    if not client:
        return
    for rules, value, key in ((CLIENT_RULES, client, "client"), (PHONE_RULES, phone_key, "phone")):
        if not value:
            continue
        for rule in rules:
            if _count(session, rule, value, now) >= rule.most:
                raise FilingLimited(key)
