"""At the place question: a short piece of the matter is kept as story ("俺们村好多户都没给"), not answered with
"没太看懂"; a place taken back in the same breath ("青菏街道 不对 是普连集镇") is not read, the one after it is."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.gazetteer import get_gazetteer
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "俺家的地流转给合作社了\n说好每亩每年八百 今年的流转费到现在没给"


@pytest.mark.parametrize("said", ["俺们村好多户都没给", "村里二十多户都还没拿到钱", "好几户的钱到现在都没发"])
async def test_a_short_piece_of_the_matter_is_kept(said):
    tracker = make_tracker(
        said, intent="tell_problem", slots={"issue_text": STORY}, requested_slot="location"
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{STORY}\n{said}"
    assert "没太看懂" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("菏泽 曹县 青菏街道 不对 是普连集镇", "371721102"),
        ("菏泽曹县青菏街道，不对，应该是普连集镇", "371721102"),
        ("北京市海淀区 说错了 是朝阳区", "110105"),
        ("北京市海淀区 不对 是朝陽區", "110105"),
    ],
)
def test_a_place_taken_back_is_not_read(said, code):
    found = get_gazetteer().resolve(said)
    assert found.status == "found" and found.location_code.startswith(code)


async def test_the_place_said_after_the_one_taken_back_answers_the_question():
    said = "菏泽 曹县 青菏街道 不对 是普连集镇"
    tracker = make_tracker(said, slots={"issue_text": STORY}, requested_slot="location")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location_code"] == "371721102"
    assert "青菏" not in texts(dispatcher)
    assert "issue_text" not in slots


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("好的，帮我登记一下", "location"),
        ("曲江康华医院啊 刚说了", "legal_status"),
        ("不是新的事啊 就是刚才那个", "location"),
    ],
)
async def test_a_short_message_that_tells_nothing_of_the_matter_is_no_story(said, asked):
    tracker = make_tracker(said, intent="tell_problem", slots={"issue_text": STORY}, requested_slot=asked)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
