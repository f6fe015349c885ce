"""Difficult citizens (issue 15): an answer given with a question, an unsure classifier, a question asked over
and over, pinyin, a lost case number, a correction at the summary and a crisis victim not made to pick a class."""

from __future__ import annotations

import re

import pytest

import bot.domain.routing
from actions.conversation import DefaultFallback, HandleUnclear, ReplyOutOfScope
from actions.filing import FileCase
from actions.form_asks import AskCategory, crisis_category
from actions.intake_turn import Turn
from actions.progress import LOST_NUMBER_REPLY, ValidateProgressForm
from actions.route_question import AnswerRouteQuestion
from actions.several_matters import SeveralMatters
from actions.slots import NOT_PROVIDED
from actions.turn_adapter import read_turn_safely, reading_intent
from actions.turn_replies import LET_GO_NOTE
from actions.unclear_replies import PINYIN_REPLY, looks_like_pinyin
from actions.validate_intake import ValidateIntakeForm
from bot.domain.category import CATEGORIES
from tests.actions.conftest import make_tracker, play, run_turn
from tests.actions.test_filing_and_progress import filled
from tests.actions.test_route_question import CLOSE, WAGES, _asked


@pytest.fixture
def unsure_route(monkeypatch):
    """The route model's reading pinned to a close call, as in test_route_question."""
    real = bot.domain.routing.decide_route
    monkeypatch.setattr(bot.domain.routing, "decide_route", lambda *a, **k: real(*a, scores=CLOSE, **k))


STORY = {"issue_text": "厂里拖欠我们三个月工资，老板躲着不见人", "category": "劳动和社会保障"}


async def answer(text: str, intent: str, requested: str, **tracker):
    """The intake form reading `text`, said while `requested` is asked about the wage STORY."""
    return await play(
        ValidateIntakeForm(), text, intent=intent, slots=STORY, requested_slot=requested, **tracker
    )


async def unsure(text: str, requested: str, ranking: list[tuple[str, float]]):
    """An unclear message about the wage STORY, the classifier's guesses in `ranking`."""
    return await play(
        HandleUnclear(), text, intent="nlu_fallback", slots=STORY, requested_slot=requested, ranking=ranking
    )


async def out_of_form(action, text: str, intent: str):
    """`action` on a message sent while no form is open."""
    return await play(action, text, intent=intent, active_loop=None)


@pytest.mark.parametrize(
    ("text", "intent", "phone", "asks"),
    [
        ("号码是 159 7361 2098，我们厂里会不会知道是我反映的？", "ask_privacy", "15973612098", "知道"),
        ("１８６７２３４５６１０ 晚上八点以后打 白天在车间", "ask_channels", "18672345610", None),
        ("留个座机吧 0731-84561234 这个要收费吗", "ask_channels", "0731-84561234", "不收费"),
        ("手机13511112222，登记完多久有人联系我", "ask_next_steps", "13511112222", None),
        ("電話１３９００１３９０００ 會保密吧", "ask_privacy", "13900139000", None),
    ],
)
async def test_a_phone_given_with_a_question_is_kept_and_the_question_answered(text, intent, phone, asks):
    turn = await answer(text, intent, "phone", confidence=0.6)
    assert turn.slots["phone"] == phone
    if asks:
        assert asks in turn.said


async def test_when_to_call_given_with_the_phone_is_kept_whatever_the_classifier_read():
    turn = await answer("18672345610 晚上八点以后打 白天在车间", "ask_channels", "phone")
    assert turn.slots["contact_note"]
    assert "晚上八点以后打" in turn.slots["contact_note"]


async def test_a_name_given_with_a_question_is_kept():
    turn = await answer("我叫李秀英，名字会不会透露给村里？", "ask_privacy", "petitioner_name")
    assert turn.slots["petitioner_name"] == "李秀英"
    assert "第30条" in turn.said or "知道" in turn.said


@pytest.mark.parametrize(
    ("text", "intent", "requested"),
    [
        # "你们电话多少？" is answered by the form itself: test_situation_questions_in_intake
        ("可以通过哪些渠道反映？", "ask_channels", "phone"),
        ("登记完多久有结果？", "ask_duration", "petitioner_name"),
        ("提交了以后怎么弄", "ask_next_steps", "phone"),
    ],
)
async def test_a_question_without_the_answer_is_left_to_the_rules(text, intent, requested):
    turn = await answer(text, intent, requested)
    assert turn.events == []  # the rules answer it, then the form asks again


def test_the_reading_intent_keeps_the_classifier_when_the_words_do_not_answer():
    message = {"text": "要收费吗", "intent": {"name": "ask_channels"}}
    assert reading_intent(message, "phone", {}) == "ask_channels"
    fallback = {
        "text": "他们说不退 只给换 这不是耍人吗",
        "intent": {"name": "nlu_fallback"},
        "intent_ranking": [{"name": "nlu_fallback"}, {"name": "tell_problem"}, {"name": "deny"}],
    }
    assert reading_intent(fallback, "legal_status", {}) == "tell_problem"
    unsure_deny = {**fallback, "intent_ranking": [{"name": "nlu_fallback"}, {"name": "deny"}]}
    # a story is the story whatever the runner-up, and a guessed "no" in it answers nothing
    assert reading_intent(unsure_deny, "legal_status", {}) == "inform"
    told = Turn(
        text=fallback["text"],
        intent="inform",
        slots={"issue_text": "超市卖过期奶粉"},
        requested_slot="legal_status",
    )
    assert "legal_status" not in read_turn_safely(told).updates


@pytest.mark.parametrize(
    "text", ["你还没说呢 我们三十来个人能不能一块去", "我再问一遍 这个到底收不收钱", "那到底该找哪个部门啊"]
)
async def test_a_question_the_classifier_was_unsure_of_never_becomes_story(text):
    turn = await unsure(text, "location", [("nlu_fallback", 0.45), ("tell_problem", 0.35)])
    assert "issue_text" not in turn.slots
    assert turn.said  # answered, or asked again


@pytest.mark.parametrize(
    "text",
    [
        "店里说不退 就给换一件 这不是坑人吗",
        "物业说等配件 都等了一个多月了 这不是糊弄人吗",
        "他们说要等上面批 这算什么事啊",
    ],
)
async def test_more_of_the_story_the_classifier_was_unsure_of_is_kept(text):
    turn = await unsure(text, "legal_status", [("nlu_fallback", 0.45), ("tell_problem", 0.3), ("deny", 0.2)])
    assert text in turn.slots["issue_text"] and turn.slots["issue_text"].startswith(STORY["issue_text"])
    assert "legal_status" not in turn.slots
    assert "没太看懂" not in turn.said


def asked_before(slot: str, messages: list[tuple[str, str]]) -> list[dict]:
    """Events of earlier messages sent while `slot` was asked."""
    earlier = [{"event": "slot", "name": "requested_slot", "value": slot}]
    for text, intent in messages:
        earlier += [
            {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
            {"event": "action", "name": "action_answer_faq"},
            {"event": "slot", "name": "requested_slot", "value": slot},
        ]
    return earlier


async def test_the_third_question_in_a_row_at_one_question_lets_it_go():
    earlier = asked_before(
        "phone", [("电话干什么用的", "ask_privacy"), ("留了电话会不会被骚扰", "ask_privacy")]
    )
    turn = await answer("你们会不会打电话给我单位？", "ask_privacy", "phone", earlier=earlier)
    assert turn.slots["phone"] == NOT_PROVIDED
    assert LET_GO_NOTE in turn.said
    assert turn.said.index(LET_GO_NOTE) > 0  # the question asked was answered first
    assert not {"issue_text", "category"} & set(turn.slots)  # nothing known is touched


async def test_a_second_question_at_one_question_is_still_answered_by_the_rules():
    earlier = asked_before("phone", [("电话干什么用的", "ask_privacy")])
    turn = await answer("留了电话会不会被骚扰", "ask_privacy", "phone", earlier=earlier)
    assert turn.events == []


async def test_the_place_is_never_let_go():
    earlier = asked_before("location", [("要多久", "ask_duration"), ("你是机器人吗", "ask_channels")])
    turn = await answer("这个要收费吗", "ask_channels", "location", earlier=earlier)
    assert "location" not in turn.slots
    assert LET_GO_NOTE not in turn.said


@pytest.mark.parametrize(
    "text",
    [
        "wo yao tou su lao ban qian gong zi",
        "ni hao wo de shou ji da bu liao zhong wen",
        "Qing wen zen me fan ying wen ti",
        "lao ban qian wo 3000 kuai, zai chang sha",
        "NI HAO WO YAO FAN YING",
        "shouji meiyou zhongwen shurufa",
    ],
)
def test_pinyin_is_recognised(text):
    assert looks_like_pinyin(text)


@pytest.mark.parametrize(
    "text",
    [
        "hello how are you today",
        "Sorry I can only write English",
        "ok",
        "xie xie",
        "老板 qian 我工资",
        "https://x.cn",
    ],
)
def test_other_latin_text_is_not_pinyin(text):
    assert not looks_like_pinyin(text)


async def test_pinyin_gets_a_kind_request_for_characters_not_a_refusal():
    turn = await out_of_form(ReplyOutOfScope(), "wo de lao ban qian wo gong zi bu gei", "out_of_scope")
    assert turn.said == PINYIN_REPLY
    assert "帮不上忙" not in turn.said and "汉字" in turn.said


def followed_by_form(events) -> bool:
    return any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


@pytest.mark.parametrize("text", ["实在想不起来 咋办", "那怎么办呢", "真记不得了", "编号弄丢了 怎么查"])
async def test_a_lost_case_number_asked_about_again_gets_the_ways_to_check(text):
    lost_number = [{"event": "bot", "text": LOST_NUMBER_REPLY}]
    turn = await play(DefaultFallback(), text, intent="skip", active_loop=None, earlier=lost_number)
    assert "信访部门" in turn.said and "没太明白" not in turn.said


async def test_what_now_without_a_lost_number_before_is_no_progress_answer():
    turn = await out_of_form(DefaultFallback(), "那怎么办呢", "nlu_fallback")
    assert "编号" not in turn.said


async def test_a_correction_at_the_summary_shows_the_summary_again():
    slots = {
        **STORY,
        "category": "商贸旅游",
        "location": "新疆维吾尔自治区乌鲁木齐市天山区",
        "awaiting_confirmation": True,
    }
    turn = await play(
        HandleUnclear(),
        "分类应该是城乡建设 楼道的事不归商贸",
        intent="nlu_fallback",
        slots=slots,
        active_loop=None,
    )
    assert turn.slots["category"] == "城乡建设"
    assert followed_by_form(turn.events)


async def test_someone_in_danger_is_not_made_to_pick_a_category():
    slots = {"issue_text": "我男人喝多了就拿皮带抽我 昨晚又打了 我跟娃躲到邻居家", "urgent": True}
    turn = await play(AskCategory(), slots=slots, requested_slot="category")
    assert turn.slots["category"]
    assert "哪一类" not in turn.said
    assert followed_by_form(turn.events)


async def test_everyone_else_still_picks_from_buttons():
    slots = {"issue_text": "楼下饭店油烟太大", "category_candidates": ["环境保护", "城乡建设"]}
    turn = await play(AskCategory(), slots=slots, requested_slot="category")
    assert turn.slots == {}
    assert "哪一类" in turn.said
    assert [b["title"] for b in turn.messages[0]["buttons"]] == ["环境保护", "城乡建设"]


async def test_the_route_question_is_not_asked_a_third_time(unsure_route):
    """Asked, asked again, then the route the story points to is kept and the summary shown."""
    asked = await _asked(WAGES)
    first = await play(AnswerRouteQuestion(), "下午三点", intent="inform", slots=asked, active_loop=None)
    assert "route" not in first.slots
    second = await play(
        AnswerRouteQuestion(),
        "反正就是想要回工钱",
        intent="inform",
        slots={**asked, **first.slots},
        active_loop=None,
        earlier=[{"event": "bot", "text": first.messages[-1]["text"]}],
    )
    assert second.slots["route"] in ("labour_inspection", "litigation")
    assert "请回答" not in second.said
    assert "以上信息对吗" in second.said or second.slots.get("awaiting_confirmation")


@pytest.mark.parametrize(
    "story",
    [
        "我男人喝多了就拿皮带抽我 昨晚又打了 我跟娃躲到邻居家",
        "老公天天喝酒 喝醉了就打我和女儿 身上青一块紫一块",
        "他说再来要债就砍死我 天天堵我家门",
    ],
)
def test_violence_is_kept_as_a_matter_for_police_and_courts_when_the_classifier_is_unsure(story):
    assert crisis_category(story) == "政法"


def test_a_crisis_in_another_matter_keeps_the_class_of_that_matter():
    assert crisis_category("工资要不回来，我真的不想活了 老板欠了半年") == "劳动和社会保障"


@pytest.mark.parametrize("said", ["我先查下刚才那个事 {number} 查询码{code}", "{number}，查詢碼：{code}"])
async def test_a_query_code_named_in_the_first_progress_message_is_read(said):
    anonymous = filled(phone=NOT_PROVIDED, petitioner_name=NOT_PROVIDED)
    filed = await play(FileCase(), "确认", intent="affirm", slots=anonymous, active_loop=None)
    code = re.search(r"查询码：(\d{6})", filed.said).group(1)
    text = said.format(number=filed.slots["case_number"], code=code)
    turn = await play(ValidateProgressForm(), text, intent="check_progress", active_loop="progress_form")
    assert turn.slots["progress_case_number"] == filed.slots["case_number"]
    assert turn.slots["progress_phone"] == code
    assert "请输入" not in turn.said


async def test_six_digits_not_named_a_query_code_are_not_taken_for_one_before_it_is_asked():
    tracker = make_tracker("XF20261128-0001 我2024年反映的 欠了150000元", intent="check_progress")
    tracker.active_loop = {"name": "progress_form"}
    turn = await run_turn(ValidateProgressForm(), tracker)
    assert turn.slots.get("progress_phone") is None


@pytest.mark.parametrize(
    "story",
    [
        "张局长您好 我们村的自来水停了一个多礼拜了 在衡阳市衡南县 再这样下去我们就去省里反映",
        "欠了俺们半年工钱 在周口市川汇区 这事不解决俺就去北京告",
        "物业收了钱不修电梯 在株洲市芦淞区 咱们再不管 大家就到北京去",
    ],
)
async def test_a_threat_to_go_over_the_office_s_head_is_answered_with_article_20(story):
    turn = await out_of_form(ValidateIntakeForm(), story, "tell_problem")
    assert "第20条" in turn.said and "心情我理解" in turn.said
    assert "北京" not in (turn.slots.get("location") or "")  # a threat names no place
    assert turn.slots["issue_text"] == story


async def test_other_pressure_is_acknowledged_and_a_plain_story_gets_no_such_note():
    pressed = await out_of_form(
        ValidateIntakeForm(), "厂里再不发工资 我们就去市政府拉横幅 在岳阳市岳阳楼区", "tell_problem"
    )
    assert pressed.said.count("心情我理解") == 1 and "第20条" not in pressed.said
    plain = await out_of_form(ValidateIntakeForm(), "厂里三个月没发工资了 在岳阳市岳阳楼区", "tell_problem")
    assert "心情我理解" not in plain.said


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("你还没说呢 我们三十来个人能不能一块去", False),
        ("我再问一遍 这个到底收不收钱", False),
        ("他们说要等上面批文 等了大半年了 到底要多久", True),  # more of the story, with a question
    ],
)
async def test_a_question_read_as_story_is_answered_and_not_kept_as_the_matter(text, kept):
    turn = await answer(text, "tell_problem", "location")
    assert ("issue_text" in turn.slots) is kept


@pytest.mark.parametrize(
    ("third", "intent"),
    [("嗯嗯", "affirm"), ("啥意思啊", "nlu_fallback"), ("要收钱不", "ask_channels")],
)
async def test_a_category_question_not_answered_three_times_is_picked_from_the_story(third, intent):
    # no class stands out (things piled at the door are the estate's, 城乡建设, since ht-020)
    slots = {"issue_text": "他们家老跟我们过不去 说了也不听"}
    earlier = asked_before("category", [("不知道", "inform"), ("看不懂这些", "out_of_scope")])
    turn = await play(
        ValidateIntakeForm(), third, intent=intent, slots=slots, requested_slot="category", earlier=earlier
    )
    assert turn.slots["category"] in CATEGORIES
    assert "换一类" in str(turn.messages)
    assert turn.slots.get("issue_text") is None  # the story as told stays


async def test_details_given_once_at_the_category_question_get_it_asked_again():
    slots = {"issue_text": "村里把俺家的地收了 一分钱没给"}
    turn = await play(
        ValidateIntakeForm(),
        "去年秋天的事",
        intent="inform",
        slots=slots,
        requested_slot="category",
        earlier=asked_before("category", []),
    )
    assert "category" not in turn.slots


async def test_details_told_again_past_the_category_question_get_it_picked():
    # an elderly writer who goes on telling past the buttons was asked the category six times (lead-025)
    slots = {"issue_text": "村里把俺家的地收了 一分钱没给"}
    earlier = asked_before("category", [("在邵阳市隆回县", "inform")])
    turn = await play(
        ValidateIntakeForm(),
        "去年秋天的事",
        intent="inform",
        slots=slots,
        requested_slot="category",
        earlier=earlier,
    )
    assert turn.slots["category"] in CATEGORIES
    assert "换一类" in str(turn.messages)


LISTED = "我要反映两件事，一是楼下饭店油烟直排，二是小区物业乱收停车费，都在株洲市荷塘区"


async def split_asked(text: str):
    """A request to split the LISTED story, made while its category is asked."""
    return await play(
        SeveralMatters(),
        text,
        intent="several_matters",
        slots={"issue_text": LISTED},
        requested_slot="category",
    )


async def test_asking_to_split_two_matters_can_answer_the_question_asked_too():
    turn = await split_asked("两个事 分开登记吧 先登记油烟的 环境保护")
    assert turn.slots["category"] == "环境保护"
    assert turn.slots["issue_text"] == "楼下饭店油烟直排，都在株洲市荷塘区"
    assert turn.slots["pending_matters"] == ["小区物业乱收停车费，都在株洲市荷塘区"]


async def test_asking_to_split_without_an_answer_sets_nothing_else():
    turn = await split_asked("这是两件事 能分开登记吗")
    assert "category" not in turn.slots or turn.slots["category"] is None


@pytest.mark.parametrize(
    "text",
    [
        "村主任就是个土皇帝！！不给他送礼就不给批宅基地！！在浏阳市！！",
        "物业经理天天骂人 还把我家门口的灯给拆了 在岳麓区",
    ],
)
async def test_an_angry_story_taken_for_small_talk_starts_the_intake(text):
    turn = await out_of_form(ReplyOutOfScope(), text, "out_of_scope")
    assert turn.slots["issue_text"] == text.strip()
    assert followed_by_form(turn.events)
    assert "帮不上忙" not in turn.said


@pytest.mark.parametrize("text", ["今天天气怎么样", "帮我写一首诗", "推荐个好吃的饭店"])
async def test_small_talk_still_gets_the_scope(text):
    turn = await out_of_form(ReplyOutOfScope(), text, "out_of_scope")
    assert turn.slots == {} and not followed_by_form(turn.events)
    assert turn.messages[0].get("response") == "utter_out_of_scope"


@pytest.mark.parametrize("action", [DefaultFallback(), HandleUnclear()])
@pytest.mark.parametrize("text", ["電話是13574129865 你幫我查一下不行嗎", "13574129865 就这个电话 帮我查查"])
async def test_a_phone_alone_after_the_lost_number_answer_is_told_why_it_is_not_enough(action, text):
    """lead-043: the phone given after "编号忘了" got "没太明白"."""
    lost_number = [{"event": "bot", "text": LOST_NUMBER_REPLY}]
    turn = await play(action, text, intent="nlu_fallback", active_loop=None, earlier=lost_number)
    assert "只凭电话" in turn.said and "没太明白" not in turn.said
    assert turn.slots.get("progress_phone") == "13574129865"  # kept for the check and "就是刚才那个电话"
