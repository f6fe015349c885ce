"""Chinese full-text search over a citizen's text with portable SQL (LIKE), for SQLite and PostgreSQL.

The query is cut with jieba; each word must occur in one of the searched columns. A compound word also
matches when all its parts (jieba's search mode) occur, so 拖欠工资 finds 工资被拖欠了三个月.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement

from bot.domain.text import to_halfwidth, to_simplified

_FULLWIDTH_TABLE = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}

ESCAPE = "\\"
MAX_WORDS = 12  # a pasted paragraph should not become a hundred LIKEs
# Function words that say nothing about the matter; searching for them only narrows by accident.
STOP_WORDS = frozenset(
    [
        "的",
        "了",
        "着",
        "过",
        "和",
        "与",
        "及",
        "或",
        "跟",
        "被",
        "把",
        "将",
        "给",
        "在",
        "是",
        "有",
        "也",
        "都",
        "就",
        "还",
        "又",
        "很",
        "太",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "嘛",
        "么",
        "我",
        "你",
        "他",
        "她",
        "它",
        "我们",
        "你们",
        "他们",
        "她们",
        "这",
        "那",
        "这个",
        "那个",
        "这些",
        "那些",
        "一个",
        "什么",
        "怎么",
        "为什么",
        "没有",
        "不是",
        "请问",
        "问题",
        "反映",
        "事情",
        "一下",
    ]
)


@lru_cache(maxsize=1)
def _jieba():
    import jieba  # late: importing jieba takes ~0.7 s, only when staff search text

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _is_cjk(char: str) -> bool:
    return "CJK" in unicodedata.name(char, "") or "\u3400" <= char <= "\u9fff"


def _meaningful(word: str) -> bool:
    word = word.strip()
    if not word or word in STOP_WORDS:
        return False
    if not any(ch.isalnum() for ch in word):  # punctuation, symbols, emoji
        return False
    return len(word) > 1 or _is_cjk(word)


def search_terms(query: str | None) -> list[tuple[str, ...]]:
    """Words of `query`; each is a tuple (word, *its parts) — the word matches if it or all parts occur.

    A query with no meaningful word (only `a_b`, say) is searched literally as a whole.
    """
    text = " ".join(to_halfwidth(query or "").split())
    if not text:
        return []
    jieba = _jieba()
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for word in jieba.cut(text):
        word = word.strip()
        if not _meaningful(word) or word in seen:
            continue
        seen.add(word)
        parts = (
            [p for p in jieba.cut_for_search(word) if p != word and _meaningful(p)] if len(word) > 2 else []
        )
        # keep only parts that together cover the word, otherwise they would loosen the match too much
        covered = set().union(*(set(p) for p in parts)) if parts else set()
        groups.append((word, *parts) if parts and covered >= set(word) else (word,))
        if len(groups) >= MAX_WORDS:
            break
    if not groups:
        groups.append((text,))
    return groups


def escape_like(value: str) -> str:
    """Make %, _ and the escape character literal inside a LIKE pattern."""
    return value.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def _variants(word: str) -> tuple[str, ...]:
    # the stored text is kept as written: also try the simplified and the full-width spelling
    found = dict.fromkeys((word, to_simplified(word), word.translate(_FULLWIDTH_TABLE)))
    return tuple(found)


def _word_in(word: str, columns: Sequence[ColumnElement]) -> ColumnElement:
    return or_(
        *(
            column.ilike(f"%{escape_like(variant)}%", escape=ESCAPE)
            for variant in _variants(word)
            for column in columns
        )
    )


def text_condition(query: str | None, columns: Sequence[ColumnElement]) -> ColumnElement | None:
    """SQL condition: every word of `query` occurs in one of `columns` (None for an empty query)."""
    groups = search_terms(query)
    if not groups:
        return None
    conditions = []
    for word, *parts in groups:
        whole = _word_in(word, columns)
        if parts:
            whole = or_(whole, and_(*(_word_in(part, columns) for part in parts)))
        conditions.append(whole)
    return and_(*conditions)
