"""Staff credentials: argon2id password hashes (argon2-cffi), password strength and username rules."""

from __future__ import annotations

import re
import secrets
import unicodedata
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
MAX_LENGTH = 128  # argon2 copes with more; the cap keeps a login from being a CPU bomb
MIN_DISTINCT = 5

# Lower-case forms; a password is also refused when stripping its leading/trailing digits and
# symbols leaves one of these (Password123!, 1qaz@woaini).
COMMON_PASSWORDS = frozenset(
    {
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "admin", "administrator", "root", "qwerty",
        "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm", "1qaz2wsx", "1qaz2wsx3edc", "qazwsx",
        "qazwsxedc", "abc123", "abcdef", "abcdefg", "abcdefgh", "iloveyou", "letmein", "welcome",
        "changeme", "monkey", "dragon", "football", "baseball", "superman", "sunshine", "princess",
        "master", "login", "guest", "test", "secret", "woaini", "woaini1314", "aini", "5201314",
        "1314520", "xinfang", "xinfangban", "xinfangju", "zhongguo", "china", "beijing", "shanghai",
        "zhangsan", "lisi", "wangwu", "abcd1234", "aa123456", "a123456", "a1234567", "a12345678",
        "qq123456", "123456", "1234567890", "0987654321", "11111111", "88888888", "66666666",
        "147258369", "123123123", "123qweasd", "qweasdzxc", "qwe123", "1q2w3e4r", "1q2w3e4r5t",
        "q1w2e3r4", "密码", "我爱你", "管理员", "信访",
    }
)  # fmt: skip

_EDGE_NOISE = re.compile(r"^[\d\W_]+|[\d\W_]+$")
_SYMBOLS = re.compile(r"[\W_]+")
_USERNAME_RE = re.compile(r"[a-z0-9._-]{2,64}")


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id with argon2-cffi's current recommended parameters


@lru_cache(maxsize=4)
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash(secrets.token_urlsafe(16))


def normalize_password(password: str) -> str:
    """NFKC, so full-width ＡＢＣ１２３ from a Chinese IME matches the half-width form typed elsewhere."""
    return unicodedata.normalize("NFKC", password or "")


def normalize_username(username: str | None) -> str:
    """Full-width → ASCII, trimmed, lower case: `Ｗａｎｇ ` and `wang` are one account."""
    return unicodedata.normalize("NFKC", username or "").strip().lower()


def username_problem(username: str) -> str | None:
    if not _USERNAME_RE.fullmatch(normalize_username(username)):
        return "用户名需为2到64个字符，只能用英文字母、数字和 . _ -"
    return None


def clean_display_name(display_name: str | None, username: str) -> str:
    """The name shown in the console (Chinese is fine): whitespace collapsed; the username when empty."""
    text = " ".join(unicodedata.normalize("NFC", display_name or "").split())
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    if len(text) > 128:
        raise ValueError("显示名最多128个字符")
    return text or username


def hash_password(password: str) -> str:
    return _hasher().hash(normalize_password(password))


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches; a malformed hash or over-long input is simply False."""
    if len(password or "") > MAX_LENGTH * 4:
        return False
    try:
        return _hasher().verify(password_hash, normalize_password(password))
    except (VerificationError, InvalidHashError):
        return False


def verify_dummy(password: str) -> bool:
    """Spend the same time as a real check (for unknown or refused accounts); always False."""
    verify_password(_dummy_hash(_hasher()), (password or "")[: MAX_LENGTH * 4])
    return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher().check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True


def _kinds(text: str) -> set[str]:
    kinds = set()
    for char in text:
        if char.isdigit():
            kinds.add("digit")
        elif char.isascii() and char.isalpha():
            kinds.add("upper" if char.isupper() else "lower")
        elif char.isalpha():
            kinds.add("other-letter")  # Chinese characters and other scripts
        else:
            kinds.add("symbol")  # punctuation, spaces, emoji
    return kinds


def password_problem(password: str, *, username: str | None = None) -> str | None:
    """Why a password is too weak, in plain Chinese for staff, or None when it will do."""
    text = normalize_password(password)
    if not text.strip():
        return "请输入密码"
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in text):
        return "密码不能包含换行、制表符等控制字符"
    if len(text) < MIN_LENGTH:
        return f"密码至少{MIN_LENGTH}个字符"
    if len(text) > MAX_LENGTH:
        return f"密码最多{MAX_LENGTH}个字符"
    if len(set(text)) < MIN_DISTINCT:
        return "密码里重复的字符太多，请换一个"
    if len(_kinds(text)) < 2:
        return "密码不能只用一类字符，请混用字母、数字、符号或汉字"
    lowered = text.casefold()
    name = normalize_password(username or "").strip().casefold()
    if name and (lowered == name or (len(name) >= 3 and name in lowered)):
        return "密码不能包含用户名"
    core = _EDGE_NOISE.sub("", lowered)
    bare = _SYMBOLS.sub("", lowered)
    if {lowered, core, bare} & COMMON_PASSWORDS:
        return "这个密码太常见，容易被猜到，请换一个"
    return None
