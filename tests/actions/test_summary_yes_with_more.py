"""A yes to the summary with a question, a thanks or a goodbye beside it files the case and answers the rest,
whichever action the classifier sent it to (hm-002, hm-006, hn-009, hn-015, hn-025): never added to the story,
never "没太明白"."""

from __future__ import annotations

import pytest

from actions.conversation import DefaultFallback, HandleUnclear
from actions.faq_reply import AnswerFaq
from actions.progress import LOST, ValidateProgressForm
from actions.stop_intake import StopIntake
from actions.struggle import AnswerFrustration
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "渔政的人说我禁渔期下网 罚了我八千 还把网没收了"
SUMMARY = {
    "issue_text": STORY,
    "category": "农村农业",
    "location": "湖南省益阳市沅江市南大膳镇",
    "location_code": "430981",
    "respondent": "沅江市农业农村局",
    "legal_status": "administrative_decision",
    "petitioner_name": "余四毛",
    "phone": "13574012968",
    "awaiting_confirmation": True,
}
FILED = "已经帮您登记好了"


async def at_summary(action, text, intent, active_loop=None):
    tracker = make_tracker(text, intent=intent, slots=SUMMARY, active_loop=active_loop)
    return await run_action(action, tracker)


@pytest.mark.parametrize(
    ("action", "text", "intent"),
    [
        (HandleUnclear(), "对 提交 罚款我到底要不要先交", "nlu_fallback"),
        (DefaultFallback(), "对 提交 罚款我到底要不要先交", "nlu_fallback"),
        (AnswerFaq(), "对的 交吧 要多久有回复", "ask_duration"),
        (AnswerFaq(), "對 提交 多久能有結果？", "ask_duration"),
        (AnswerFrustration(), "没问题 提交 能不能快点", "express_frustration"),
        (StopIntake(), "算了 先提交吧 多久有回复", "stop"),
        # a clear yes and a question, no "提交" (hr-012): filed, then answered
        (AnswerFaq(), "对 要多久才有结果", "ask_duration"),
    ],
)
async def test_a_yes_with_a_question_files_and_answers(action, text, intent):
    slots, dispatcher, _ = await at_summary(action, text, intent)
    said = texts(dispatcher)
    assert slots["case_number"] and slots["awaiting_confirmation"] is False
    assert FILED in said and "没太明白" not in said
    # the question gets its own reply after the filing and the route
    # (the fine's own answer since the fine-unpayable entry exists; the filed case's answer for the rest)
    last = dispatcher.messages[-1]["text"]
    assert len(dispatcher.messages) >= 3 and ("登记" in last or "第66条" in last)


async def test_a_yes_taken_for_a_story_is_filed_not_added_to_it():
    text = "对的 提交 那我罚款要自己去交吗 我八十了走不动"
    slots, dispatcher, events = await at_summary(ValidateIntakeForm(), text, "tell_problem", "intake_form")
    assert slots["case_number"] and FILED in texts(dispatcher)
    assert "走不动" not in str(slots.get("issue_text"))
    assert {"event": "followup", "name": "action_listen", "timestamp": None} in events


@pytest.mark.parametrize(
    ("text", "intent", "word"),
    [
        ("对 提交 谢谢", "thanks", "不客气"),
        ("好了 提交 辛苦了", "thanks", "不客气"),
        ("对 拜拜", "goodbye", "再见"),
        ("对 麻烦你们了", "thanks", "不客气"),  # hr-015
        ("係，冇問題，唔該晒", "thanks", "不客气"),  # hr-003: Cantonese yes, fine, thanks
    ],
)
async def test_a_yes_with_thanks_or_goodbye_files(text, intent, word):
    slots, dispatcher, _ = await at_summary(HandleUnclear(), text, intent)
    assert slots["case_number"] and FILED in texts(dispatcher) and word in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent"), [("谢谢", "thanks"), ("谢谢你啊", "thanks"), ("再见", "goodbye")]
)
async def test_a_thanks_alone_at_the_summary_files_nothing(text, intent):
    slots, dispatcher, _ = await at_summary(HandleUnclear(), text, intent)
    assert "case_number" not in slots
    assert [m.get("response") for m in dispatcher.messages] == [f"utter_{intent}"]


@pytest.mark.parametrize("action", [StopIntake(), HandleUnclear()])
async def test_giving_up_unsure_is_asked_whether_to_file(action):
    slots, dispatcher, _ = await at_summary(action, "算了 我还是去找街道吧", "stop")
    assert "case_number" not in slots and "提交" in texts(dispatcher) and "不用了" in texts(dispatcher)
    assert "没太明白" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("action", "text", "intent"),
    [
        (AnswerFaq(), "复议要钱吗", "ask_duration"),
        (AnswerFaq(), "好 我想问一下 多久能有结果", "ask_duration"),
        (AnswerFaq(), "嗯 那要多久能有结果", "ask_duration"),
        (AnswerFaq(), "对的。另外问一下，这种事一般多久能有个说法？", "ask_duration"),
        (HandleUnclear(), "对 名字改成余四毛子", "nlu_fallback"),
    ],
)
async def test_no_yes_files_nothing(action, text, intent):
    slots, dispatcher, _ = await at_summary(action, text, intent)
    assert not slots.get("case_number") and FILED not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent", "changed"),
    [
        (
            "不对 我没打官司啊 还有名字是余四 余是多余的余",
            "inform",
            {"legal_status": "none", "petitioner_name": "余四"},
        ),
        ("不對，我沒有打官司，名字叫余四", "inform", {"legal_status": "none", "petitioner_name": "余四"}),
        (
            "需要修改：一、诉讼情况有误，尚未提起诉讼；二、反映对象应为沅江市畜牧水产事务中心。",
            "tell_problem",
            {"legal_status": "none", "respondent": "沅江市畜牧水产事务中心"},
        ),
    ],
)
async def test_a_correction_in_sentences_changes_the_fields_only(text, intent, changed):
    slots = {**SUMMARY, "legal_status": "in_court"}
    tracker = make_tracker(text, intent=intent, slots=slots, active_loop="intake_form")
    updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert {k: updates.get(k) for k in changed} == changed
    assert "issue_text" not in updates and not updates.get("case_number")
    tracker = make_tracker(text, intent="nlu_fallback", slots=slots, active_loop=None)
    updates, _, _ = await run_action(HandleUnclear(), tracker)
    assert {k: updates.get(k) for k in changed} == changed and "issue_text" not in updates


async def test_going_elsewhere_after_only_asking_is_no_muddle():
    tracker = make_tracker("算了 我还是去找街道吧", intent="nlu_fallback", slots={}, active_loop=None)
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "没太明白" not in texts(dispatcher) and "随时找我" in texts(dispatcher) and not slots


async def test_a_yes_taken_for_a_progress_check_is_filed_and_nothing_looked_up():
    # hq-010: "对 提交 …有没有时间限制" read as check_progress started the check at the summary
    text = "对 提交 这个事到底有没有时间限制"
    slots, dispatcher, events = await at_summary(
        ValidateProgressForm(), text, "check_progress", "progress_form"
    )
    assert slots["case_number"] and FILED in texts(dispatcher)
    assert "事项编号，格式像" not in texts(dispatcher) and "没找到事项编号" not in texts(dispatcher)
    assert slots["progress_outcome"] == "summary" and slots["progress_case_number"] == LOST
    assert not any(event.get("event") == "followup" for event in events)
