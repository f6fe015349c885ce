"""A question whose route the story does not decide yet, about a service the story names, gets that service's office
and rule instead of the general list: "能告他们吗" of a disclosure request unanswered (20 working days, 政府信息公开条例
第33条; review first), "这样合理吗" of a cemetery's fees (民政), "找谁" of a pension cut (12333). New phrasings written
for these tests (dialect, traditional characters), none a corpus message."""

from __future__ import annotations

import pytest

from actions.consultation import is_consultation, service_answer
from actions.question_detect import detect_question
from actions.questions import answer_in_context, answered_aside

DISCLOSURE = "去年十月向县自然资源局申请公开征地批复 过了两个多月一直没答复"
CEMETERY = "我娘的骨灰寄存在县殡仪馆 今年突然说寄存费要涨到一年一千二 不交钱就要挪走"


@pytest.mark.parametrize("question", ["我能告他们吗", "可以去法院告不", "能不能起訴他們"])
def test_can_i_sue_over_a_disclosure_request_unanswered(question: str) -> None:
    told = f"{DISCLOSURE} {question}"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "20个工作日" in answer and "第33条" in answer and "复议" in answer
    assert "赡养费" not in answer


@pytest.mark.parametrize("question", ["这样合理吗", "这合不合规矩啊", "這樣收費正常嗎"])
def test_is_it_fair_of_a_funeral_fee_names_civil_affairs(question: str) -> None:
    told = f"{CEMETERY} {question}"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "民政" in answer and "不能替他们下结论" not in answer


def test_a_fee_demanded_with_a_threat_is_a_matter_not_a_consultation() -> None:
    assert not is_consultation(f"{CEMETERY} 这样合理吗")


@pytest.mark.parametrize(
    "question", ["养老金咋少发了 找哪个部门", "養老金少了 歸誰管", "俺的养老金少了 找谁问去啊"]
)
def test_which_office_of_a_pension_cut(question: str) -> None:
    answer = answer_in_context(detect_question(question), question) or ""
    assert "12333" in answer


def test_can_i_sue_keeps_the_general_answer_when_the_office_names_no_legal_way() -> None:
    told = "孩子转学的事 学校一直拖着 我能告学校吗"
    answer = answer_in_context(detect_question(told), told) or ""
    assert "教育局" not in answer or "起诉" in answer


@pytest.mark.parametrize("question", ["这钱要退吗", "多领的要退不", "要退伐"])
def test_whether_to_pay_back_takes_the_service_from_the_story(question: str) -> None:
    answer = service_answer(question, "社保局说我养老金多领了 每个月扣我的钱") or ""
    assert "12333" in answer


@pytest.mark.parametrize(
    "question", ["这钱要退吗 我女儿说不用退", "多领的钱要退伐 阿拉老头子讲勿要退", "這錢要退嗎 鄰居說不用"]
)
def test_what_another_says_beside_the_question_adds_no_matter(question: str) -> None:
    assert answered_aside(question, "社保局说我养老金多领了两万 每个月从卡里扣")


def test_more_of_the_matter_beside_the_question_is_still_the_story() -> None:
    assert not answered_aside("这钱要退吗 他们还把我的卡冻结了 存款也扣光了", "社保局说我养老金多领了")
