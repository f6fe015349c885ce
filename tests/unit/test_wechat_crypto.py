"""Signatures and AES mode against wechatpy (an independent implementation of WeChat's protocol)."""

from __future__ import annotations

import base64

import pytest
from wechatpy.crypto import PrpCrypto, WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException
from wechatpy.utils import WeChatSigner

from bot.channels.wechat.crypto import CryptoError, MessageCipher, decode_aes_key, sign, signature_ok
from tests.unit.test_wechat_wire import new_aes_key

APP_ID = "wx5823bf96d3bd56c7"


def wechatpy_sign(*parts: str) -> str:
    signer = WeChatSigner()
    signer.add_data(*parts)
    return signer.signature


@pytest.mark.parametrize(
    "parts",
    [
        ("token", "1700000000", "123456"),
        (
            "QDG6eK",
            "1409659813",
            "1372623149",
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS",
        ),
        ("令牌", "1700000001", "９９", "全角"),
    ],
)
def test_signature_is_the_sha1_wechatpy_computes(parts: tuple[str, ...]) -> None:
    assert sign(*parts) == wechatpy_sign(*parts)
    assert signature_ok(parts, wechatpy_sign(*parts))
    assert signature_ok(parts, wechatpy_sign(*parts).upper())  # hex case does not matter


@pytest.mark.parametrize("given", [None, "", "0" * 40, "not-hex", "x" * 2000])
def test_wrong_or_missing_signatures_fail(given: str | None) -> None:
    assert not signature_ok(("token", "1700000000", "123456"), given)


def test_a_changed_timestamp_breaks_the_signature() -> None:
    good = wechatpy_sign("token", "1700000000", "123456")
    assert not signature_ok(("token", "1700000001", "123456"), good)


@pytest.mark.parametrize("xml", ["<xml><Content><![CDATA[你好]]></Content></xml>", "x" * 31, "😀" * 500, ""])
def test_our_ciphertext_decrypts_with_wechatpy_and_back(xml: str) -> None:
    key = new_aes_key()
    ours = MessageCipher(key, APP_ID)
    theirs = PrpCrypto(base64.b64decode(key + "="))
    assert theirs.decrypt(ours.encrypt(xml), APP_ID) == xml
    assert ours.decrypt(theirs.encrypt(xml, APP_ID).decode()) == xml


def test_encrypted_reply_verifies_with_wechatpy_message_crypto() -> None:
    key = new_aes_key()
    crypto = WeChatCrypto("tok", key, APP_ID)
    envelope = crypto.encrypt_message("<xml><A>1</A></xml>", "55", "1700000000")
    encrypted = envelope.split("<Encrypt><![CDATA[")[1].split("]]>")[0]
    assert MessageCipher(key, APP_ID).decrypt(encrypted) == "<xml><A>1</A></xml>"
    assert f"<![CDATA[{sign('tok', '1700000000', '55', encrypted)}]]>" in envelope


def test_a_message_for_another_appid_is_refused_both_ways() -> None:
    key = new_aes_key()
    other = PrpCrypto(base64.b64decode(key + "=")).encrypt("<xml/>", "wx_other_app").decode()
    with pytest.raises(CryptoError):
        MessageCipher(key, APP_ID).decrypt(other)
    with pytest.raises(InvalidAppIdException):
        PrpCrypto(base64.b64decode(key + "=")).decrypt(
            MessageCipher(key, "wx_other_app").encrypt("<xml/>"), APP_ID
        )


@pytest.mark.parametrize("garbage", ["", "!!!", "YWJj", base64.b64encode(b"\x00" * 48).decode()])
def test_garbage_ciphertext_raises_crypto_error(garbage: str) -> None:
    with pytest.raises(CryptoError):
        MessageCipher(new_aes_key(), APP_ID).decrypt(garbage)


def test_a_wrong_key_does_not_decrypt() -> None:
    encrypted = MessageCipher(new_aes_key(), APP_ID).encrypt("<xml><A>1</A></xml>")
    with pytest.raises(CryptoError):
        MessageCipher(new_aes_key(), APP_ID).decrypt(encrypted)


@pytest.mark.parametrize("bad", ["short", "a" * 44, "中文" * 20])
def test_bad_encoding_aes_keys_are_reported(bad: str) -> None:
    with pytest.raises(ValueError, match="WECHAT_AES_KEY"):
        decode_aes_key(bad)
