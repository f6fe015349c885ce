"""The CI subset of the conversation corpus (tests/conversations/, `ci: true`) through the real stack.

Asserts only what is honest today: no crash and a reply to every message, and a share of conversations with
everything right of at least the committed threshold (tests/conversations/threshold.yml, raised by the lead as
the bot improves). The whole corpus: `python -m bench.conversations`.
"""

from __future__ import annotations

import pytest

from bench.conversation_corpus import CASE_FIELDS, load_corpus, load_threshold
from bench.conversations import play_all, share
from bench.stack import Stack


def test_the_corpus_is_well_formed():
    from bot.category import CATEGORIES
    from bot.gazetteer import get_gazetteer

    conversations = load_corpus()
    assert len(conversations) >= 300
    assert sum(c.ci for c in conversations) >= 60
    gazetteer = get_gazetteer()
    for conv in conversations:
        for case in conv.cases:
            assert set(case) <= set(CASE_FIELDS), conv.id
            for category in filter(None, _options(case.get("category"))):
                assert category in CATEGORIES, (conv.id, category)
            for code in filter(None, _options(case.get("location_code"))):
                assert gazetteer.get(code) is not None, (conv.id, code)


def _options(value) -> list:
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def verdicts(stack: Stack):
    return play_all(stack, [c for c in load_corpus() if c.ci])


def test_every_message_of_the_ci_conversations_gets_a_reply_without_a_crash(verdicts):
    crashes = [f"{v.id}: {crash}" for v in verdicts for crash in v.played.crashes]
    assert not crashes, "\n".join(crashes[:20])


def test_the_share_of_ci_conversations_with_everything_right_does_not_fall(verdicts):
    wrong = [f"{v.id}: {(v.wrong_fields + v.phrase_problems)[:2]}" for v in verdicts if not v.all_right]
    assert share(verdicts) >= load_threshold(), "\n".join(wrong[:30])
