"""Two matters told without list marks become two cases; what the citizen says about the matters during the
intake ("这是两件事啊", "那坡道的呢", "先登补贴的 …") is answered and never taken as a detail; a head count the
classifier took for several matters is read as the answer it is."""

from __future__ import annotations

import pytest
from rasa_sdk.events import FollowupAction

from actions.conversation import HandleUnclear
from actions.faq_reply import AnswerFaq
from actions.several_matters import OfferNextMatter, SeveralMatters
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

SUBSIDY = "残疾人两项补贴停了半年了 社区说是系统问题让我等，济南历下区 甸柳新村街道"
RAMP = "我家楼下盲道和无障碍坡道天天被电动车堵 我出不了门 济南历下区 甸柳新村街道"
FIRST_OF_TWO = {
    "issue_text": SUBSIDY,
    "category": "民政",
    "location": "山东省济南市历下区甸柳新村街道",
    "location_code": "370102",
    "pending_matters": [RAMP],
    "more_matters": True,
}


async def test_a_story_with_another_matter_after_another_is_two_cases():
    story = "残疾人两项补贴停了半年了 社区说是系统问题让我等 另外我家楼下坡道天天被电动车堵 济南历下区"
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "坡道" not in slots["issue_text"] and "补贴" in slots["issue_text"]
    assert slots["pending_matters"] == ["我家楼下坡道天天被电动车堵 济南历下区"]
    assert slots["location_code"].startswith("370102")  # the place said last is the first matter's too
    assert "两件事" in texts(dispatcher)


async def test_saying_they_are_two_once_split_changes_no_detail():
    tracker = make_tracker(
        "这是两件事啊 补贴那个找的社区 坡道那个是物业不管",
        intent="nlu_fallback",
        requested_slot="respondent",
        slots=FIRST_OF_TWO,
    )
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "已经分开了" in texts(dispatcher)
    assert not {"respondent", "prior_report", "issue_text", "pending_matters"} & set(slots)


async def test_asking_after_a_matter_says_which_is_filed_now():
    tracker = make_tracker(
        "那坡道的呢", intent="nlu_fallback", requested_slot="respondent", slots=FIRST_OF_TWO
    )
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "记着呢" in texts(dispatcher) and "坡道" in texts(dispatcher)
    assert "respondent" not in slots and "issue_text" not in slots
    now = {**FIRST_OF_TWO, "issue_text": RAMP, "pending_matters": None, "more_matters": None}
    tracker = make_tracker("那坡道的呢", intent="nlu_fallback", requested_slot="category", slots=now)
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "现在登记的就是这件" in texts(dispatcher) and "issue_text" not in slots


async def test_which_first_said_with_the_answer_leaves_the_answer():
    tracker = make_tracker(
        "先登补贴的 对象是历下区残联", intent="inform", requested_slot="respondent", slots=FIRST_OF_TWO
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "历下区残联" in slots["respondent"] and "先登" not in slots["respondent"]


async def test_a_head_count_taken_for_several_matters_is_the_answer():
    known = {"issue_text": "有人天天来店里收保护费 不交就砸店", "category": "政法"}
    tracker = make_tracker(
        "我和我老公 还有两个帮工", intent="several_matters", requested_slot="people_count", slots=known
    )
    slots, dispatcher, events = await run_action(SeveralMatters(), tracker)
    assert slots.get("people_count") and "more_matters" not in slots
    assert "一件事登记一件" not in texts(dispatcher)
    assert FollowupAction("intake_form") in events


async def test_asked_at_the_summary_the_story_is_split_and_the_summary_shown_again():
    known = {
        "issue_text": "门口的路灯坏了一个多月了 还有小区的垃圾三天没人收了",
        "category": "城乡建设",
        "awaiting_confirmation": True,
    }
    tracker = make_tracker("这是两个事 你给分开登记", intent="several_matters", active_loop=None, slots=known)
    slots, dispatcher, events = await run_action(SeveralMatters(), tracker)
    assert slots["issue_text"] == "门口的路灯坏了一个多月了"
    assert slots["pending_matters"] == ["小区的垃圾三天没人收了"]
    assert slots["awaiting_confirmation"] is False and FollowupAction("intake_form") in events
    assert "分开登记" in texts(dispatcher)


async def test_a_story_told_in_several_messages_is_not_cut_at_a_bare_also():
    known = {"issue_text": "五保名额给了村会计他娘 还有俺家危房改造的钱少了\n五保是今年夏天换的"}
    tracker = make_tracker("这是两个事", intent="several_matters", active_loop=None, slots=known)
    slots, _, _ = await run_action(SeveralMatters(), tracker)
    assert "issue_text" not in slots and slots["more_matters"] is True


async def test_the_next_matter_told_is_taken_up_by_the_intake_at_once():
    known = {
        "petitioner_name": "孙立平",
        "phone": "18653112345",
        "pending_matters": [RAMP],
        "more_matters": True,
    }
    tracker = make_tracker("对", intent="affirm", active_loop=None, slots=known)
    slots, dispatcher, events = await run_action(OfferNextMatter(), tracker)
    assert slots["issue_text"] == RAMP and slots["next_matter_ready"] is True
    assert FollowupAction("intake_form") in events
    assert "姓名和电话我沿用" in texts(dispatcher)


NEXT = {
    "issue_text": "俺家的低保也被停了 都是广西百色田林县 潞城瑶族乡的",
    "category": "民政",
    "location": "广西壮族自治区百色市田林县潞城瑶族乡",
    "location_code": "451029",
    "next_matter_ready": True,
}


async def test_the_next_matter_told_again_gives_who_and_when():
    told = "低保被停了 今年八月停的 潞城乡民政办停的 也没说为啥"
    tracker = make_tracker(told, intent="tell_problem", requested_slot="occurred_at", slots=NEXT)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["occurred_at"].endswith("-08") and "民政办" in slots["respondent"]
    assert "location_code" not in slots  # "潞城" is not read again out of context


async def test_only_the_next_matter_taken_up_is_read_again():
    told = "低保被停了 今年八月停的 潞城乡民政办停的 也没说为啥"
    first = {**NEXT, "next_matter_ready": None}
    tracker = make_tracker(told, intent="tell_problem", requested_slot="occurred_at", slots=first)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in slots
    known = {**NEXT, "respondent": "乡政府"}  # a detail known is never replaced by a retelling
    tracker = make_tracker(told, intent="tell_problem", requested_slot="occurred_at", slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") in (None, "乡政府")


async def test_two_matters_said_after_the_filing_start_the_second():
    told = "补贴停了半年了 社区说让我等 另外我家楼下坡道天天被电动车堵 济南历下区"
    tracker = make_tracker(
        "这是两件事啊 你给分开登记",
        intent="several_matters",
        active_loop=None,
        slots={"case_number": "XF20261206-0001", "petitioner_name": "孙立平", "phone": "18653112345"},
    )
    tracker.events[:0] = [{"event": "slot", "name": "issue_text", "value": told}]
    slots, dispatcher, events = await run_action(SeveralMatters(), tracker)
    assert slots["issue_text"] == "我家楼下坡道天天被电动车堵 济南历下区"
    assert "XF20261206-0001" in texts(dispatcher) and FollowupAction("intake_form") in events


async def test_one_matter_filed_is_not_split_after_the_filing():
    tracker = make_tracker(
        "这是两件事啊", intent="several_matters", active_loop=None, slots={"case_number": "XF20261206-0001"}
    )
    tracker.events[:0] = [{"event": "slot", "name": "issue_text", "value": "工资拖了三个月 还有社保也没交"}]
    slots, dispatcher, _ = await run_action(SeveralMatters(), tracker)
    assert "issue_text" not in slots and "先说第一件事吧" in texts(dispatcher)


AT_SUMMARY = {
    "issue_text": "门口的路灯坏了一个多月了 还有小区的垃圾三天没人收了",
    "category": "城乡建设",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("是两件事 能不能分开登记 反映这个要收费吗", "ask_what_is_petition"),
        ("這是兩碼事 分開登記 要不要錢啊", "nlu_fallback"),  # traditional characters
        ("不要写一起 这两个事 你们收不收钱", "out_of_scope"),
    ],
)
async def test_a_split_asked_at_the_summary_with_a_question_splits_and_answers(said, intent):
    """Whatever action the message reaches, the matters are split and the question beside it answered."""
    tracker = make_tracker(said, intent=intent, active_loop=None, slots=AT_SUMMARY)
    action = AnswerFaq() if intent.startswith("ask_") else HandleUnclear()
    slots, dispatcher, events = await run_action(action, tracker)
    assert slots["issue_text"] == "门口的路灯坏了一个多月了"
    assert slots["pending_matters"] == ["小区的垃圾三天没人收了"]
    assert FollowupAction("intake_form") in events
    assert "不收" in texts(dispatcher) or "免费" in texts(dispatcher)


async def test_a_question_at_the_summary_without_a_split_splits_nothing():
    tracker = make_tracker(
        "反映这个要收费吗", intent="ask_what_is_petition", active_loop=None, slots=AT_SUMMARY
    )
    slots, _, _ = await run_action(AnswerFaq(), tracker)
    assert "pending_matters" not in slots


async def test_a_correction_said_with_the_split_is_applied_first():
    """ "不对 是两件事 时间是…": the correction path takes it (the detail changes), no split over it."""
    tracker = make_tracker(
        "不对 是两码事 时间是八月份 要分开",
        intent="nlu_fallback",
        active_loop=None,
        slots={**AT_SUMMARY, "occurred_at": "2026-11"},
    )
    slots, _, _ = await run_action(HandleUnclear(), tracker)
    assert "pending_matters" not in slots
