"""Land compensation a village holds back: whether one can sue (a member's share, 最高法 农村土地承包纠纷解释 第22条;
the accounts published, 土地管理法 第49条; cadres who keep it, 12388) — not the general "can I sue" paragraph
(lead-134)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context

HELD = [
    "俺是保定涿州的 俺们村前年修高速占了地 每亩补偿款镇上早就发到村里了 村支书压着不给俺们分 都两年了",
    "我们组的地被征收建工业园 补偿费村委会扣着不发 说要修路",
    "村里占地款拖着不给 村长说上面没批",
]


def _answer(text: str, story: str) -> str:
    return answer_in_context(detect_question(text), text, story) or ""


@pytest.mark.parametrize("story", HELD)
@pytest.mark.parametrize("text", ["跟村里打官司能赢吗", "能告村支书吗", "这钱能要回来不", "能起诉村委会吗"])
def test_a_share_of_the_compensation_can_be_sued_for(text: str, story: str) -> None:
    said = _answer(text, story)
    assert "第22条" in said and "第49条" in said and "12388" in said


def test_a_married_out_daughter_keeps_her_own_answer() -> None:
    said = _answer("嫁出去的闺女有没有份", "俺闺女嫁到邻村了 户口还在村里 村里分征地款不给她")
    assert "第55条" in said


def test_accounts_never_published_keep_their_own_answer() -> None:
    said = _answer("能不能直接告村干部", "村里的账十几年没公开过 村干部吃吃喝喝")
    assert "第30条" in said or "第31条" in said
