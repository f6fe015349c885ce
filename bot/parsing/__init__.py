"""Pure slot extractors: each takes the raw text of one message and returns None when it finds nothing."""

from __future__ import annotations

from bot.parsing.id_number import extract_id_number, is_valid_id_number, looks_like_id_attempt, mask_id_number
from bot.parsing.legal_status import LEGAL_STATUS_LABELS, detect_legal_status
from bot.parsing.name import extract_name
from bot.parsing.occurred_at import OccurredAt, extract_occurred_at
from bot.parsing.people import extract_people_count
from bot.parsing.phone import extract_phone, is_valid_phone, looks_like_phone_attempt, mask_phone
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report
from bot.parsing.respondent import extract_respondent

__all__ = [
    "LEGAL_STATUS_LABELS",
    "NO_PRIOR_REPORT",
    "OccurredAt",
    "detect_legal_status",
    "extract_id_number",
    "extract_name",
    "extract_occurred_at",
    "extract_people_count",
    "extract_phone",
    "extract_prior_report",
    "extract_respondent",
    "is_valid_id_number",
    "is_valid_phone",
    "looks_like_id_attempt",
    "looks_like_phone_attempt",
    "mask_id_number",
    "mask_phone",
]
