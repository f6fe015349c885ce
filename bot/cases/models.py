"""ORM models of the case store.

Every table is prefixed `intake_`: Rasa's SQL tracker store shares the database and owns `events`.
All timestamps are UTC; deadlines are calendar dates.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, registry, relationship
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names so PostgreSQL migrations stay readable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
mapper_registry = registry(metadata=metadata)
Base = mapper_registry.generate_base()


class UTCDateTime(TypeDecorator):
    """Stores aware UTC datetimes; SQLite drops the offset, so it is re-attached on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the case store; pass an aware (UTC) datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Case(Base):
    __tablename__ = "intake_cases"
    __table_args__ = (
        # the daily sequence behind the case number; a clash triggers a retry
        UniqueConstraint("filed_on", "daily_seq", name="uq_intake_cases_filed_on_daily_seq"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    case_number: Mapped[str] = Column(String(32), nullable=False, unique=True)
    query_code: Mapped[str] = Column(String(6), nullable=False)
    filing_key: Mapped[str] = Column(String(255), nullable=False, unique=True)
    filed_on: Mapped[date] = Column(Date, nullable=False)  # local (China) date of the number
    daily_seq: Mapped[int] = Column(Integer, nullable=False)

    issue_text: Mapped[str] = Column(Text, nullable=False)
    category: Mapped[str | None] = Column(String(64))
    category_confidence: Mapped[float | None] = Column(Float)
    location: Mapped[str | None] = Column(Text)
    location_code: Mapped[str | None] = Column(String(16), index=True)
    occurred_at: Mapped[str | None] = Column(Text)
    respondent: Mapped[str | None] = Column(Text)
    legal_status: Mapped[str | None] = Column(String(64))
    prior_report: Mapped[str | None] = Column(Text)
    people_count: Mapped[int | None] = Column(Integer)
    people_said: Mapped[str | None] = Column(Text)  # the head count in the citizen's words ("几十户", "全村")
    petitioner_name: Mapped[str | None] = Column(Text)
    phone: Mapped[str | None] = Column(String(64))
    address: Mapped[str | None] = Column(Text)  # 通讯地址 for the written notice (第19条, 第23条); personal
    id_number_encrypted: Mapped[str | None] = Column(Text)
    id_number_masked: Mapped[str | None] = Column(String(32))
    route: Mapped[str | None] = Column(String(64))
    route_reason: Mapped[str | None] = Column(Text)  # why that route (bot.domain.routing), shown to staff
    urgent: Mapped[bool] = Column(Boolean, nullable=False, default=False)
    threat: Mapped[bool] = Column(Boolean, nullable=False, default=False)  # 扬言
    collective: Mapped[bool] = Column(Boolean, nullable=False, default=False)  # 集体
    channel: Mapped[str | None] = Column(String(64))
    conversation_id: Mapped[str | None] = Column(String(255), index=True)  # Rasa sender id
    client: Mapped[str | None] = Column(String(255), index=True)  # address the channel saw (filing limits)
    phone_key: Mapped[str | None] = Column(String(32), index=True)  # the phone's digits, for filing limits

    status: Mapped[str] = Column(String(16), nullable=False, index=True)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    register_deadline: Mapped[date] = Column(Date, nullable=False)  # 第22条
    acceptance_notice_deadline: Mapped[date] = Column(Date, nullable=False)  # 第23条
    accepted_on: Mapped[date | None] = Column(Date)
    handling_deadline: Mapped[date | None] = Column(Date)  # 第34条, set on acceptance
    # Staff workflow (all nullable: `create_schema` adds them to databases made before they existed)
    due_on: Mapped[date | None] = Column(Date, index=True)  # deadline of the current step
    due_article: Mapped[str | None] = Column(String(32))
    extension_days: Mapped[int | None] = Column(Integer)  # 第34条
    extension_reason: Mapped[str | None] = Column(Text)
    decision_reason: Mapped[str | None] = Column(Text)  # 不予受理 reason or transfer target
    closed_on: Mapped[date | None] = Column(Date)
    review_requested_on: Mapped[date | None] = Column(Date)  # 复查/复核 request received

    history: Mapped[list[CaseStatusChange]] = relationship(
        "CaseStatusChange",
        back_populates="case",
        order_by="CaseStatusChange.id",
        cascade="all, delete-orphan",
    )
    evidence: Mapped[list[CaseEvidence]] = relationship(
        "CaseEvidence",
        back_populates="case",
        order_by="CaseEvidence.id",
        cascade="all, delete-orphan",
    )


class CaseEvidence(Base):
    """Material the citizen sent with the matter (a WeChat photo: its MediaId and PicUrl)."""

    __tablename__ = "intake_case_evidence"

    id: Mapped[int] = Column(Integer, primary_key=True)
    case_id: Mapped[int] = Column(
        Integer, ForeignKey("intake_cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = Column(String(16), nullable=False)  # image
    media_id: Mapped[str | None] = Column(String(255))
    url: Mapped[str | None] = Column(Text)

    case: Mapped[Case] = relationship("Case", back_populates="evidence")


class CaseStatusChange(Base):
    __tablename__ = "intake_case_status_history"

    id: Mapped[int] = Column(Integer, primary_key=True)
    case_id: Mapped[int] = Column(
        Integer, ForeignKey("intake_cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    changed_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
    actor: Mapped[str] = Column(String(255), nullable=False)
    from_status: Mapped[str | None] = Column(String(16))
    to_status: Mapped[str] = Column(String(16), nullable=False)
    note: Mapped[str | None] = Column(Text)

    case: Mapped[Case] = relationship("Case", back_populates="history")


class ProgressAttempt(Base):
    """One progress lookup; failures drive the throttle, kept in the DB so it holds across processes."""

    __tablename__ = "intake_progress_attempts"
    __table_args__ = (
        Index("ix_intake_progress_attempts_requester_at", "requester", "attempted_at"),
        Index("ix_intake_progress_attempts_case_number_at", "case_number", "attempted_at"),
        Index("ix_intake_progress_attempts_client_at", "client", "attempted_at"),
        Index("ix_intake_progress_attempts_phone_digest_at", "phone_digest", "attempted_at"),
    )

    id: Mapped[int] = Column(Integer, primary_key=True)
    requester: Mapped[str | None] = Column(String(255))
    case_number: Mapped[str] = Column(String(64), nullable=False)
    client: Mapped[str | None] = Column(String(255))  # the address the channel saw, not chosen by the client
    phone_digest: Mapped[str | None] = Column(String(64))  # keyed digest of the phone or code given
    phone_masked: Mapped[str | None] = Column(String(32))  # 138****5678, for the sweep alarm
    outcome: Mapped[str] = Column(String(16), nullable=False)  # success | failure | throttled
    attempted_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)
