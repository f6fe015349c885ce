"""After a plain question answered (where to claim a late father's funeral grant), what the citizen adds about
it ("他是退休工人 在成都 单位是国企") is the same question, not a story to file; "我不是要投诉 就问问去哪领" and
"不登记 我就想知道去哪里领钱" end an intake that only the question started, and the question is answered again.
A matter told after the question (something gone wrong) still starts the intake (lead-022)."""

from __future__ import annotations

import pytest

from actions.consultation import consultation_before, tells_only_context
from actions.not_a_matter import answer_instead_of_filing
from bot.domain import text as textutil

FUNERAL = "请问 我爸上个月去世了 他原来单位的丧葬费抚恤金找谁领"
LOW_INCOME = "低保咋个申请嘛"

CONTEXT = [
    "他是退休工人 在成都 单位是国企 叫川化",
    "他是中学老师 事业单位的",
    "我妈是農村戶口 在光山縣",  # traditional characters
    "俺爹是县里化肥厂退休的",
    "他七十八了 一直在老家住",
    "就是我爹 户口在郸城",
]


@pytest.mark.parametrize("said", CONTEXT)
def test_more_about_the_question_is_answered(said: str) -> None:
    answer = answer_instead_of_filing({}, said, [FUNERAL])
    assert answer and "社保经办机构" in answer[0] and "12333" in answer[0]
    assert "登记下来" not in answer[0]


MATTERS = [
    "我们小区门口的路灯一个月没亮了",
    "社保局说材料不全 不给办",
    "我申请了三次 镇里都不给批",
    "村干部把名额给了自己亲戚",
    "他们单位到现在还没把钱打过来",
]


@pytest.mark.parametrize("said", MATTERS)
def test_a_matter_after_the_question_is_no_context(said: str) -> None:
    assert not tells_only_context(textutil.normalize_for_parsing(said))


@pytest.mark.parametrize(
    "said",
    [
        "我不是要投诉 就问问去哪领",
        "不登记 我就想知道去哪里领钱",
        "我没有要反映啥 就问一下上哪儿领",
        "不用登记 我就问问",
    ],
)
def test_only_asking_ends_an_intake_the_question_started(said: str) -> None:
    slots = {"issue_text": CONTEXT[0]}
    answer = answer_instead_of_filing(slots, said, [FUNERAL, CONTEXT[0]])
    assert answer and "12333" in answer[0]


def test_a_grievance_told_keeps_its_intake() -> None:
    slots = {"issue_text": "镇里不给批低保 说我儿子有车"}
    assert (
        answer_instead_of_filing(slots, "我不是要投诉 就问问去哪领", [LOW_INCOME, slots["issue_text"]])
        is None
    )
    assert consultation_before(slots, [LOW_INCOME, slots["issue_text"]]) is None


def test_no_question_before_means_no_answer() -> None:
    assert (
        answer_instead_of_filing({"issue_text": CONTEXT[0]}, "我不是要投诉 就问问去哪领", [CONTEXT[0]])
        is None
    )
