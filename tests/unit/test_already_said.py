"""A reproach that something was given already is no question to answer (actions.question_clauses)."""

import pytest

from actions.question_detect import detect_question


@pytest.mark.parametrize(
    "said",
    [
        "我不是给了吗 13835210476",
        "刚才不是说过了嘛",
        "我不是已经告诉你了吗？",
        "俺不是给你说过了么",
        "名字不是留了吗",
    ],
)
def test_given_already_is_not_a_question(said):
    assert detect_question(said) is None


@pytest.mark.parametrize("asked", ["不是给钱了吗 怎么还要", "是不是要给钱", "电话给了 多久有人联系我"])
def test_a_real_question_beside_it_is_still_asked(asked):
    assert detect_question(asked) is not None


@pytest.mark.parametrize("asked", ["那路灯到底啥时候能修好", "多久能修", "什么时候能恢复供水"])
def test_when_a_repair_is_done_asks_when_it_is_handled(asked):
    from actions.question_kinds import QuestionKind

    assert detect_question(asked) is QuestionKind.WHEN_HANDLED
