"""A question about getting something done names the office that does it: 医保 is the 医疗保障局's, not 人社's."""

from __future__ import annotations

import pytest

from actions.consultation import consultation_answer, is_consultation
from actions.faq_reply import specific_answer
from actions.service_offices import office_for


@pytest.mark.parametrize(
    "question",
    [
        "退休以后医保关系怎么从深圳转回湖南老家 去哪办",
        "请问异地就医备案在哪里办",
        "我在外地住院了 醫保怎麼報銷",  # traditional characters
        "新农合转城镇职工医保要什么手续",
        "孩子的居民医疗保险在哪交",
    ],
)
def test_medical_insurance_goes_to_the_healthcare_security_bureau(question: str) -> None:
    answer = consultation_answer(question)
    assert "医疗保障局" in answer and "12393" in answer
    assert "12333" not in answer  # 人社 does not run 医保


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("退休了养老金怎么领", "12333"),  # a pension is still 人社's
        ("工伤认定要去哪里申请", "12333"),
        ("失业金怎么申请", "社保经办机构"),
    ],
)
def test_pensions_and_work_injury_stay_with_human_resources(question: str, office: str) -> None:
    answer = consultation_answer(question)
    assert office in answer and "12393" not in answer


def test_a_medical_insurance_question_is_a_consultation_not_a_case() -> None:
    assert is_consultation("退休后医保关系转移去哪里办")


@pytest.mark.parametrize(
    "question",
    ["劳动仲裁要交钱吗？去哪里申请？", "申请仲裁在哪里办啊", "勞動仲裁怎麼申請", "仲裁委在哪 要花钱不"],
)
def test_labour_arbitration_is_free_and_applied_for_at_the_commission(question: str) -> None:
    answer = consultation_answer(question)
    assert "不收费" in answer and "劳动人事争议仲裁委员会" in answer


@pytest.mark.parametrize(
    "question",
    [
        "我想給我爸爸辦投靠子女落戶 我是租的公租房 能不能辦",  # traditional characters, a 公租房 beside it
        "老人想迁入我这边的户口 要什么材料",
        "孩子上户要带啥",
        "准迁证在哪开",
        "入户要不要房产证",
    ],
)
def test_a_household_registration_goes_to_the_police_station(question: str) -> None:
    office = office_for(question)
    assert "派出所" in office and "住房保障" not in office


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("他是二级残疾 护理补贴和生活补贴九月份开始就没发了", "残疾补贴要带什么材料去办"),
        ("养老金上个月开始少了三百", "去哪里办手续"),
        ("低保今年突然给停了", "重新申请在哪办 要啥证件"),
    ],
)
def test_a_desk_asked_while_a_matter_is_recorded_keeps_the_intake(story: str, question: str) -> None:
    """Asked at the summary ("要带什么材料去办"): the office, and the matter still recorded — never "这不用登记"."""
    answer = specific_answer(question, story=story)
    assert answer is not None and "不用登记" not in answer and "照样帮您登记" in answer
    assert "不用登记成信访事项" in specific_answer(
        question
    )  # no matter told: a plain question about a service
