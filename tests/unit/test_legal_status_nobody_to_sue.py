"""Nobody to sue, or a suit on record denied with a rhetorical question: no suit."""

import pytest

from bot.parsing.legal_status import detect_legal_status, names_procedure


@pytest.mark.parametrize(
    "said", ["都没人可以告 老板跑了", "没地方告", "老板人都找不到 没人能告", "沒人可以告"]
)
def test_nobody_to_sue_is_no_suit(said):
    assert detect_legal_status(said) == "none"
    assert names_procedure(said)


@pytest.mark.parametrize("said", ["我哪里起诉了？", "我什么时候打官司了", "俺哪儿起诉了 没去过法院"])
def test_a_suit_denied_by_a_rhetorical_question_is_no_suit(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize("said", ["已经起诉了", "我想起诉他们", "我们起诉了 在等开庭"])
def test_a_suit_told_or_asked_about_is_not_denied(said):
    assert detect_legal_status(said) != "none"
