"""ID numbers at rest: Fernet-encrypted (key `ID_ENCRYPTION_KEY`), shown only masked (PIPL, docs/legal.md §7)."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken

from bot.ops.settings import get_settings
from bot.parsing.id_number import mask_id_number as mask_id_number  # the one masking, re-exported


class IdEncryptionKeyError(RuntimeError):
    """Raised when an ID number must be encrypted or read but no usable key is configured."""


def _fernet(key: str | None) -> Fernet:
    if key is None:
        key = get_settings().id_encryption_key
    if not key:
        raise IdEncryptionKeyError(
            "ID_ENCRYPTION_KEY is not set, so an ID number cannot be stored. Generate one with "
            '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"` '
            "and put it in .env."
        )
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except (ValueError, TypeError) as exc:
        raise IdEncryptionKeyError(
            "ID_ENCRYPTION_KEY is not a valid Fernet key (32 url-safe base64 bytes)."
        ) from exc


def encrypt_id_number(id_number: str, key: str | None = None) -> str:
    return _fernet(key).encrypt(id_number.encode("utf-8")).decode("ascii")


def decrypt_id_number(token: str, key: str | None = None) -> str:
    try:
        return _fernet(key).decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise IdEncryptionKeyError(
            "ID number cannot be decrypted with the configured ID_ENCRYPTION_KEY."
        ) from exc
