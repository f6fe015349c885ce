"""What Rasa's `events` table holds: no phone or ID number in clear (issue 16, items 3 and 4).

Every event is written through `stored_event` (by the tracker store, and by the masking event broker):

- message texts and everything else in an event (the user's words in `parse_data`, a bot reply's buttons)
  have phones and ID numbers masked (`138****5678`, `110105********002X`): nothing reads them back as
  values, staff see them masked, and the case keeps what it needs encrypted;
- slot values: ID numbers masked, as before (the case has its own encrypted copy); a value that still holds
  a phone (the `phone` slot, a story with a number in it) is *sealed*: Fernet-encrypted with
  `ID_ENCRYPTION_KEY` (`bot.cases.crypto`, the key that encrypts the case's numbers). The dialogue needs
  these until the case is filed, so `restored_event` opens them again when a tracker is read back;
- slots whose name ends in `_encrypted` already hold ciphertext; `metadata` holds what a channel saw (the
  client address, WeChat's own fields), never typed text: both are stored as they are.

Without a usable key a value is masked instead of sealed (and a warning logged): never stored in clear.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from bot.cases.crypto import IdEncryptionKeyError, decrypt_id_number, encrypt_id_number
from bot.parsing.masking import mask_id_numbers, mask_personal_numbers

SEALED_PREFIX = "sealed:v1:"
ENCRYPTED_SUFFIX = "_encrypted"
KEPT_KEYS = frozenset({"metadata", "message_id"})  # written by channels and Rasa, never by a citizen

logger = logging.getLogger(__name__)


class SealError(ValueError):
    """A sealed value cannot be opened (another key, a damaged row)."""


def _masked(value: Any) -> Any:
    """`value` with phones and ID numbers masked in every string inside it (a copy; nothing changed in place)."""
    if isinstance(value, str):
        return mask_personal_numbers(value)
    if isinstance(value, dict):
        return {k: v if k in KEPT_KEYS else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def seal(text: str, key: str | None = None) -> str:
    return SEALED_PREFIX + encrypt_id_number(text, key)


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(SEALED_PREFIX)


def unseal(value: str, key: str | None = None) -> str:
    try:
        return decrypt_id_number(value[len(SEALED_PREFIX) :], key)
    except (IdEncryptionKeyError, UnicodeError, ValueError) as error:
        raise SealError("a sealed slot value cannot be opened with ID_ENCRYPTION_KEY") from error


def _stored_slot_value(value: Any, key: str | None) -> Any:
    if isinstance(value, dict):
        return {k: _stored_slot_value(v, key) for k, v in value.items()}
    if isinstance(value, list):
        return [_stored_slot_value(v, key) for v in value]
    if not isinstance(value, str) or is_sealed(value):
        return value
    value = mask_id_numbers(value)
    if mask_personal_numbers(value) == value:
        return value
    try:
        return seal(value, key)
    except IdEncryptionKeyError:
        _warn_no_key()
        return mask_personal_numbers(value)


@lru_cache(maxsize=1)
def _warn_no_key() -> None:
    logger.warning(
        "ID_ENCRYPTION_KEY is not usable: slot values holding a phone are stored masked, so a phone given "
        "before the latest message is lost to the dialogue (run `python -m bot init-env`)"
    )


def _opened(value: Any, key: str | None) -> Any:
    if isinstance(value, dict):
        return {k: _opened(v, key) for k, v in value.items()}
    if isinstance(value, list):
        return [_opened(v, key) for v in value]
    return unseal(value, key) if is_sealed(value) else value


def stored_event(data: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    """The event (`Event.as_dict()`) as it may be stored or sent on. `key`: the Fernet key (default: the
    settings' ID_ENCRYPTION_KEY). Nested dicts are copied, never changed: they belong to live events."""
    if data.get("event") != "slot":
        return _masked(data)
    if str(data.get("name")).endswith(ENCRYPTED_SUFFIX):
        return data
    return {**data, "value": _stored_slot_value(data.get("value"), key)}


def restored_event(data: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    """A stored event as the dialogue needs it: sealed slot values opened. A value that cannot be opened
    reads as unset (the bot asks again) rather than as ciphertext taken for the citizen's phone."""
    if data.get("event") != "slot" or not _holds_sealed(data.get("value")):
        return data
    try:
        return {**data, "value": _opened(data["value"], key)}
    except SealError:
        logger.warning("slot %s: a sealed value could not be opened and reads as unset", data.get("name"))
        return {**data, "value": None}


def _holds_sealed(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_holds_sealed(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_sealed(v) for v in value)
    return is_sealed(value)
