"""A question about the citizen's own situation is answered whatever question is pending, nothing of it is
stored, and the pending question stays pending (the form asks it again); read as an FAQ intent, the rules'
answer is the situation's answer too, with the story's route."""

from __future__ import annotations

import pytest

from actions.faq_reply import AnswerFaq
from actions.intake_logic import read_turn
from actions.intake_turn import NoteKind, Turn
from actions.slots import INTAKE_SLOTS
from actions.validate_intake import ValidateIntakeForm
from bot.domain.category import classify_category
from bot.gazetteer import get_gazetteer
from tests.actions.conftest import make_tracker, play, run_action, texts

PENDING = list(INTAKE_SLOTS[1:])  # every question the intake asks after the story
# (what was told, the question, a phrase its answer must have)
ASKED = [
    ("城管把我水果摊收了 三轮车和水果全拉走了", "东西能要回来吗", "扣押决定书"),
    ("网上刷单被骗了三万六 去派出所报了案 一直没消息", "是不是他们不给立案啊 我该怎么办", "立案监督"),
    ("公司两年没跟我签劳动合同 现在要辞退我", "那没签合同的双倍工资能要吗", "劳动合同法第82条"),
    ("公司拖欠我三个月工资", "仲裁一般多久能出结果", "45日"),
    ("公司不给加班费", "那到底去哪里申请仲裁啊", "劳动合同履行地"),
    ("我妈在医院做手术 胆管被弄破了 医院不认", "我能起诉医院吗？还是找卫健委？", "行政调解"),
    ("楼道里好大一股煤气味 消防来了 现在没事了", "那还用登记吗", "登不登记由您定"),
    ("法院判他还我八万 判决生效大半年了 他一分不给", "这事找你们有用吗", "强制执行"),
    ("小区门口垃圾没人清", "信訪局電話是多少", "12345"),
]


@pytest.mark.parametrize("pending", PENDING)
@pytest.mark.parametrize(("story", "question", "phrase"), ASKED)
def test_answered_at_any_pending_question_and_nothing_stored(pending, story, question, phrase) -> None:
    turn = Turn(text=question, intent="inform", slots={"issue_text": story}, requested_slot=pending)
    result = read_turn(turn, get_gazetteer(), classify_category)
    answers = [note.text for note in result.notes if note.kind is NoteKind.ANSWER]
    assert answers and phrase in answers[0]
    assert pending not in result.updates  # asked again by the form, never filled with the question
    assert "答不准" not in "".join(note.text or "" for note in result.notes)


@pytest.mark.parametrize("intent", ["ask_what_is_petition", "ask_channels", "ask_duration", "ask_next_steps"])
@pytest.mark.parametrize(("story", "question", "phrase"), ASKED)
async def test_read_as_an_faq_intent_the_answer_is_the_situation_s(intent, story, question, phrase) -> None:
    tracker = make_tracker(question, intent=intent, slots={"issue_text": story})
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    reply = texts(dispatcher)
    assert phrase in reply and "信访就是您通过网上" not in reply
    assert dispatcher.messages[-1]["response"] == "utter_intake_resumed"  # then the pending question


async def test_a_progress_query_is_not_told_we_go_on_with_the_intake() -> None:
    tracker = make_tracker(
        "那我打电话问问吧 信访局电话多少", intent="ask_channels", active_loop="progress_form"
    )
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    assert "12345" in texts(dispatcher)
    assert all(m.get("response") != "utter_intake_resumed" for m in dispatcher.messages)


@pytest.mark.parametrize("intent", ["ask_channels", "inform"])
async def test_asking_our_number_at_the_phone_question_stores_no_phone(intent) -> None:
    # "你们电话多少？" asked while we ask for theirs: the office's number is explained, the phone stays asked
    turn = await play(
        ValidateIntakeForm(),
        "你们电话多少？",
        intent=intent,
        slots={"issue_text": "厂里拖欠我们三个月工资"},
        requested_slot="phone",
    )
    assert "phone" not in turn.slots and "12345" in turn.said
