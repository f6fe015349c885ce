"""The case a finished intake form describes, built from the conversation's slots.

Shared by the action server (filing after the citizen confirms) and the staff console (filing an
abandoned conversation), so both fill exactly the same fields.
"""

from __future__ import annotations

from typing import Any

from bot.cases.crypto import decrypt_id_number
from bot.cases.schemas import CaseInput, Evidence


def case_input_from_slots(
    slots: dict[str, Any],
    conversation_id: str,
    channel: str,
    route: str,
    route_reason: str | None = None,
    *,
    client: str | None = None,
) -> CaseInput:
    """The case record as the citizen confirmed it; the case store turns skipped answers (未提供) into empty.

    Without `route_reason`, the reason the summary recorded (slot `route_reason`) is kept when it was
    given for the same route."""

    encrypted = slots.get("id_number_encrypted")
    return CaseInput(
        filing_key=f"{conversation_id}:{slots.get('intake_id')}",
        conversation_id=conversation_id,
        channel=channel,
        client=client,
        issue_text=slots.get("issue_text") or "",
        category=slots.get("category"),
        category_confidence=slots.get("category_confidence"),
        location=slots.get("location"),
        location_code=slots.get("location_code"),
        occurred_at=slots.get("occurred_at"),
        respondent=slots.get("respondent"),
        legal_status=slots.get("legal_status"),
        prior_report=slots.get("prior_report"),
        people_count=slots.get("people_count"),
        petitioner_name=slots.get("petitioner_name"),
        phone=slots.get("phone"),
        address=slots.get("address"),
        id_number=decrypt_id_number(encrypted) if encrypted else None,
        route=route,
        route_reason=route_reason or (slots.get("route_reason") if slots.get("route") == route else None),
        urgent=bool(slots.get("urgent")),
        threat=bool(slots.get("threat_flag")),
        evidence=tuple(
            Evidence(e.get("kind") or "image", e.get("media_id"), e.get("url"))
            for e in slots.get("evidence") or []
        ),
    )
