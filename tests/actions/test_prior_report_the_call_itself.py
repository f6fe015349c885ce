"""A call to the hotline the story complains of, told at another question, is the matter itself: no earlier
report is recorded for it; another contact told the same way is kept."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action

STORY = "我要投诉12345的一个接线员 态度太差了 我话没说完她就挂了 工号是1083"


async def said_at_place_question(text: str, story: str = STORY) -> dict:
    slots = {"issue_text": story, "category": "其他"}
    tracker = make_tracker(text, requested_slot="location", slots=slots)
    updated, _, _ = await run_action(ValidateIntakeForm(), tracker)
    return updated


@pytest.mark.parametrize(
    "text", ["天津和平区 就是打12345那个电话 昨天下午打的", "和平区 昨天打过12345 就那次"]
)
async def test_the_call_complained_of_is_no_earlier_report(text):
    assert (await said_at_place_question(text)).get("prior_report") == "未曾反映"


async def test_another_office_told_is_kept():
    updated = await said_at_place_question(
        "天津和平区 找过街道办 没人管", story="小区门口垃圾堆了一个月 没人清"
    )
    assert "街道办" in (updated.get("prior_report") or "")


async def test_the_police_reported_to_in_traditional_characters_is_no_respondent():
    tracker = make_tracker(
        "對門那個男的天天拿菜刀在樓道裡晃 報警了幾次 警察來了說他是病人管不了 哈爾濱市道里區",
        intent="tell_problem",
        active_loop=None,
    )
    updated, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "警察" in (updated.get("prior_report") or "")
    assert updated.get("respondent") != "警察"
