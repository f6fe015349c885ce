"""The route before filing: shown in the summary, asked about when unclear, corrected by the citizen."""

from __future__ import annotations

import pytest
import yaml

import bot.domain.routing
import bot.route_model.questions
from actions import services
from actions.filing import FileCase
from actions.route_question import AnswerRouteQuestion, yes_or_no
from actions.route_slots import route_basis
from actions.summary import ShowSummary
from bot.domain.knowledge import DEFAULT_PATH
from bot.domain.knowledge_parse import parse_knowledge
from tests.actions.conftest import make_tracker, run_action, texts

WAGES = {
    "issue_text": "干了大半年的活，张老板欠我一万二一直不给",
    "category": "劳动和社会保障",
    "location": "河南省周口市郸城县",
    "location_code": "411625",
    "respondent": "未提供",
    "legal_status": "none",
    "petitioner_name": "王建国",
    "phone": "13800138000",
    "intake_id": "intake-7",
}
# labour inspection and a civil debt equally likely: the employer question decides
CLOSE = {"labour_inspection": 0.45, "litigation/civil_dispute": 0.45, "petition": 0.1}


@pytest.fixture
def unsure(monkeypatch):
    """The model's reading pinned to a close call; the rest of decide_route is the real one."""
    real = bot.domain.routing.decide_route
    monkeypatch.setattr(bot.domain.routing, "decide_route", lambda *a, **k: real(*a, scores=CLOSE, **k))


REWORDED = "给您派活、发工钱的就是他吗？"


@pytest.fixture
def reworded(monkeypatch):
    """The knowledge file with the employer question in other words (the reviewed file is the only source)."""
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for question in data["route_questions"]:
        if question["key"] == "employer":
            question["text"] = REWORDED
    knowledge = parse_knowledge(data)
    monkeypatch.setattr(bot.route_model.questions, "load_knowledge", lambda: knowledge)


async def _asked(slots: dict) -> dict:
    updates, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=slots, active_loop=None))
    return {**slots, **updates}


async def test_a_clear_route_is_in_the_summary_in_plain_words():
    slots, dispatcher, _ = await run_action(
        ShowSummary(), make_tracker(slots={**WAGES, "respondent": "包工头张老板"}, active_loop=None)
    )
    said = texts(dispatcher)
    assert "建议走的途径：劳动保障监察投诉（欠薪、社保等）" in said
    assert dispatcher.messages[-1]["response"] == "utter_ask_confirm"
    assert slots["route"] == "labour_inspection" and slots["route_question"] is None
    assert "按反映内容判断" in slots["route_reason"]
    assert slots["awaiting_confirmation"] is True


async def test_an_unclear_route_is_asked_before_the_summary(unsure):
    slots, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=WAGES, active_loop=None))
    message = dispatcher.messages[-1]
    assert "对方是您的用人单位（老板、公司、包工头）吗？" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == ["/affirm", "/deny"]
    assert "utter_ask_confirm" not in texts(dispatcher) and "请核对" not in texts(dispatcher)
    assert slots["route_question"] == "employer"
    assert slots["route_options"]["yes"][0] == "labour_inspection"
    assert slots["awaiting_confirmation"] is True


async def test_the_question_asked_is_the_one_in_the_knowledge_file(unsure, reworded):
    slots, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=WAGES, active_loop=None))
    assert dispatcher.messages[-1]["text"].endswith(REWORDED)
    assert slots["route_question"] == "employer"
    _, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("下午三点", intent="inform", slots={**WAGES, **slots}, active_loop=None),
    )
    assert dispatcher.messages[-1]["text"] == f"请回答“是”或“不是”：{REWORDED}"


@pytest.mark.parametrize(
    ("text", "intent", "code", "variant", "answer"),
    [
        ("是", "affirm", "labour_inspection", None, "是"),
        ("对，他是我老板", "inform", "labour_inspection", None, "是"),
        ("不是用人单位", "deny", "litigation", "civil_dispute", "不是"),
        ("他不是我老板", "correct_route", "litigation", "civil_dispute", "不是"),
        ("不是，他是我邻居", "inform", "litigation", "civil_dispute", "不是"),
    ],
)
async def test_the_answer_settles_the_route_and_shows_the_summary(
    unsure, text, intent, code, variant, answer
):
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(text, intent=intent, slots=asked, active_loop=None)
    )
    assert (slots["route"], slots["route_variant"]) == (code, variant)
    assert f"群众答：{answer}" in slots["route_reason"]
    assert slots["route_question"] is None and "yes" not in slots["route_options"]
    assert slots["route_options"]["answered"] == {"employer": answer == "是"}
    assert "建议走的途径：" in texts(dispatcher)
    assert dispatcher.messages[-1]["response"] == "utter_ask_confirm"


async def test_dont_know_keeps_the_route_the_story_points_to(unsure):
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("我也不知道算不算", intent="inform", slots=asked, active_loop=None),
    )
    assert slots["route"] in ("labour_inspection", "litigation")
    assert "群众说不清楚" in slots["route_reason"]
    assert "工作人员受理时还会再看" in texts(dispatcher)


async def test_an_answer_that_is_neither_asks_again(unsure):
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("下午三点", intent="inform", slots=asked, active_loop=None)
    )
    assert "route" not in slots and slots["route_question"] == asked["route_question"]  # still open
    assert "请回答“是”或“不是”" in dispatcher.messages[-1]["text"]
    assert dispatcher.messages[-1]["buttons"]


async def test_a_question_at_the_route_question_is_answered_then_asked_again(unsure):
    # hz-018: "…能让她赔不" at the route question got only "请回答是或不是"
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("仲裁要不要钱啊", intent="ask_question", slots=asked, active_loop=None),
    )
    said = texts(dispatcher)
    assert "不收费" in said and "route" not in slots
    assert "请回答“是”或“不是”" in dispatcher.messages[-1]["text"]


async def test_a_settled_route_is_not_asked_again_for_the_same_details(unsure):
    asked = await _asked(WAGES)
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("是", intent="affirm", slots=asked, active_loop=None)
    )
    settled = {**asked, **answered}
    again, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=settled, active_loop=None))
    assert "建议走的途径：劳动保障监察投诉" in texts(dispatcher)
    assert "route_question" not in again
    changed = {**settled, "issue_text": "张老板是我邻居，借了我一万二不还"}
    assert route_basis(changed) != settled["route_basis"]
    redone, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=changed, active_loop=None))
    assert redone["route_question"] == "employer"


@pytest.mark.parametrize(
    ("changed", "answer", "code"),
    [
        ({"respondent": "鑫达建筑公司 还有它的会计"}, "是", "labour_inspection"),
        ({"respondent": "我邻居张某"}, "不是", "litigation"),
        ({"category": "城乡建设"}, "不是", "litigation"),
        ({"issue_text": WAGES["issue_text"] + "\n他说等工程款下来再给"}, "是", "labour_inspection"),
    ],
)
async def test_a_question_answered_is_not_asked_again_when_another_detail_changes(
    unsure, changed, answer, code
):
    asked = await _asked(WAGES)
    intent = "affirm" if answer == "是" else "deny"
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(answer, intent=intent, slots=asked, active_loop=None)
    )
    corrected = {**asked, **answered, **changed}
    assert route_basis(corrected) != answered["route_basis"]
    again, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=corrected, active_loop=None))
    assert again["route_question"] is None and again["route"] == code
    assert "此前已答" in again["route_reason"] and "请核对" in texts(dispatcher)
    assert again["route_options"]["answered"] == {"employer": answer == "是"}


async def test_an_earlier_answer_is_not_used_for_the_next_matter_or_a_story_told_anew(unsure):
    asked = await _asked(WAGES)
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("是", intent="affirm", slots=asked, active_loop=None)
    )
    settled = {**asked, **answered}
    for fresh in ({"intake_id": "intake-8", "category": "城乡建设"}, {"issue_text": "欠我一万二的是我表哥"}):
        again, _, _ = await run_action(
            ShowSummary(), make_tracker(slots={**settled, **fresh}, active_loop=None)
        )
        assert again["route_question"] == "employer"


async def test_route_wrong_asks_the_question_again_though_it_was_answered(unsure):
    asked = await _asked(WAGES)
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("是", intent="affirm", slots=asked, active_loop=None)
    )
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("途径不对", intent="correct_route", slots={**asked, **answered}, active_loop=None),
    )
    assert slots["route_question"] == "employer"
    changed, _, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("不是", intent="deny", slots={**asked, **answered, **slots}, active_loop=None),
    )
    assert changed["route"] == "litigation" and changed["route_options"]["answered"] == {"employer": False}


async def test_route_wrong_asks_the_question_again(unsure):
    settled = {**WAGES, "route": "labour_inspection", "route_basis": route_basis(WAGES)}
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("途径不对", intent="correct_route", slots=settled, active_loop=None),
    )
    assert dispatcher.messages[-1]["text"].startswith("好的，我们重新确认一下途径。")
    assert slots["route_question"] == "employer"


async def test_route_wrong_with_no_question_offers_the_likely_routes_as_buttons():
    story = {**WAGES, "issue_text": "小区电梯坏了一个月物业一直不修", "category": "城乡建设"}
    shown, _, _ = await run_action(ShowSummary(), make_tracker(slots=story, active_loop=None))
    current = {**story, **shown}
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("途径不对", intent="correct_route", slots=current, active_loop=None),
    )
    buttons = dispatcher.messages[-1]["buttons"]
    assert slots["route_question"] == "choose"
    assert 2 <= len(buttons) <= 4
    assert all(b["payload"].startswith('/inform{"route_choice": "') for b in buttons)
    picked = slots["route_options"]["choices"][0]
    chosen, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker(
            buttons[0]["payload"],
            intent="inform",
            entities=[{"entity": "route_choice", "value": picked}],
            slots={**current, **slots},
            active_loop=None,
        ),
    )
    assert "/".join(filter(None, (chosen["route"], chosen["route_variant"]))) == picked
    assert chosen["route_reason"].startswith("群众在建议途径中选择了")
    assert dispatcher.messages[-1]["response"] == "utter_ask_confirm"


async def test_filing_keeps_the_route_and_the_reason_staff_see(unsure):
    asked = await _asked(WAGES)
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("不是", intent="deny", slots=asked, active_loop=None)
    )
    confirmed = {**asked, **answered, "awaiting_confirmation": True}
    slots, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=confirmed, active_loop=None)
    )
    assert slots["route"] == "litigation"
    case = services.case_repository().get_by_number(slots["case_number"])
    assert case.route == "litigation"
    assert "群众答：不是" in case.route_reason


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("是的", None, True),
        ("对", None, True),
        ("没错", None, True),
        ("嗯", None, True),
        ("不是", None, False),
        ("不是用人单位", "correct_route", False),
        ("他不是我老板", "inform", False),
        ("没有", None, False),
        ("好像", "affirm", True),
        ("下午三点", "inform", None),
        ("啱", "out_of_scope", True),  # Cantonese
        ("係呀", None, True),
        ("唔係", None, False),
        ("要得", None, True),
        ("莫得", None, False),
        ("是邻村 不是政府", "deny", True),  # a yes to "对方是个人或者企业（不是政府部门）吗", and who it is
        ("是政府 不是个人", None, False),
    ],
)
def test_yes_or_no(text, intent, expected):
    assert yes_or_no(text, intent) is expected


@pytest.mark.parametrize(
    "text", ["扣工资不应该找劳动局吗 咋成民事纠纷了", "这个不是该劳动监察管吗？", "拖欠工资为啥不找人社局"]
)
async def test_route_wrong_asked_as_a_question_explains_the_route_shown_first(unsure, text):
    settled = {**WAGES, "route": "labour_inspection", "route_basis": route_basis(WAGES)}
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(text, intent="correct_route", slots=settled, active_loop=None)
    )
    said = texts(dispatcher)
    assert "劳动保障监察" in said and "重新确认一下途径" in said
    assert slots["route_question"] == "employer"


@pytest.mark.parametrize(
    ("text", "code", "later"),
    [
        ("对 另外建议一下 路边的护栏也该修修了 都倒了一半", "labour_inspection", "建议：路边的护栏"),
        ("不是 还有个事 村里的路灯坏了半年没人修", "litigation", "村里的路灯"),
    ],
)
async def test_an_answer_with_another_matter_settles_the_route_and_keeps_the_matter(
    unsure, text, code, later
):
    """ "对 另外建议一下 …" at the route question: the yes answers it, the suggestion is kept for after this case."""
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(text, intent="inform", slots=asked, active_loop=None)
    )
    assert slots["route"] == code
    assert slots["pending_matters"][-1].startswith(later)
    assert "记下了" in texts(dispatcher) and "建议走的途径：" in texts(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "啥复议 俺是要工钱 又不是告政府",
        "这个不是告政府 是告老板 他欠我工资",
        "不是复议！！老板拖欠工资 找劳动监察",
    ],
)
async def test_route_wrong_decides_again_from_what_the_citizen_says(text):
    story = {
        **WAGES,
        "issue_text": "在镇上的鞋厂做了四个月 厂子说关就关了 老板人也不见了",
        "respondent": "鞋厂",
        "route": "administrative_review",
        "route_variant": None,
    }
    settled = {**story, "route_basis": route_basis(story)}
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(text, intent="correct_route", slots=settled, active_loop=None)
    )
    said = texts(dispatcher)
    assert "比较合适的途径是：劳动保障监察投诉" in said, said  # put to the citizen as a yes/no question
    assert slots["route_question"] and slots["awaiting_confirmation"] is True
    yes, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("对", intent="affirm", slots={**settled, **slots}, active_loop=None),
    )
    assert yes["route"] == "labour_inspection"
    assert "建议走的途径：劳动保障监察投诉" in texts(dispatcher)  # the summary shows the new route
    assert "行政复议" in yes["route_reason"]  # staff see what was corrected
    assert "respondent" not in yes or yes["respondent"] == "鞋厂"  # the respondent on record stays


@pytest.mark.parametrize(
    ("typed", "code"),
    [("民事纠纷：调解或民事诉讼", "litigation"), ("劳动保障监察投诉（欠薪、社保等）", "labour_inspection")],
)
async def test_a_route_title_typed_at_the_question_answers_it(unsure, typed, code):
    asked = await _asked(WAGES)
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(), make_tracker(typed, intent="inform", slots=asked, active_loop=None)
    )
    assert slots["route"] == code and slots["route_question"] is None
    assert dispatcher.messages[-1]["response"] == "utter_ask_confirm"


async def test_the_same_answer_said_again_at_the_summary_keeps_the_route(unsure):
    asked = await _asked(WAGES)
    answered, _, _ = await run_action(
        AnswerRouteQuestion(), make_tracker("不是", intent="deny", slots=asked, active_loop=None)
    )
    shown = {**asked, **answered, "category": "城乡建设"}
    again, _, _ = await run_action(ShowSummary(), make_tracker(slots=shown, active_loop=None))
    settled = {**shown, **again}
    slots, dispatcher, _ = await run_action(
        AnswerRouteQuestion(),
        make_tracker("都说了不是 他不是我老板", intent="correct_route", slots=settled, active_loop=None),
    )
    assert "您说过了" in texts(dispatcher) and slots["route"] == "litigation"
    assert slots["route_question"] is None and dispatcher.messages[-1]["response"] == "utter_ask_confirm"
