"""The story as the knowledge file's `about`/`unless` words are matched against: a topic word added for what the story
tells in other words (grown children who give a parent nothing: 赡养; a worker still on the job paid short: 仍在职), so
the right statements are said however it is told."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.domain.elder_support import with_support_topic
from bot.domain.labour_tenure import STILL_EMPLOYED_TOPIC, still_employed_underpaid


@lru_cache(maxsize=512)
def with_topics(told: str) -> str:
    """`told` with the topic words it speaks of in other words."""
    told = with_support_topic(told)
    if STILL_EMPLOYED_TOPIC not in told and still_employed_underpaid(told):
        told = f"{told} {STILL_EMPLOYED_TOPIC}"
    return told


# "不是校车挤 是根本没得校车": a word said only to deny it is no topic of the story
_DENIED_BEFORE = re.compile(r"(?:不是|并不是|并非|没有|没得|没|冇|不)$")


def speaks_of(told: str, words: tuple[str, ...]) -> bool:
    """Whether the story says one of `words` other than right after a denial ("不是校车挤")."""
    return any(
        not _DENIED_BEFORE.search(told[max(0, at.start() - 3) : at.start()])
        for word in words
        for at in re.finditer(re.escape(word), told)
    )
