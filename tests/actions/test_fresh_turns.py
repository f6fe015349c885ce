"""Turns fresh testers' citizens wrote that the intake misread (issue 15): a rhetorical question that answers
the court question, a time told ahead taken for stop, a thanks mid-way. Inputs written for these tests."""

from __future__ import annotations

import pytest

from actions.consultation import follow_up_answer
from actions.conversation import HandleUnclear
from actions.faq_reply import specific_answer
from actions.more_story import announces_only
from actions.question_detect import complains_why_not, detect_question
from actions.question_kinds import QuestionKind
from actions.route_question import yes_or_no
from actions.unclear_replies import ANNOUNCED_REPLY, unclear_reply
from actions.validate_intake import ValidateIntakeForm
from bot.domain.text import normalize_for_parsing
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "俺家老爷子住院花了三万多 医保才报了几千块", "category": "劳动和社会保障"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("那玩意儿打啥官司啊 没有", "ask_what_is_petition"),
        ("打么子官司哦 冇得", "ask_channels"),
        ("我一个老婆子打什么官司 没有", "ask_what_is_petition"),
        ("打啥官司呀 哪有钱请律师", "ask_channels"),
        ("没有 告啥状啊", "ask_next_steps"),
        ("木有 官司打不起", "ask_channels"),
    ],
)
async def test_a_rhetorical_question_at_the_court_question_answers_no(text, intent):
    tracker = make_tracker(text, intent=intent, slots=STORY, requested_slot="legal_status")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["legal_status"] == "none"
    assert "信访就是" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("要不要打官司？", "ask_channels"),
        ("我能起诉他们吗", "ask_next_steps"),
    ],
)
async def test_a_real_question_about_court_still_goes_to_the_rules(text, intent):
    tracker = make_tracker(text, intent=intent, slots=STORY, requested_slot="legal_status")
    slots, _, events = await run_action(ValidateIntakeForm(), tracker)
    assert "legal_status" not in slots and events == []


async def test_what_suing_costs_is_answered_and_is_no_court_status():
    tracker = make_tracker(
        "打官司要花多少钱", intent="ask_channels", slots=STORY, requested_slot="legal_status"
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "legal_status" not in slots
    assert "诉讼费" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("啱", True),
        ("系啊", True),
        ("冇错", True),
        ("冇问题", True),
        ("中", True),
        ("得", True),
        ("要得", True),
        ("对头", True),
        ("嗯呐", True),
        ("是嘞", True),
        ("係啊", True),
        ("木有", False),
        ("冇", False),
        ("唔系", False),
        ("唔啱", False),
        ("不得行", False),
        ("莫得", False),
    ],
)
def test_dialect_yes_and_no_answer_the_route_question(text, answer):
    assert yes_or_no(text, None) is answer


@pytest.mark.parametrize(
    "text",
    [
        "俺娘的养老金 这俩月咋没到账嘞",
        "工资为什么还不发",
        "我的低保咋给取消了",
        "为啥不给我们通水",
        "俺家的地咋被占了",
        "退休金怎麼一直沒漲",
        "凭什么扣我们绩效",
    ],
)
async def test_a_grievance_told_as_why_not_is_the_story(text):
    tracker = make_tracker(text, intent="tell_problem", slots={}, requested_slot=None)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == text
    assert "答不准" not in texts(dispatcher)


@pytest.mark.parametrize("text", ["要收费吗", "为什么要留电话", "怎么不能匿名", "能不能起诉"])
def test_a_real_question_is_no_why_not_grievance(text):
    assert not complains_why_not(text)


@pytest.mark.parametrize(
    "text",
    [
        "俺在河南省信阳市光山县",
        "河南省周口市郸城县 俺娘在汲冢镇",
        "我家住在長沙市岳麓区",
        "就在溆浦县那边",
        "今年三月份",
    ],
)
@pytest.mark.parametrize("requested", [None, "issue_text"])
async def test_a_place_or_a_time_alone_is_no_story(text, requested):
    tracker = make_tracker(text, intent="inform", slots={}, requested_slot=requested)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
    assert slots.get("location") or slots.get("occurred_at")


@pytest.mark.parametrize(
    "text", ["养老金没发 在河南省周口市郸城县", "工地欠我工资 在长沙市雨花区", "去年三月我在厂里被老板打了"]
)
async def test_a_matter_with_its_place_or_time_is_still_the_story(text):
    tracker = make_tracker(text, intent="tell_problem", slots={}, requested_slot=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == text


@pytest.mark.parametrize(
    "text",
    [
        "同志 我想问个事",
        "您好，有个情况想反映一下",
        "我有个问题",
        "请问一下",
        "想咨詢個事情",
        "喂喂 在吗 我要反映个事",
        "问个事哈",
        # who the writer is and whom they ask for: still nothing of the matter
        "你好，我係香港嘅，想幫屋企老人家問下",
        "我替俺爹问个事",
        "想帮我爷爷问个事",
        "我是她女儿 想替我妈问问",
    ],
)
def test_an_opening_that_announces_a_question_is_welcomed(text):
    assert announces_only(normalize_for_parsing(text))
    assert unclear_reply(text) == ANNOUNCED_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "我想问问低保咋申请",
        "我要反映工资的事",
        "我想说说俺家的事",
        "同志你好 厂里欠薪",
        "帮我妈问个事 她的低保没了",
    ],
)
def test_an_opening_that_says_the_matter_is_no_bare_announcement(text):
    assert not announces_only(normalize_for_parsing(text))


@pytest.mark.parametrize("text", ["我还想问个事", "同志 我有个问题"])
async def test_an_announcement_mid_way_is_no_story_and_no_failed_answer(text):
    tracker = make_tracker(text, intent="tell_problem", slots=dict(STORY), requested_slot="occurred_at")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots and "occurred_at" not in slots
    assert "您说，我听着" in texts(dispatcher) and "没太看懂" not in texts(dispatcher)


@pytest.mark.parametrize("intent", ["thanks", "greet"])
async def test_thanks_mid_way_is_acknowledged_not_treated_as_a_failed_answer(intent):
    text = {"thanks": "好的 谢谢", "greet": "你好"}[intent]
    tracker = make_tracker(text, intent=intent, slots=dict(STORY), requested_slot="respondent")
    assert (await run_action(ValidateIntakeForm(), tracker))[2] == []  # left to the rules' small-talk action
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    said = texts(dispatcher)
    assert ("不客气" in said) if intent == "thanks" else ("您好" in said)
    assert "接着来" not in said and "没太看懂" not in said and "respondent" not in slots


@pytest.mark.parametrize("text", ["你问这个搞么子", "问这个干啥", "问这么细做什么"])
async def test_why_the_category_is_asked_is_explained_and_nothing_is_stored(text):
    tracker = make_tracker(text, intent="nlu_fallback", slots={"issue_text": STORY["issue_text"]})
    tracker.slots["requested_slot"] = "category"
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "category" not in slots
    assert "你帮我选" in texts(dispatcher) and "答不准" not in texts(dispatcher)


@pytest.mark.parametrize(
    "text",
    ["那要带啥材料", "反映这个要带什么材料吗", "需要准备哪些证据？", "去信访局要帶些什麼東西", "材料要哪些"],
)
def test_what_to_bring_is_answered_from_the_knowledge_file(text):
    assert detect_question(text) is QuestionKind.MATERIALS
    answer = specific_answer(text)
    assert answer is not None and "聊天记录" in answer and "第19条" in answer and "身份证" in answer


LOW_INCOME_QUESTION = "俺想问问 俺老两口都七十多了 没儿没女 能不能吃上低保 咋申请"


@pytest.mark.parametrize(("text", "office"), [("那要带啥材料", "民政"), ("办残疾证要带啥证件", "残联")])
def test_what_to_bring_after_a_question_about_a_service_names_that_service(text, office):
    answer = follow_up_answer(LOW_INCOME_QUESTION, text, "光山县")
    assert answer is not None and "身份证" in answer and office in answer


@pytest.mark.parametrize(
    ("before", "place_text", "place", "office"),
    [
        (LOW_INCOME_QUESTION, "俺在河南省信阳市光山县", "光山县", "光山县民政部门"),
        (
            "问一下 今年的城乡居民医保一个人交多少钱 在哪交",
            "我在湖南省邵阳市邵东市",
            "邵东市",
            "邵东市医疗保障局",
        ),
    ],
)
async def test_a_county_told_after_a_question_about_a_service_gets_that_countys_office(
    before, place_text, place, office
):
    tracker = make_tracker(place_text, intent="inform", slots={}, requested_slot=None)
    tracker.events.insert(0, {"event": "user", "text": before, "parse_data": {}})
    slots, dispatcher, events = await run_action(ValidateIntakeForm(), tracker)
    assert office in texts(dispatcher) and "属于哪一类" not in texts(dispatcher)
    assert "issue_text" not in slots and slots["location"].endswith(place)
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)


async def test_a_story_after_a_question_about_a_service_starts_the_intake():
    text = "我去申请了三回 乡里一直不给办 在河南省信阳市光山县"
    tracker = make_tracker(text, intent="tell_problem", slots={}, requested_slot=None)
    tracker.events.insert(0, {"event": "user", "text": LOW_INCOME_QUESTION, "parse_data": {}})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{LOW_INCOME_QUESTION}\n{text}"  # the question asked first heads the story


@pytest.mark.parametrize(
    ("piece", "intent"), [("证", "nlu_fallback"), ("房本", "inform"), ("那个证", "out_of_scope")]
)
async def test_a_story_typed_in_pieces_keeps_every_piece(piece, intent):
    slots = {"issue_text": "宅基地", "category": "国土资源", "matter_kind": "投诉请求"}
    tracker = make_tracker(piece, intent=intent, slots=slots, requested_slot="location")
    updates, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert updates["issue_text"] == f"宅基地\n{piece}"
    assert "没太看懂" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent"), [("不知道", "inform"), ("啥意思", "nlu_fallback"), ("嗯", "affirm")]
)
async def test_a_non_answer_after_a_short_story_is_no_piece_of_it(text, intent):
    slots = {"issue_text": "宅基地", "category": "国土资源", "matter_kind": "投诉请求"}
    tracker = make_tracker(text, intent=intent, slots=slots, requested_slot="location")
    updates, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in updates
