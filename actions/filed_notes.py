"""Keeping what the citizen says about a case already filed with that case (a wish to withdraw it, its story said
wrong): the case store's call and its honest failure, in one place for each kind of note."""

from __future__ import annotations

import logging

from actions import services

logger = logging.getLogger(__name__)


def kept_with_case(
    number: str, conversation_id: str, text: str, *, checked: bool, heading: str, note: str, what: str
) -> bool:
    """Whether `text` is now kept with case `number` under `heading`; False, logged without the text, when the case
    store failed (the citizen is told staff see it in the transcript)."""
    try:
        return bool(
            services.case_repository().add_supplement(
                number, conversation_id, text.strip(), checked=checked, heading=heading, note=note
            )
        )
    except Exception as error:  # noqa: BLE001 - the reply says so honestly; nothing is lost from the transcript
        logger.error("could not keep %s: %s", what, type(error).__name__)
        return False
