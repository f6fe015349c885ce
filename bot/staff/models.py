"""ORM tables of the staff console, in the case store's metadata (`create_schema` creates them).

Prefixed `intake_` like the case tables; Rasa's `events` table is only ever read.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped

from bot.cases.models import Base, UTCDateTime


class StaffAccount(Base):
    __tablename__ = "intake_staff_accounts"

    id: Mapped[int] = Column(Integer, primary_key=True)
    username: Mapped[str] = Column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = Column(String(128), nullable=False)
    role: Mapped[str] = Column(String(16), nullable=False)  # bot.staff.roles.ROLES
    password_hash: Mapped[str] = Column(String(255), nullable=False)  # argon2id
    active: Mapped[bool] = Column(Boolean, nullable=False, default=True)
    failed_logins: Mapped[int] = Column(Integer, nullable=False, default=0)  # consecutive
    locked_until: Mapped[datetime | None] = Column(UTCDateTime)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    last_login_at: Mapped[datetime | None] = Column(UTCDateTime)


class StaffSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie token is stored."""

    __tablename__ = "intake_staff_sessions"

    id: Mapped[int] = Column(Integer, primary_key=True)
    token_hash: Mapped[str] = Column(String(64), nullable=False, unique=True)
    account_id: Mapped[int] = Column(
        Integer, ForeignKey("intake_staff_accounts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    csrf_token: Mapped[str] = Column(String(64), nullable=False)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    last_seen_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    expires_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    ip: Mapped[str | None] = Column(String(64))
    user_agent: Mapped[str | None] = Column(String(255))


class LoginAttempt(Base):
    __tablename__ = "intake_staff_login_attempts"
    __table_args__ = (
        Index("ix_intake_staff_login_attempts_username_at", "username", "attempted_at"),
        Index("ix_intake_staff_login_attempts_ip_at", "ip", "attempted_at"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    username: Mapped[str] = Column(String(64), nullable=False)
    ip: Mapped[str | None] = Column(String(64))
    attempted_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    success: Mapped[bool] = Column(Boolean, nullable=False)


class AuditEntry(Base):
    """Who did what, when, with the values before and after (JSON text)."""

    __tablename__ = "intake_audit_log"
    __table_args__ = (Index("ix_intake_audit_log_target", "target_type", "target_id"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    at: Mapped[datetime] = Column(UTCDateTime, nullable=False, index=True)
    actor: Mapped[str] = Column(String(64), nullable=False, index=True)
    action: Mapped[str] = Column(String(64), nullable=False, index=True)
    target_type: Mapped[str] = Column(String(32), nullable=False)
    target_id: Mapped[str | None] = Column(String(255))
    before: Mapped[str | None] = Column(Text)
    after: Mapped[str | None] = Column(Text)
    reason: Mapped[str | None] = Column(Text)
    ip: Mapped[str | None] = Column(String(64))


class CaseNote(Base):
    __tablename__ = "intake_case_notes"

    id: Mapped[int] = Column(Integer, primary_key=True)
    case_id: Mapped[int] = Column(
        Integer, ForeignKey("intake_cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    author: Mapped[str] = Column(String(64), nullable=False)
    at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)


class CaseTag(Base):
    __tablename__ = "intake_case_tags"
    __table_args__ = (UniqueConstraint("case_id", "tag", name="uq_intake_case_tags_case_id_tag"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    case_id: Mapped[int] = Column(
        Integer, ForeignKey("intake_cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    tag: Mapped[str] = Column(String(32), nullable=False, index=True)


class TranscriptReview(Base):
    """A conversation a staff member has read through (with or without a case)."""

    __tablename__ = "intake_transcript_reviews"

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[str] = Column(String(255), nullable=False, unique=True)
    reviewed_by: Mapped[str] = Column(String(64), nullable=False)
    reviewed_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    note: Mapped[str | None] = Column(Text)
