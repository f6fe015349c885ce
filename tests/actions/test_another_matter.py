"""Another matter told in the middle of an intake ("还有一件事 小区电梯也老坏") is kept for after this case,
and is never taken as the answer to the question being asked."""

from __future__ import annotations

import pytest

from actions.matter_split import another_matter, split_matters
from actions.several_matters import SeveralMatters
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STARTED = {
    "issue_text": "小区门口那个垃圾站臭死了",
    "category": "环境保护",
    "location": "湖南省益阳市赫山区",
    "location_code": "430903",
}


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("还有一件事 小区电梯也老坏", "小区电梯也老坏"),
        ("另外一个问题：楼下菜市场占道经营", "楼下菜市场占道经营"),
        ("我再反映个事，村里的路灯坏了半年", "村里的路灯坏了半年"),
        ("对了，还有个事情，物业乱收停车费", "物业乱收停车费"),
        ("顺便说一件事，公交站牌被撞倒了", "公交站牌被撞倒了"),
        ("還有一件事，電梯老壞", "電梯老壞"),  # traditional characters
        ("还有一件事", None),  # only announced: the citizen tells it next
        ("还有 他们骂人", None),  # more of the same matter
        ("另外他还打了我", None),
        ("还有一个是电梯", None),  # a list item: split_matters' business
    ],
)
def test_another_matter(text, story):
    assert another_matter(text) == story


@pytest.mark.parametrize("intent", ["tell_problem", "inform"])
async def test_another_matter_at_a_question_is_kept_and_not_taken_as_the_answer(intent):
    tracker = make_tracker(
        "还有一件事 小区电梯也老坏", intent=intent, requested_slot="respondent", slots=STARTED
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in slots
    assert slots["pending_matters"] == ["小区电梯也老坏"]
    assert slots["more_matters"] is True
    assert slots.get("issue_text") in (None, STARTED["issue_text"])  # the first story is not extended
    said = texts(dispatcher)
    assert "小区电梯也老坏" in said and "先把第一件登记完" in said


async def test_another_matter_read_as_several_matters_is_kept_too():
    tracker = make_tracker(
        "还有一件事 小区电梯也老坏",
        intent="several_matters",
        requested_slot="respondent",
        slots={**STARTED, "pending_matters": ["路灯不亮"]},
    )
    slots, dispatcher, _ = await run_action(SeveralMatters(), tracker)
    assert slots["pending_matters"] == ["路灯不亮", "小区电梯也老坏"]
    assert slots["more_matters"] is True


@pytest.mark.parametrize(
    ("text", "stories"),
    [
        (
            "物业天天半夜装修的噪音 投诉了好几次没人管！！！还有小区门口那个垃圾站臭死了😡",
            ["物业天天半夜装修的噪音 投诉了好几次没人管", "小区门口那个垃圾站臭死了😡"],
        ),
        (
            "物業天天半夜裝修的噪音！還有小區門口那個垃圾站臭死了",
            ["物業天天半夜裝修的噪音", "小區門口那個垃圾站臭死了"],
        ),
        (
            "路灯坏了两个月了。另外，小区门口的垃圾桶好几天没人清",
            ["路灯坏了两个月了", "小区门口的垃圾桶好几天没人清"],
        ),
        (
            "楼下饭店油烟太大了? 还有就是公交站的站牌被撞倒了没人修",
            ["楼下饭店油烟太大了", "公交站的站牌被撞倒了没人修"],
        ),
    ],
)
def test_a_new_sentence_opened_with_also_is_another_matter(text, stories):
    assert split_matters(text) == stories


@pytest.mark.parametrize(
    "text",
    [
        "我家隔壁开了个烧烤店 油烟直接往我家窗户里灌 晚上吵到两三点 还有他们把垃圾堆在楼道里",  # no sentence end
        "就是厂里拖了两个月工资没发 还有社保也一直没给我们交",
        "厂里拖了两个月工资没发。还有他们也不给交社保",  # the same party goes on
        "工资拖了三个月没发！还有",
        "路灯坏了两个月没人修。还有希望你们尽快派人来看看",  # the citizen's wish, no matter
        "房子漏水物业不管。另外我想问一下要多久能处理",
        "噪音太大了！还有就这些",
    ],
)
def test_also_that_goes_on_with_the_same_matter_splits_nothing(text):
    assert split_matters(text) == []


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("还有 我家的低保上个月停了 这是两件事", "我家的低保上个月停了"),
        ("另外，小区路灯坏了半年 两码事啊", "小区路灯坏了半年"),
        ("仲有 我屋企嘅水费乱收 两件事嚟㗎", "我屋企嘅水费乱收"),  # Cantonese
        ("還有 學校亂收補課費 是兩件事", "學校亂收補課費"),  # traditional characters, kept as written
    ],
)
def test_a_bare_also_and_two_matters_said_tells_another_matter(text, story):
    assert another_matter(text) == story


@pytest.mark.parametrize("text", ["还有 他们还打人", "还有 两件事", "另外 这两件事都找过街道"])
def test_a_bare_also_without_another_matter_said_is_no_matter(text):
    assert another_matter(text) is None
