"""A denial of the earlier report typed as a word of its own, by who puts a space between every word: "没 找过",
"我 没有 去 问过 镇上", "mei 反映过" (pinyin folded to 没 before). Not a "没有" that answers the question before
and is followed by the office told in longer words or its reply: "没有 找过社区 社区说让我们自己协商" is no suit,
then a report."""

from __future__ import annotations

import re

from bot.parsing.prior_report_words import NEGATIVE_ANSWER_RE

# the denial alone, and the short words between it and the verb
_LONE_DENIAL_RE = re.compile(r"没有?|没得|从没有?|从来没有?|还没有?|未|冇|不曾")
# "没有 就妇女主任来劝过": no, but for this one
_BUT_RE = re.compile(r"就|只|倒是?|但|不过|除了")
_SHORT_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,2}")
# one word as typed word by word: "找过", "反映过", "村里"
_ONE_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,3}")


def _bare(clause: str) -> str:
    return clause.strip().rstrip("，。；;,!?！？\u3000 ")


def _denied_before(before: list[tuple[int, str]]) -> bool:
    """The clauses just before a contact told are a lone denial, maybe with a short word or two after it."""
    for _, clause in reversed(before[-3:]):
        word = _bare(clause)
        if not clause.endswith(" "):
            return False  # "没有，打过12345": a pause mark ends the answer "没有"
        if _LONE_DENIAL_RE.fullmatch(word):
            return True
        if not _SHORT_WORD_RE.fullmatch(word) or NEGATIVE_ANSWER_RE.fullmatch(word):
            return False
    return False


def denied_apart(clauses: list[tuple[int, str]], i: int) -> bool:
    """Clause `i`, a contact told, is denied by a lone word before it, the contact and all after it being single
    words ("没有 去 找过 村里"); the clauses are (offset, text), split at spaces."""
    if _BUT_RE.match(clauses[i][1]):
        return False
    if not all(_ONE_WORD_RE.fullmatch(_bare(clause)) for _, clause in clauses[i:]):
        return False  # "没有 报过警 派出所说…": the office's reply, so the contact was made
    return _denied_before(clauses[:i])
