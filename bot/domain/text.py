"""Text normalisation helpers shared by the parsers.

Citizen text is stored exactly as written; parsers call :func:`normalize_for_parsing` on their own copy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from bot.domain.cantonese import fold_cantonese
from bot.domain.dialect_pronouns import fold_dialect_pronouns
from bot.domain.pinyin_negation import fold_pinyin_negation
from bot.domain.wu import fold_wu

# Zero-width and other invisible format characters that break regexes (ZWSP, ZWNJ, ZWJ, word joiner,
# BOM, soft hyphen, LTR/RTL marks, variation selectors).
INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]")
_WHITESPACE_RE = re.compile(r"\s+")
# a character inside one clause, for patterns that must not reach across a comma or a full stop ("{IN_CLAUSE}{0,6}")
IN_CLAUSE = r"[^,.!?;。，！？；]"
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_MARKUP_RE = re.compile(
    r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9:-]*(\s[^<>]*)?/?\s*>"  # HTML / XML tags
    r"|&#?[a-zA-Z0-9]{2,8};"  # HTML entities
    r"|\bjavascript\s*:"
    r"|\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}"  # template syntax
    r"|\[[^\]\n]+\]\(\s*https?://[^)]*\)",  # markdown links
    re.IGNORECASE | re.DOTALL,
)

_HALFWIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH_TABLE[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (U+FF01–FF5E) → ASCII and the ideographic space → space. Length-preserving."""
    return text.translate(_HALFWIDTH_TABLE)


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Char-level traditional → simplified map from OpenCC's TSCharacters (first candidate wins)."""
    data = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in data.splitlines():
        parts = line.split("\t")
        if len(parts) != 2 or len(parts[0]) != 1:
            continue
        target = parts[1].split(" ")[0]
        if target and target != parts[0]:
            table[ord(parts[0])] = target
    return table


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese, character by character."""
    return text.translate(_t2s_table())


# full-width digits and Latin letters only: a recorded detail keeps its Chinese punctuation ("；")
_ALNUM_HALFWIDTH_TABLE = {cp: to for cp, to in _HALFWIDTH_TABLE.items() if chr(to).isalnum()}


def as_recorded(text: str) -> str:
    """A detail as the case records it: simplified, its digits and letters half-width ("打過１２３１５" → 打过12315)."""
    return to_simplified(text).translate(_ALNUM_HALFWIDTH_TABLE)


def fold_dialects(text: str) -> str:
    """Written Cantonese, Wu, the northwestern 额 and a pinyin 没/不 read as Mandarin, character for character
    (simplified input)."""
    return fold_pinyin_negation(fold_dialect_pronouns(fold_wu(fold_cantonese(text))))


def fold_keeping_offsets(text: str) -> str:
    """Half-width, simplified, dialects read as Mandarin, character for character, so offsets found in it point
    into the original."""
    return fold_dialects(to_simplified(to_halfwidth(text or "")))


@lru_cache(maxsize=4096)
def normalize_for_parsing(text: str) -> str:
    """Half-width, simplified, dialects read as Mandarin, without invisible characters and with whitespace runs
    collapsed to one space. Cached: every reader of a turn normalises the same few texts again (a pure function
    of the text; the cache holds the last few thousand, about a megabyte)."""
    if not text:
        return ""
    text = INVISIBLE_RE.sub("", to_halfwidth(text))
    text = fold_dialects(to_simplified(text))
    return _WHITESPACE_RE.sub(" ", text).strip()


_WORD_CHAR_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")


def has_words(text: str | None) -> bool:
    """True when the text holds a Chinese character, a digit or a Latin letter (not only emoji or marks)."""
    return bool(text) and _WORD_CHAR_RE.search(text) is not None


def cjk_count(text: str | None) -> int:
    """How many Chinese characters the text holds (how much a message says, whatever its punctuation)."""
    return len(_CJK_RE.findall(text or ""))


def has_cjk(text: str | None) -> bool:
    """True when the text holds at least one Chinese character (CJK ideograph)."""
    return bool(text) and _CJK_RE.search(text) is not None


def looks_like_markup(text: str | None) -> bool:
    """True for HTML tags, entities, ``javascript:`` URLs, template syntax or markdown links."""
    return bool(text) and _MARKUP_RE.search(to_halfwidth(text)) is not None


def search_after(text: str, said: str, then: re.Pattern[str]) -> re.Match[str] | None:
    """`then` matched right after the leftmost `said` where it matches: what `re.search(re.escape(said) +
    then.pattern, text)` finds, without compiling a pattern for each `said` (a party on record, new in each
    conversation, was compiled anew for each)."""
    at = text.find(said)
    while at != -1:
        found = then.match(text, at + len(said))
        if found:
            return found
        at = text.find(said, at + 1)
    return None
