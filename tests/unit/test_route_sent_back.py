"""Being sent back to a line that already failed ("12345打了四回了 还让我打12345？") is a question thrown at the
office, answered with what this office does and when. Questions written for these tests."""

from __future__ import annotations

import pytest

from actions.question_detect import asks_at_the_office, detect_question


@pytest.mark.parametrize(
    "text",
    [
        "12345都打了四回了 还让我打12345？",
        "街道去过三趟了 还叫俺去街道？",
        "咋还让咱再打热线？",
    ],
)
def test_being_sent_back_is_asked_at_the_office(text: str) -> None:
    assert detect_question(text) is not None
    assert asks_at_the_office(text)


@pytest.mark.parametrize("text", ["还让我等", "他还让我去找他", "还让俺打12345"])
def test_a_statement_or_another_persons_request_is_no_question_to_the_office(text: str) -> None:
    assert not asks_at_the_office(text)
