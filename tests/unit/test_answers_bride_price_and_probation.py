"""What two answers owe the citizen: a bride price after a marriage with cohabitation is not simply all returned
(the 2024 规定 第5、6条: a share, weighed by the time lived together, a child, the use), and a pregnant worker in
probation may be dismissed only when shown not to meet the hiring terms (劳动合同法 第39条、第21条)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("结婚才八个月就过不下去了 男方要我退全部彩礼", "这个要全退吗"),
        ("领了证住一起大半年 离婚他家要彩礼", "彩礼能要回来不"),
        ("訂婚給了彩禮十萬 一起住了一年沒領證", "彩禮要退嗎"),  # traditional characters
        ("儿子订了婚 给了女方家八万八彩礼 现在女方悔婚了", "彩礼能要回来不"),
    ],
)
def test_a_bride_price_answer_weighs_the_life_together(story: str, question: str) -> None:
    told = f"{story} {question}"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "一般不予支持" in answer and "比例" in answer and "一起生活" in answer
    assert "涉彩礼纠纷案件适用法律若干问题的规定第5条" in answer and "第6条" in answer
    assert "不一定全退" in answer and "多数情况下能要回来" not in answer


def test_a_bride_price_without_registration_or_life_together_is_still_returned() -> None:
    assert "没有办结婚登记、也没有一起生活的，请求返还，法院应当支持" in faq_answer("bride_price_return")


@pytest.mark.parametrize(
    ("story", "question"),
    [
        (
            "我懷孕4個月 公司說我試用期不合格要辭退我",
            "試用期懷孕了公司就能辭退嗎？",
        ),  # traditional characters
        ("试用期刚两个月查出怀孕 主管说我不合格让我走", "这合法吗"),
        ("我怀孕了 老板就把我开了", "这合法吗"),
    ],
)
def test_a_pregnant_worker_in_probation_hears_of_the_hiring_terms(story: str, question: str) -> None:
    told = f"{story} {question}"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "录用条件" in answer and "劳动合同法第21条" in answer and "劳动合同法第42条" in answer
