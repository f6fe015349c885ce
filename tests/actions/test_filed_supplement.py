"""More told about the case just filed is added to it ("刚才那个再补充一点：…"), never a second case's intake; a
message only pointing back ("我是说补充到刚才那件里") is answered; "还有个事 …" stays a new matter."""

from __future__ import annotations

import pytest

from actions import services
from actions.filed_supplement import adds_to_filed, supplement_of, tells_something
from actions.validate_intake import ValidateIntakeForm
from bot.cases import CaseInput
from tests.actions.conftest import play

STORY = "物业公司从2024年起擅自动用住宅专项维修资金八十多万"


def _filed(conversation_id: str = "test-user") -> str:
    filed = services.case_repository().file_case(
        CaseInput(filing_key="supplement", issue_text=STORY, conversation_id=conversation_id)
    )
    return filed.case.case_number


@pytest.mark.parametrize(
    ("text", "added"),
    [
        (
            "刚才那个再补充一点：物业去年还把小区公共绿地改成了收费停车位，收的钱也没入公共收益账户",
            "公共绿地",
        ),
        ("补充一下 他们还把电梯停了三天", "电梯停了三天"),
        ("刚才那件事我再补充几句 物业经理姓王 天天躲着不见人", "物业经理姓王"),
        ("補充一下：業委會也沒成立", "业委会也没成立"),
        ("我想追加一点 之前那个事 物业还涨了停车费", "涨了停车费"),
    ],
)
def test_what_is_added_is_found_without_the_words_of_adding(text, added):
    assert adds_to_filed(text)
    supplement = supplement_of(text)
    assert added in supplement and "补充" not in supplement and tells_something(supplement)


@pytest.mark.parametrize(
    "text", ["还有个事 村里低保户评的都是村干部亲戚", "我想买补充医疗保险", "小区电梯又坏了", "签了补充协议"]
)
def test_no_word_of_adding_to_the_filed_case(text):
    assert not adds_to_filed(text)


@pytest.mark.parametrize(
    "text", ["就是刚才那个小区啊，我是说补充到刚才那件里", "我要补充", "补充到刚才那件里"]
)
def test_pointing_back_tells_nothing_new(text):
    assert not tells_something(supplement_of(text))


async def test_a_supplement_after_filing_is_added_to_the_filed_case_and_no_intake_starts():
    number = _filed()
    turn = await play(
        ValidateIntakeForm(),
        "刚才那个再补充一点：物业去年还把小区公共绿地改成了收费停车位，收的钱也没入公共收益账户",
        intent="tell_problem",
        slots={"case_number": number, "route": "hotline_12345"},
    )
    assert number in turn.said and "加到" in turn.said
    assert "issue_text" not in turn.slots or turn.slots["issue_text"] is None
    story = services.case_repository().get_by_number(number).issue_text
    assert story.startswith(STORY) and "公共绿地改成了收费停车位" in story and "补充一点" not in story


async def test_pointing_back_after_a_supplement_is_answered_and_nothing_stored():
    number = _filed()
    earlier = [
        {"event": "slot", "name": "case_number", "value": number},
        {
            "event": "user",
            "text": "刚才那个再补充一点：物业去年还把公共绿地改成了收费停车位",
            "parse_data": {},
        },
    ]
    turn = await play(
        ValidateIntakeForm(),
        "就是刚才那个小区啊，我是说补充到刚才那件里",
        earlier=earlier,
        intent="tell_problem",
        slots={"case_number": number, "route": "hotline_12345"},
    )
    assert "不用再说一遍" in turn.said and number in turn.said
    assert services.case_repository().get_by_number(number).issue_text == STORY


async def test_another_conversations_case_is_not_changed():
    number = _filed(conversation_id="someone-else")
    turn = await play(
        ValidateIntakeForm(),
        "补充一下 他们还把电梯停了三天",
        intent="tell_problem",
        slots={"case_number": number, "route": "hotline_12345"},
    )
    assert "工作人员" in turn.said and number in turn.said
    assert services.case_repository().get_by_number(number).issue_text == STORY


async def test_a_case_checked_with_its_phone_in_this_conversation_is_added_to():
    """Back in a new conversation: the progress checked with the case's phone, then "补充一下 …" adds to that case."""
    number = _filed(conversation_id="the-day-it-was-filed")
    turn = await play(
        ValidateIntakeForm(),
        "补充一下 昨天河里又死了一大片鱼 我拍了照片",
        intent="tell_problem",
        slots={"checked_case_number": number},
    )
    assert number in turn.said and "加到" in turn.said
    assert "又死了一大片鱼" in services.case_repository().get_by_number(number).issue_text


async def test_a_case_only_named_is_not_added_to():
    """A number said without the phone or query code checked is nobody's proof: nothing is added."""
    number = _filed(conversation_id="the-day-it-was-filed")
    await play(
        ValidateIntakeForm(),
        f"补充一下 {number} 那个事 他们还把电梯停了三天",
        intent="tell_problem",
        slots={},
    )
    assert services.case_repository().get_by_number(number).issue_text == STORY
