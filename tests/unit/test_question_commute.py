"""An accident on the way to or from work, asked whether it is a work injury: yes when the citizen was not mainly
to blame (工伤保险条例 第14条), the employer proves otherwise (第19条), the family may apply within a year (第17条),
a death gets the family's benefits (第39条). Other questions about the same story stay what they are."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context


@pytest.mark.parametrize(
    "text",
    [
        "我老公上个月下班骑电动车回家路上被货车撞了 人没了 厂里说不是在厂里出的事不算工伤 这个到底算不算工伤啊",
        "我上班路上被小车追尾了 腿骨折 公司说不算工伤 对吗",
        "下班路上被车撞了 对方全责 我想问这个能算工伤不",
        "下班途中出了车祸算工伤吗",
        "俺儿子收工回家路上被三轮车撞了 老板说不认工伤 到底算不算嘛",
        "上下班途中發生交通事故算不算工傷",  # traditional characters
    ],
)
def test_a_commute_accident_asked_as_a_work_injury(text) -> None:
    assert detect_question(text) is Q.WORK_INJURY_COMMUTE
    answer = answer_in_context(Q.WORK_INJURY_COMMUTE, text, None) or ""
    assert answer.startswith("一般算")
    assert "第14条" in answer and "不是本人主要责任" in answer and "第17条" in answer and "12333" in answer


@pytest.mark.parametrize(
    "text, kind",
    [
        ("上班路上被撞了，公司说要扣工资，合法吗", Q.IS_IT_LAWFUL),  # the pay cut is asked, not the injury
        ("我老公下班路上出车祸了 现在在医院 怎么办", Q.WHICH_OFFICE),
        ("矿上说他是自己违规操作 那就不算工伤了吗", Q.WORK_INJURY_FAULT),  # at work, not on the way
    ],
)
def test_other_questions_about_an_accident_stay_what_they_ask(text, kind) -> None:
    assert detect_question(text) is kind
