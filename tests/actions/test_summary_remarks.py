"""Remarks about the record at the summary the classifier was unsure of: the urgent flag declined, a detail on
record said again. Answered, the summary kept, nothing added to the story (lead-113, hf-023)."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear
from actions.summary_remarks import already_written, urgent_remark
from tests.actions.conftest import make_tracker, run_action, texts

SUMMARY = {
    "issue_text": "小区物业费一年涨了两次 业委会都没开会",
    "category": "城乡建设",
    "respondent": "石桥村村支书刘德厚",
    "petitioner_name": "孙桂香",
    "urgent": True,
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "紧急就不用了 刚才是开玩笑的",
        "不用标紧急了 说的气话",
        "緊急就免了吧 我沒事的",
        "加急就算了 我说着玩的",
    ],
)
def test_the_urgent_flag_declined_with_the_alarm_taken_back_is_dropped(text):
    assert urgent_remark(text, SUMMARY) == (urgent_remark(text, SUMMARY)[0], False)


def test_the_urgent_flag_declined_without_taking_the_alarm_back_stays():
    reply, stays = urgent_remark("紧急的不要了 事情正常办就行", SUMMARY)
    assert stays and "留着" in reply


@pytest.mark.parametrize("text", ["物业说不急", "他们说这事不着急 慢慢来", "对 提交"])
def test_other_words_are_no_remark_on_the_flag(text):
    assert urgent_remark(text, SUMMARY) is None


@pytest.mark.parametrize(
    "text", ["你没听懂 我说的是书记的名字 刘德厚 记上", "我说的是刘德厚", "名字 孙桂香 写上啊"]
)
def test_a_detail_on_record_said_again_is_already_written(text):
    assert "已经记上了" in already_written(text, SUMMARY)


@pytest.mark.parametrize("text", ["我说的是他上个月又涨了一次", "刘德厚还打了人", "你没听明白 是另一个人"])
def test_a_new_thing_said_is_not_taken_for_a_detail_said_again(text):
    assert already_written(text, SUMMARY) is None


async def test_the_remark_is_answered_and_never_added_to_the_story():
    tracker = make_tracker(
        "紧急就不用了吧 我刚才开玩笑的", intent="nlu_fallback", slots=SUMMARY, active_loop=None
    )
    updates, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert updates == {"urgent": False}
    assert "去掉了" in texts(dispatcher)
