"""A question about the substance of one's own matter is answered in the intake, beside a detail ("包工头张三
要不要告公司") or read as an FAQ intent, and beside the yes to the summary once the case is filed; nothing of
the question is stored."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear
from actions.faq_reply import AnswerFaq
from actions.intake_logic import read_turn
from actions.intake_turn import NoteKind, Turn
from actions.yes_aside import aside_replies
from bot.domain.category import classify_category
from bot.domain.knowledge import faq_answer
from bot.gazetteer import get_gazetteer
from tests.actions.conftest import make_tracker, run_action, texts

# (what was told, the question asked at the pending question, the FAQ entry that answers it)
ASKED = [
    (
        "在工地上从架子上摔下来 腰摔坏了 没人管",
        "工头叫张大海 上面是宏达建筑公司 要不要告公司",
        "work_injury_contractor",
    ),
    ("俺爹在镇医院输液后人就没了", "没有 要不要做尸检 要几天内", "autopsy_time"),
    ("在菜市场买的熟食吃坏了肚子", "能不能让他赔十倍", "food_ten_times"),
    ("我退休的老伴走了 社保那边丧葬费一直没发", "按规定能拿多少", "survivor_grants"),
]


@pytest.mark.parametrize(("story", "question", "key"), ASKED)
def test_answered_in_the_intake_and_nothing_stored(story: str, question: str, key: str) -> None:
    turn = Turn(text=question, intent="inform", slots={"issue_text": story}, requested_slot="legal_status")
    result = read_turn(turn, get_gazetteer(), classify_category)
    answers = [note.text for note in result.notes if note.kind is NoteKind.ANSWER]
    assert faq_answer(key) in answers
    assert "答不准" not in "".join(note.text or "" for note in result.notes)


@pytest.mark.parametrize("intent", ["ask_duration", "ask_channels"])
async def test_read_as_an_faq_intent(intent: str) -> None:
    tracker = make_tracker("这个钱按规定能拿多少啊", intent=intent, slots={"issue_text": ASKED[3][0]})
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    reply = texts(dispatcher)
    assert "12333" in reply and "第34条" not in reply


def test_beside_the_yes_the_story_just_filed_answers() -> None:
    filed = {"case_number": "XF20261205-0001", "route": "civil_dispute", "issue_text": None}
    story = "邻居盖猪圈占了俺家宅基地一米多"
    replies = aside_replies(filed, "对 提交 能不能让他把猪圈拆了", story)
    assert replies == [faq_answer("remove_encroachment")]


# a short question that refers back to a question asked before the story ("今年涨没涨" after "养老金咋没见涨")
EARLIER = "养老金今年涨了没有啊 我的咋没见涨"


@pytest.mark.parametrize(
    "question", ["我也不知道告谁 就想问问今年涨没涨", "跳过 你就告诉我涨没涨", "今年到底漲冇漲"]
)
def test_a_question_referring_back_is_answered_with_the_earlier_messages(question: str) -> None:
    turn = Turn(
        text=question,
        intent="inform",
        slots={"issue_text": "我在南京 鼓楼区 宁海路街道 企业退休的"},
        requested_slot="respondent",
        said_earlier=EARLIER,
    )
    result = read_turn(turn, get_gazetteer(), classify_category)
    answers = [note.text for note in result.notes if note.kind is NoteKind.ANSWER]
    assert faq_answer("pension_rise") in answers


def test_without_earlier_messages_the_honest_no_answer_stays() -> None:
    turn = Turn(
        text="就想问问今年涨没涨",
        intent="inform",
        slots={"issue_text": "企业退休的"},
        requested_slot="respondent",
    )
    result = read_turn(turn, get_gazetteer(), classify_category)
    assert faq_answer("pension_rise") not in [note.text for note in result.notes]


async def test_taken_for_nothing_the_earlier_messages_answer() -> None:
    tracker = make_tracker("那到底涨没涨 找谁问", intent="nlu_fallback", active_loop=None)
    tracker.events[:0] = [{"event": "user", "text": EARLIER}]
    _, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "12333" in texts(dispatcher)
