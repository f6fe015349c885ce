"""A hospital pressing for its bill while its fault is in question: the bill and the damages are two things (民法典
第1218条), settled together by agreement or mediation, never a licence to withhold; a charge disputed in itself or a
bill with no hospital in the story is not this question."""

from __future__ import annotations

import pytest

from actions.own_matter_questions import asked_key
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer


def _key(story: str, clause: str) -> str | None:
    clean = textutil.normalize_for_parsing(f"{story}\n{clause}")
    return asked_key(textutil.normalize_for_parsing(clause), clean)


STORY = "我爸在医院做胆囊手术 术后大出血又开了一刀 医院说是并发症 我们觉得是医生失误"

HELD = [
    (STORY, "医院一直催交钱 我们能不能先不交 等鉴定结果出来再说"),
    (STORY, "住院费能欠着不 等调解完再给"),
    (STORY, "医院催缴费 不交行不行"),
    ("手术做坏了 医院天天催我们交住院费", "可不可以先不交"),
    ("醫院催我們交錢 手術出了事", "能不能先不交"),  # traditional characters
    ("我妈在卫生院输液出了事 现在欠费三万", "等鉴定出来再交可以吗"),
]


@pytest.mark.parametrize(("story", "clause"), HELD)
def test_the_bill_withheld_in_a_dispute(story: str, clause: str) -> None:
    assert _key(story, clause) == "medical_bill_in_dispute"


NOT_THIS = [
    ("医院乱收费 没做的检查也收了", "能不能不交"),  # overcharging
    ("物业费催我们交", "能不能先不交"),  # no hospital
    ("医院催交钱", "医疗鉴定要多少钱"),  # the appraisal's cost
]


@pytest.mark.parametrize(("story", "clause"), NOT_THIS)
def test_other_bills_are_not_this_question(story: str, clause: str) -> None:
    assert _key(story, clause) != "medical_bill_in_dispute"


def test_the_answer_separates_the_bill_from_the_damages() -> None:
    answer = faq_answer("medical_bill_in_dispute")
    assert "鉴定" in answer and "两回事" in answer and "第1218条" in answer and "调解" in answer
