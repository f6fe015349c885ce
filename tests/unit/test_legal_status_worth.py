"""Whether a suit is worth it, or what it costs, says nobody is in court (hf-010 was filed as 正在审理)."""

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "said", ["为这点事打官司不值当吧？", "打官司划不来", "起诉也犯不着", "打官司太麻烦 没必要"]
)
def test_not_worth_a_suit_is_no_suit(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize("said", ["打官司值不值当", "起诉要多少钱", "打官司有用吗", "打官司要多久"])
def test_a_question_about_a_suit_says_nothing_of_one(said):
    assert detect_legal_status(said) is None


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("已经起诉了", "in_court"),
        ("官司打了一年了", "in_court"),
        ("判决不服", "judged"),
        ("没打官司", "none"),
    ],
)
def test_suits_told_read_as_before(said, status):
    assert detect_legal_status(said) == status
