"""A word of a note's `about` said only to deny it is no topic of the story: "不是校车挤 是根本没得校车" gets no note on
overcrowded school buses (ig-014). New phrasings written for these tests, none a corpus message."""

from __future__ import annotations

import pytest

from bot.domain.knowledge_records import Note
from bot.domain.story_topics import speaks_of

CROWDED = Note(text="超员的车请打122", about=("超员", "校车挤", "挤校车"))


@pytest.mark.parametrize("story", ["娃娃们天天挤校车 一辆车塞二十几个", "校车挤得很 明显超员了"])
def test_a_topic_told_is_spoken_of(story: str) -> None:
    assert CROWDED.concerns(story)


@pytest.mark.parametrize(
    "story", ["我们这不是校车挤 是压根冇校车", "车倒是没超员 就是司机开得快", "并不是超员的问题"]
)
def test_a_topic_denied_is_not_spoken_of(story: str) -> None:
    assert not CROWDED.concerns(story)


def test_no_words_means_nothing_is_spoken_of() -> None:
    assert not speaks_of("路灯坏了", ())
