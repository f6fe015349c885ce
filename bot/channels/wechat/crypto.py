"""WeChat message signatures and the AES mode of the Official Account protocol (安全模式/兼容模式).

signature     = sha1(sorted(token, timestamp, nonce) joined)
msg_signature = sha1(sorted(token, timestamp, nonce, Encrypt) joined)
Encrypt       = base64(AES-256-CBC(key, iv=key[:16], pkcs7_32(random16 + len32be + xml + appid)))
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32  # WeChat pads to 32 bytes, not AES's 16


class CryptoError(ValueError):
    """Ciphertext that does not decrypt to a message for this app."""


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def signature_ok(expected_parts: tuple[str, ...], given: str | None) -> bool:
    """Constant-time comparison of the SHA-1 of `expected_parts` with the signature WeChat sent."""
    if not given:
        return False
    return hmac.compare_digest(sign(*expected_parts).encode(), given.strip().lower().encode())


def decode_aes_key(encoding_aes_key: str) -> bytes:
    """The 43-character EncodingAESKey → the 32-byte AES key."""
    try:
        key = base64.b64decode(encoding_aes_key.strip() + "=", validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("WECHAT_AES_KEY is not a valid EncodingAESKey (43 characters)") from error
    if len(key) != 32:
        raise ValueError("WECHAT_AES_KEY must decode to 32 bytes (43 characters)")
    return key


class MessageCipher:
    def __init__(self, encoding_aes_key: str, app_id: str) -> None:
        self._key = decode_aes_key(encoding_aes_key)
        self._app_id = app_id.encode()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._key[:16]))

    def encrypt(self, xml: str, random_prefix: bytes | None = None) -> str:
        body = xml.encode()
        prefix = random_prefix if random_prefix is not None else os.urandom(16)
        plain = prefix + struct.pack(">I", len(body)) + body + self._app_id
        pad = BLOCK - len(plain) % BLOCK
        plain += bytes([pad]) * pad
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()

    def decrypt(self, encrypted: str) -> str:
        try:
            data = base64.b64decode(encrypted.strip(), validate=True)
        except (binascii.Error, ValueError) as error:
            raise CryptoError("Encrypt is not base64") from error
        if not data or len(data) % 16:
            raise CryptoError("Encrypt has a wrong length")
        decryptor = self._cipher().decryptor()
        plain = decryptor.update(data) + decryptor.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or len(plain) < 20 + pad:
            raise CryptoError("bad padding")
        content = plain[16:-pad]
        (length,) = struct.unpack(">I", content[:4])
        if length > len(content) - 4:
            raise CryptoError("bad length")
        if not hmac.compare_digest(content[4 + length :], self._app_id):
            raise CryptoError("message for another AppID")
        try:
            return content[4 : 4 + length].decode()
        except UnicodeDecodeError as error:
            raise CryptoError("message is not UTF-8") from error
