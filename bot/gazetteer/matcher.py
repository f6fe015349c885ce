"""Find place-name mentions in normalised text: forward maximum matching over the key index, with
checks that keep short forms from firing inside other words or names (北京路, 孙中山, 我叫张和平)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.gazetteer.aliases import Entry, is_everyday_word, surnames

# A short form directly followed by these is a street, school or park named after the place.
_NAMED_AFTER = (
    "路", "街", "巷", "大道", "大学", "学院", "公园", "广场", "医院", "中学", "小学", "时间",
    "小区", "花园", "山庄", "大厦", "公寓", "家园", "名苑",
)  # fmt: skip
_OFFICE_SUFFIXES = ("县", "区", "市", "镇", "乡")  # 赵县长 is a county head, not 赵县
# A short form directly followed by these is a village or hamlet of that name (长岭村, 南关屯), not the county.
_VILLAGE_AFTER = ("村", "屯", "寨", "嘎查")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]


def lengths_by_first_char(keys: list[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        lengths[key[0]].add(len(key))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


def find_mentions(
    text: str, index: dict[str, tuple[Entry, ...]], lengths: dict[str, tuple[int, ...]]
) -> list[Mention]:
    mentions: list[Mention] = []
    words: dict[int, str] | None = None  # jieba's words by start offset
    i, n = 0, len(text)
    while i < n:
        key = _longest_key(text, i, index, lengths.get(text[i], ()))
        if key is None:
            i += 1
            continue
        end = i + len(key)
        entries = index[key]
        if _needs_checks(key, entries):
            if words is None:
                words = _words_by_start(text)
            if not _looks_like_place(text, i, end, mentions, words):
                entries = tuple(e for e in entries if not e.short and len(key) >= 3)
        if entries:
            mentions.append(Mention(i, end, key, entries))
            i = end
        else:
            i += 1  # a rejected short form must not hide a real name starting inside it (一下浦东新区)
    return mentions


def _longest_key(
    text: str, i: int, index: dict[str, tuple[Entry, ...]], lengths: tuple[int, ...]
) -> str | None:
    for length in lengths:
        key = text[i : i + length]
        if len(key) == length and key in index:
            return key
    return None


def _needs_checks(key: str, entries: tuple[Entry, ...]) -> bool:
    return len(key) <= 2 or any(e.short for e in entries)


def _looks_like_place(text: str, start: int, end: int, before: list[Mention], words: dict[int, str]) -> bool:
    # End boundaries are not checked (jieba keeps 上海浦东新区 and 苏州工业园区 as one word), except that an
    # everyday word that merely starts with the name is not the place.
    following = text[end : end + 2]
    if following.startswith(_NAMED_AFTER):
        return False
    if following.startswith(_VILLAGE_AFTER) and text[end - 1] not in _OFFICE_SUFFIXES:
        return False
    if end - start == 2 and text[end - 1] in _OFFICE_SUFFIXES and following.startswith("长"):
        return False
    if (
        text[end - 1] == "都"
        and text[start - 1 : start] == "个"
        and text[end : end + 1] in tuple("没莫不冇无")
    ):
        return False  # "连个信都莫得": not even a word (个…都), not 信都区
    if before and before[-1].end == start:  # 广州天河: a place right after a place
        return True
    if start not in words:  # starts inside a word: 街道里 ≠ 道里区, 孙中山 ≠ 中山市
        return False
    if _runs_into_everyday_word(start, end, words):  # 大理石 ≠ 大理, 不修水泥墙 ≠ 修水
        return False
    single, double = surnames()  # 我是王天河, 我叫欧阳城关
    return not (text[start - 1 : start] in single or text[max(0, start - 2) : start] in double)


def _runs_into_everyday_word(start: int, end: int, words: dict[int, str]) -> bool:
    """The mention ends inside a jieba word that is an everyday word, or inside a word that starts within it
    ("修|水泥路": 修水 cut across two words is no place)."""
    last_start = max(s for s in words if s < end)
    word = words[last_start]
    return last_start + len(word) > end and (is_everyday_word(word) or last_start > start)


def _words_by_start(text: str) -> dict[int, str]:
    import jieba  # late: importing jieba takes ~0.7 s

    words: dict[int, str] = {}
    offset = 0
    for token in jieba.lcut(text, HMM=False):
        words[offset] = token
        offset += len(token)
    words.setdefault(offset, "")
    return words
