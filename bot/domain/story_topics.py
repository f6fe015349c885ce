"""The story as the knowledge file's `about`/`unless` words are matched against: a topic word added for what the story
tells in other words (grown children who give a parent nothing: 赡养; a worker still on the job paid short: 仍在职), so
the right statements are said however it is told."""

from __future__ import annotations

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
