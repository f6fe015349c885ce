"""A fine one cannot pay, or does not want to pay before contesting it: asked in many ways, answered from the
reviewed entry (行政处罚法 第66、67、72、73条; 复议 60 days, suit 6 months) and never read as another question."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    "text",
    [
        "提交 交不起会不会被拘留啊",
        "你说的啥 我问交不起罚款会不会被拘留 先给我提交",
        "有罚款决定 要不要交钱 我没钱交",
        "罚款我到底要不要先交",
        "罚款能不能分期交",
        "城管罚了我两百 要不要先交罚款",
        "罰款交不起會不會被抓",  # traditional characters
        "罚了两万 我一个下岗的拿不出 会不会被强制执行",
    ],
)
def test_a_fine_one_cannot_pay(text) -> None:
    assert detect_question(text) is Q.FINE_UNPAYABLE
    answer = answer_in_context(Q.FINE_UNPAYABLE, text, None) or ""
    first = answer.split("。")[0]
    assert "要按时交" in first and "一般不会因为交不起罚款就被拘留" in first  # yes and no first, one answer
    for must in ("暂缓", "分期", "第66条", "3%", "第72条", "第73条", "60日", "6个月"):
        assert must in answer


@pytest.mark.parametrize(
    "text, kind",
    [
        ("要不要先交钱才能办", Q.FEES),  # a fee for the petition, not a fine
        ("交不起物业费会不会被起诉", Q.CAN_I_SUE),
        ("工资交不起房租怎么办", Q.WHICH_OFFICE),
    ],
)
def test_other_payments_are_not_fines(text, kind) -> None:
    assert detect_question(text) is kind
