"""A progress check as people ask for it: "我上个月在你们这登记过一个事 想问问到哪一步了" starts the check, not a new
intake; after a miss "那咋整 我记得就是这个号啊" is told what can be done, and "算了 我回去翻翻本子再说" ends the
check kindly instead of being taken for another wrong phone number."""

from __future__ import annotations

import pytest
from rasa_sdk.events import FollowupAction

from actions.conversation import HandleUnclear
from actions.progress import LOST, CheckProgress, ValidateProgressForm
from actions.progress_turns import CHECK_HELP, PUT_OFF_REPLY, asks_progress
from bot.domain.text import normalize_for_parsing
from tests.actions.conftest import make_tracker, run_action, texts

WRONG_NUMBER = "号码好像不对"


@pytest.mark.parametrize(
    "text",
    [
        "我上个月在你们这登记过一个事 想问问到哪一步了",
        "我之前反映的那个事办得怎么样了",
        "上個月報過一個問題 有結果沒",
        "前几天投诉的事情有没有消息",
        "我登记的那个事进度咋样",
    ],
)
async def test_asking_after_a_matter_filed_here_starts_the_check(text: str) -> None:
    slots, dispatcher, events = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert FollowupAction("progress_form") in events
    assert "issue_text" not in slots
    assert "记下来" not in texts(dispatcher)


@pytest.mark.parametrize("text", ["我反映过好几次物业不修电梯 一直没有结果", "我们村的路修得怎么样了谁管"])
async def test_a_story_is_no_progress_check(text: str) -> None:
    _, _, events = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert FollowupAction("progress_form") not in events


def _after_a_miss(text: str):
    slots = {"progress_case_number": "XF20261105-0037", "progress_misses": 1.0}
    return make_tracker(
        text, intent="inform", slots=slots, active_loop="progress_form", requested_slot="progress_phone"
    )


@pytest.mark.parametrize("text", ["那咋整 我记得就是这个号啊", "那怎么办", "咋弄啊 我记得没错"])
async def test_what_now_after_a_miss_is_answered(text: str) -> None:
    slots, dispatcher, _ = await run_action(ValidateProgressForm(), _after_a_miss(text))
    assert CHECK_HELP in texts(dispatcher)
    assert WRONG_NUMBER not in texts(dispatcher)
    assert not slots


@pytest.mark.parametrize("text", ["算了 我回去翻翻本子再说", "不查了", "等我找到编号再说", "改天再查吧"])
async def test_putting_the_check_off_ends_it_kindly(text: str) -> None:
    slots, dispatcher, _ = await run_action(ValidateProgressForm(), _after_a_miss(text))
    assert PUT_OFF_REPLY in texts(dispatcher)
    assert WRONG_NUMBER not in texts(dispatcher)
    assert slots["progress_case_number"] == slots["progress_phone"] == LOST
    _, told, _ = await run_action(CheckProgress(), make_tracker(slots=slots, active_loop=None))
    assert "没有找到" not in texts(told)  # nothing looked up, no miss told


async def test_a_number_after_all_is_still_read() -> None:
    slots, dispatcher, _ = await run_action(
        ValidateProgressForm(), _after_a_miss("算了 再试一次 13945871126")
    )
    assert "没有找到" in texts(dispatcher)  # the number was checked
    assert PUT_OFF_REPLY not in texts(dispatcher)


def _number_asked(text: str, intent: str = "inform"):
    return make_tracker(
        text, intent=intent, slots={}, active_loop="progress_form", requested_slot="progress_case_number"
    )


async def test_a_lost_number_still_gets_the_ways_to_check_without_it() -> None:
    slots, _, _ = await run_action(ValidateProgressForm(), _number_asked("算了 编号忘了"))
    assert slots["progress_outcome"] == "no_number"


async def test_what_now_is_not_met_with_not_understood_first() -> None:
    tracker = _after_a_miss("那咋整 我记得就是这个号啊")
    _, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert not dispatcher.messages  # the check answers it


async def test_saying_again_that_it_is_a_check_gets_no_number_not_found_note() -> None:
    tracker = _number_asked("不是新的事 我是查进度", intent="check_progress")
    _, dispatcher, _ = await run_action(ValidateProgressForm(), tracker)
    assert "没找到事项编号" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "ends"),
    [("查不到啊 那一个月没人联系正常吗 超期了我找谁", False), ("不查了 我就问一个月没人联系正常吗", True)],
)
async def test_is_the_wait_normal_during_the_check_is_answered(text, ends):
    # hr-029: the question was taken for a wrong phone number, then passed over
    slots, dispatcher, _ = await run_action(ValidateProgressForm(), _after_a_miss(text))
    said = texts(dispatcher)
    assert "60日" in said and WRONG_NUMBER not in said
    assert (slots.get("progress_case_number") == LOST) is ends


@pytest.mark.parametrize(
    "text",
    [
        "我上礼拜在你们这反映过小区垃圾站的事 编号找不到了 电话是13309871234 能查吗",  # hq-018
        "我之前反映过一个事 能帮我查查吗",
        "上个月登记过 编号忘了",
        "你好 我前几天登记过低保的事 想问问有人管了没",
        "上回反映的那个事 有人处理了吗",
        "之前投诉过的路灯 受理了吗",
        "我上个月在这登記過 處理了沒有",
    ],
)
def test_a_matter_brought_before_and_a_wish_to_check_is_a_progress_check(text):
    assert asks_progress(normalize_for_parsing(text))


@pytest.mark.parametrize(
    "text",
    [
        "我反映过好几次了 他们就是不管 你们能查一下他们吗",
        "我报过警了 查一下监控",
        "我去年反映过 没人管 这次又坏了",
        "我们反映过好多次了 到底有没有人管",
        "上次报过警 没人管 今天又来闹了",
    ],
)
def test_asking_to_look_into_someone_is_no_progress_check(text):
    assert not asks_progress(normalize_for_parsing(text))


def _in_progress_form(text: str, slots: dict, requested_slot: str):
    return make_tracker(
        text, intent="inform", slots=slots, active_loop="progress_form", requested_slot=requested_slot
    )


async def test_a_corrected_case_number_is_tried_with_the_phone_already_given(monkeypatch) -> None:
    """lead-092: "哦 编号可能记错了 是XF…" after a miss is looked up with the phone she gave, not asked for it again."""
    tried: list[tuple[str, str]] = []

    def fake_look_up(dispatcher, tracker, number, phone, tell_found=True):
        tried.append((number, phone))
        return "found", None

    monkeypatch.setattr("actions.progress.look_up", fake_look_up)
    slots = {
        "progress_case_number": "XF20261206-9999",
        "progress_phone_tried": "15977112233",
        "progress_misses": 1.0,
    }
    tracker = _in_progress_form("哦 编号可能记错了 是XF20261206-0001", slots, "progress_phone")
    updates, _, _ = await run_action(ValidateProgressForm(), tracker)
    assert updates["progress_case_number"] == "XF20261206-0001"
    assert updates["progress_phone"] == "15977112233"
    assert tried == [("XF20261206-0001", "15977112233")]


async def test_the_same_number_again_still_asks_for_the_phone(monkeypatch) -> None:
    monkeypatch.setattr("actions.progress.look_up", lambda *a, **k: ("found", None))
    slots = {
        "progress_case_number": "XF20261206-0001",
        "progress_phone_tried": "15977112233",
        "progress_misses": 1.0,
    }
    tracker = _in_progress_form("XF20261206-0001", slots, "progress_phone")
    updates, _, _ = await run_action(ValidateProgressForm(), tracker)
    assert not updates.get("progress_phone")


async def test_a_new_check_never_reuses_the_phone_of_an_earlier_one(monkeypatch) -> None:
    """hx-018: a phone tried in a check the citizen gave up on is not tried again with the next check's number."""
    tried: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "actions.progress.look_up",
        lambda d, t, number, phone, **k: tried.append((number, phone)) or ("found", None),
    )
    slots = {"progress_case_number": "XF20261105-0031", "progress_phone_tried": "13808467720"}
    tracker = _in_progress_form("查一下进度 XF20261106-0020", slots, "progress_case_number")
    updates, _, _ = await run_action(ValidateProgressForm(), tracker)
    assert not updates.get("progress_phone") and tried == []
