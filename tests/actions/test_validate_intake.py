"""validate_intake_form on tracker snapshots: answer-ahead, answers, skips, bad input."""

from __future__ import annotations

import pytest

from actions.form_asks import AskCategory, AskLocation
from actions.intake_lookups import DISTRICT_ASKED
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from bot.domain.bereavement import LOSS_NOTE
from tests.actions.conftest import make_tracker, run_action, texts
from tests.clock import TODAY, last_year, month_shift

LONG_STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，去年三月开始公司就拖欠我们工资，"
    "一共欠了三个多月，老板一直拖着不给。我们有十几个工人都是这样。我电话13800138000。"
)


@pytest.mark.dates
async def test_long_first_message_fills_what_it_can():
    tracker = make_tracker(LONG_STORY, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == LONG_STORY.strip()
    assert slots["category"] == "劳动和社会保障"
    assert slots["location"].startswith("广东省广州市天河区")
    assert slots["location_code"].startswith("440106")
    assert slots["occurred_at"].startswith(last_year())
    assert slots["phone"] == "13800138000"
    assert slots["intake_id"]
    assert slots["intake_turns"] == 1.0


async def test_full_width_phone_answers_the_phone_question():
    tracker = make_tracker("我的手机是１３９ ００１３ ９０００", requested_slot="phone")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["phone"] == "13900139000"
    assert not dispatcher.messages


async def test_invalid_phone_gets_a_clear_answer_and_nothing_is_set():
    tracker = make_tracker("1380013", requested_slot="phone", slots={"issue_text": "物业乱收费"})
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "phone" not in slots
    assert "11位" in texts(dispatcher)


@pytest.mark.parametrize("slot", ["occurred_at", "respondent", "people_count"])
async def test_optional_question_can_be_skipped(slot):
    tracker = make_tracker("跳过", intent="skip", requested_slot=slot)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots[slot] == NOT_PROVIDED


@pytest.mark.parametrize(
    ("slot", "response"), [("petitioner_name", "utter_skipped_name"), ("phone", "utter_skipped_phone")]
)
async def test_skipping_the_name_or_phone_explains_what_it_costs(slot, response):
    tracker = make_tracker("不想说", intent="skip", requested_slot=slot)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots[slot] == NOT_PROVIDED
    assert [m["response"] for m in dispatcher.messages] == [response]


async def test_a_required_question_cannot_be_skipped():
    tracker = make_tracker("跳过", intent="skip", requested_slot="location")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "location" not in slots
    assert dispatcher.messages[0]["response"] == "utter_required_answer"


async def test_deny_answers_legal_status_and_prior_report():
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker("没有", intent="deny", requested_slot="legal_status")
    )
    assert slots["legal_status"] == "none"
    slots, _, _ = await run_action(
        ValidateIntakeForm(), make_tracker("没有", intent="deny", requested_slot="prior_report")
    )
    assert slots["prior_report"]


@pytest.mark.parametrize("text", ["", "   ", "😀😀🙏", "？？？"])
async def test_empty_or_emoji_only_keeps_everything(text):
    known = {"issue_text": "小区噪音扰民", "phone": "13800138000"}
    # classified as an answer: the form keeps it, says it saw nothing, and asks again
    tracker = make_tracker(text, intent="inform", requested_slot="location", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert set(slots) <= {"intake_id", "intake_turns"}
    assert dispatcher.messages, "the citizen must hear something"
    # classified as fallback: the form is rejected and action_handle_unclear answers (see its tests)
    fallback = make_tracker(text, intent="nlu_fallback", requested_slot="location", slots=known)
    assert (await run_action(ValidateIntakeForm(), fallback))[2] == []


async def test_a_known_detail_is_not_overwritten_by_a_later_mention():
    known = {"location": "北京市海淀区", "location_code": "110108", "issue_text": "噪音"}
    tracker = make_tracker("我以前住在上海市浦东新区", requested_slot="respondent", slots=known)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "location" not in slots


async def test_questions_are_not_read_as_answers_outside_a_form():
    tracker = make_tracker(
        "多久能有结果？", intent="ask_duration", requested_slot="respondent", active_loop=None
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in slots
    assert not dispatcher.messages


async def test_resumed_form_does_not_read_the_old_message_again():
    tracker = make_tracker("13800138000", requested_slot="phone", latest_action_name="action_answer_faq")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "phone" not in slots
    assert slots["intake_turns"] == 1.0


async def test_ambiguous_district_offers_choices_then_a_button_resolves_it():
    tracker = make_tracker("朝阳区", requested_slot="location", slots={"issue_text": "小区违建"})
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "location" not in slots
    codes = {c["code"] for c in slots["location_candidates"]}
    assert {"110105", "220104"} <= codes
    ask_slots, ask_dispatcher, _ = await run_action(
        AskLocation(), make_tracker(slots={"location_candidates": slots["location_candidates"]})
    )
    payloads = [b["payload"] for b in ask_dispatcher.messages[0]["buttons"]]
    assert any("110105" in p for p in payloads)

    button = make_tracker(
        '/inform{"location_code": "110105"}',
        requested_slot="location",
        entities=[{"entity": "location_code", "value": "110105"}],
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), button)
    assert slots["location"] == "北京市朝阳区"
    assert slots["location_code"] == "110105"


async def test_a_city_alone_is_asked_for_its_district_once():
    # "就火车站对面 那个小区叫铁路新村 在株洲": the note asks for the district; the form's question is not said too
    tracker = make_tracker(
        "就火车站对面 那个小区叫铁路新村 在株洲",
        requested_slot="location",
        slots={"issue_text": "菜市场太吵"},
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert any(DISTRICT_ASKED in t for t in said) and "location" not in slots
    tracker.events.extend({"event": "bot", "text": t} for t in said)
    _, ask_dispatcher, _ = await run_action(AskLocation(), tracker)
    assert ask_dispatcher.messages == []
    _, plain, _ = await run_action(AskLocation(), make_tracker(requested_slot="location"))
    assert "发生在哪里" in plain.messages[0]["text"]


@pytest.mark.parametrize("text", ["荷塘区吧 具体街道不晓得", "株洲荷塘区 街道记不得了", "荷塘區 街道不知道"])
async def test_a_district_with_the_street_not_known_is_the_place(text):
    # the classifier's skip for "不晓得" does not throw away the district said before it (lead-098)
    tracker = make_tracker(
        text,
        intent="skip",
        requested_slot="location",
        slots={"issue_text": "菜市场天天早上四点卸货 吵", "location_code": "4302"},
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("location_code") == "430202"
    assert not any(m.get("response") == "utter_required_answer" for m in dispatcher.messages)


async def test_unsure_category_is_asked_with_buttons():
    tracker = make_tracker(
        "我有个事情想反映一下，请帮帮忙看看怎么办", intent="tell_problem", active_loop=None
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "category" not in slots
    assert "其他" in slots["category_candidates"]
    _, dispatcher, _ = await run_action(
        AskCategory(), make_tracker(slots={"category_candidates": slots["category_candidates"]})
    )
    assert dispatcher.messages[0]["buttons"]

    chosen = make_tracker(
        '/inform{"category": "民政"}',
        requested_slot="category",
        entities=[{"entity": "category", "value": "民政"}],
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), chosen)
    assert slots["category"] == "民政"


async def test_id_number_is_stored_encrypted_and_shown_masked():
    tracker = make_tracker("身份证号11010519491231002X", requested_slot="petitioner_name")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["id_number"] != "11010519491231002X"
    assert "*" in slots["id_number"]
    assert "11010519491231002X" not in slots["id_number_encrypted"]


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "'; DROP TABLE intake_cases; --",
        "Hello, I want to complain",
        "我們社區的垃圾沒人清理，臭氣熏天",
        "x" * 5000,
    ],
)
async def test_bad_input_never_crashes_and_text_is_kept_as_written(text):
    tracker = make_tracker(text, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    if "issue_text" in slots:
        assert slots["issue_text"] == text.strip()


async def test_naming_the_city_picks_one_of_the_offered_places():
    offered = [{"name": "北京市朝阳区", "code": "110105"}, {"name": "吉林省长春市朝阳区", "code": "220104"}]
    tracker = make_tracker(
        "北京的", intent="nlu_fallback", requested_slot="location", slots={"location_candidates": offered}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location"] == "北京市朝阳区"
    assert slots["location_code"] == "110105"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("多久能有结果？", "ask_duration"),
        ("地址说错了", "correct_detail"),
        ("讲个笑话", "out_of_scope"),
        ("我不想活了", "self_harm"),
    ],
)
async def test_messages_for_the_rules_reject_the_form(text, intent):
    tracker = make_tracker(text, intent=intent, requested_slot="respondent", slots={"intake_id": "x"})
    events = (await run_action(ValidateIntakeForm(), tracker))[2]
    assert events == [], "no SlotSet, so Rasa rejects the form and the rules answer"


@pytest.mark.parametrize("text", ["前年8月份", "13912345678", "去年冬天"])
async def test_an_answer_that_is_plainly_another_detail_is_not_taken_as_the_respondent(text):
    tracker = make_tracker(
        text, requested_slot="respondent", slots={"issue_text": "拆迁补偿款没给", "occurred_at": "2025"}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "respondent" not in slots


async def test_no_category_signal_still_offers_several_classes():
    tracker = make_tracker(
        "就是我们那边有个事情一直没人管，反正挺烦的", intent="tell_problem", active_loop=None
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert len(slots["category_candidates"]) >= 4
    assert slots["category_candidates"][-1] == "其他"


async def test_an_answer_to_the_question_is_not_added_to_the_story():
    story = {"issue_text": "公司拖欠工资三个月"}
    answer = make_tracker(
        "打过12345，让我们找劳动监察，也没下文",
        intent="tell_problem",
        requested_slot="prior_report",
        slots=story,
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), answer)
    assert slots["prior_report"].startswith("打过12345")
    assert "issue_text" not in slots


async def test_more_story_told_later_is_kept_word_for_word():
    story = {"issue_text": "公司拖欠工资三个月"}
    more = "另外老板还扣了我们的押金两千块，说是辞职就不退"
    tracker = make_tracker(more, intent="tell_problem", requested_slot="people_count", slots=story)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"公司拖欠工资三个月\n{more}"


async def test_a_photo_sent_as_evidence_is_kept_and_is_no_answer():
    tracker = make_tracker("[图片] http://mmbiz.qpic.cn/abc", requested_slot="issue_text")
    tracker.events[1]["metadata"] = {
        "wechat": {
            "evidence": {"kind": "image", "media_id": "MEDIA_1", "pic_url": "http://mmbiz.qpic.cn/abc"}
        }
    }
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "issue_text" not in slots
    assert slots["evidence"] == [{"kind": "image", "media_id": "MEDIA_1", "url": "http://mmbiz.qpic.cn/abc"}]


async def test_a_photo_line_typed_on_the_web_plants_no_evidence_link():
    tracker = make_tracker(
        "[图片] http://evil.example/phish", requested_slot="respondent", slots={"issue_text": "噪音"}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "evidence" not in slots  # only the WeChat channel's own media become evidence links


@pytest.mark.parametrize(
    ("text", "slot", "value", "said"),
    [
        ("没有打官司", "legal_status", "none", "好的，诉讼/仲裁情况我记下了。"),
        ("电话13912345678", "phone", "13912345678", "好的，联系电话我记下了。"),
        ("全村两百多人", "people_count", "两百多人", "好的，涉及人数我记下了。"),  # as said, not 200
    ],
)
async def test_an_answer_to_another_question_is_kept_and_acknowledged(text, slot, value, said):
    # a story with no class of its own: the category question stays open
    known = {"issue_text": "村里的事拖了一个多月了", "occurred_at": "2026-10"}
    tracker = make_tracker(text, requested_slot="category", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots[slot] == value
    assert "category" not in slots
    assert texts(dispatcher) == said


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [
        (month_shift(-1), "上个月十五号开始的", month_shift(-1, 15)),
        (last_year(), "去年3月份的事", last_year(3)),
        (month_shift(-1, 15), "上个月", None),  # vaguer: the known day stays
        (month_shift(-1), "去年三月", None),  # another month: a correction, not a refinement
        (last_year(), "去年冬天", None),  # a span across years is not a refinement
        # a stretch the story gave ("今年以来", "去年三月到十月") narrowed to a month inside it
        (f"{last_year(3)}-01~{last_year(10)}-31", "去年五月份开始少的", last_year(5)),
        (f"{last_year(3)}-01~{last_year(10)}-31", "去年十二月", None),  # outside it: a correction
    ],
)
@pytest.mark.dates
async def test_a_more_exact_time_refines_the_known_one(known, text, expected):
    slots_before = {"issue_text": "村里停水", "occurred_at": known}
    tracker = make_tracker(text, requested_slot="category", slots=slots_before)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("occurred_at") == expected


@pytest.mark.dates
async def test_a_time_in_the_earlier_report_answer_dates_the_report_not_the_matter():
    slots_before = {"issue_text": "村里停水", "occurred_at": last_year()}
    tracker = make_tracker("去年十月找过村里", requested_slot="prior_report", slots=slots_before)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("occurred_at") is None
    assert "村里" in slots["prior_report"]


@pytest.mark.parametrize("text", ["没有", "有的", "第一次"])
async def test_a_bare_yes_or_no_answers_only_the_question_asked(text):
    tracker = make_tracker(text, intent="deny", requested_slot="legal_status", slots={"issue_text": "欠薪"})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "prior_report" not in slots


async def test_no_to_the_court_question_then_an_earlier_report_is_kept():
    known = {"issue_text": "烧烤店噪音", "category": "环境保护", "legal_status": "none"}
    tracker = make_tracker("打过12345，说会处理但没下文", requested_slot="people_count", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["prior_report"] == "打过12345，说会处理但没下文"
    assert texts(dispatcher) == "好的，此前反映情况我记下了。"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("去年三月就开始了", f"您刚才说的发生时间是“{TODAY.year - 1}年3月”，我之前记下的是“2026年10月”。"),
        ("电话13900139000", "您刚才说的联系电话是“139****9000”，我之前记下的是“138****8000”。"),
        ("在北京市海淀区", "您刚才说的问题发生地是“北京市海淀区”，我之前记下的是“广东省广州市天河区”。"),
    ],
)
@pytest.mark.dates
async def test_a_different_value_for_a_known_detail_is_pointed_out_not_taken(text, said):
    known = {
        "issue_text": "噪音扰民",
        "category": "环境保护",
        "occurred_at": "2026-10",
        "phone": "13800138000",
        "location": "广东省广州市天河区",
        "location_code": "440106",
    }
    tracker = make_tracker(text, requested_slot="people_count", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert set(slots) == {"intake_id", "intake_turns"}
    assert texts(dispatcher).startswith(said)
    assert "改成……”就行" in texts(dispatcher)


async def test_a_street_inside_the_known_district_is_no_conflict():
    known = {
        "issue_text": "噪音",
        "category": "环境保护",
        "location": "广东省广州市天河区",
        "location_code": "440106",
    }
    tracker = make_tracker("天河区石牌街道", requested_slot="people_count", slots=known)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["location_code"].startswith("440106")
    assert "我之前记下的" not in texts(dispatcher)


async def test_a_story_told_when_the_category_is_asked_is_added_to_a_short_one():
    story = "物业乱收费，每个月多收我们两百块停车费"
    tracker = make_tracker(
        story, intent="tell_problem", requested_slot="category", slots={"issue_text": "物业"}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"物业\n{story}"
    assert slots["category"]


async def test_naming_the_category_is_an_answer_not_more_story():
    known = {"issue_text": "小区门口的路灯坏了两个月"}
    tracker = make_tracker(
        "应该算城乡建设吧，路灯归市政管的", intent="tell_problem", requested_slot="category", slots=known
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["category"] == "城乡建设"
    assert "issue_text" not in slots


async def test_a_story_of_a_death_at_work_gets_a_condolence_first_and_only_once():
    story = "我男人上个月在工地上摔死了 包工头跑了 工地是成都市郫都区犀浦街道那个中铁的安置房项目"
    tracker = make_tracker(story, intent="tell_problem", requested_slot="issue_text")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == story
    assert texts(dispatcher).startswith(LOSS_NOTE)
    later = make_tracker(
        "没有打官司", intent="deny", requested_slot="legal_status", slots={"issue_text": story}
    )
    _, dispatcher, _ = await run_action(ValidateIntakeForm(), later)
    assert LOSS_NOTE not in texts(dispatcher)


@pytest.mark.parametrize("text", ["上个月十几号 具体记不到了", "就是15号那天", "十二月三号晚上"])
async def test_a_day_of_the_month_said_to_the_place_question_is_no_address(text):
    """lead-067: "上个月十几号" at the choice of two places was kept as the address ("号")."""
    offered = [
        {"name": "四川省成都市龙泉驿区", "code": "510112"},
        {"name": "四川省达州市大竹县", "code": "511724"},
    ]
    tracker = make_tracker(
        text,
        intent="nlu_fallback",
        requested_slot="location",
        slots={"issue_text": "老汉在工地上摔了", "location_candidates": offered},
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not slots.get("location")
    assert not any("核对具体的行政区划" in (m.get("text") or "") for m in dispatcher.messages)


@pytest.mark.parametrize(
    "text",
    ["路烂了好几年了 一下雨就走不了 娃上学都是泥巴路", "小区门口的路挖开了三个月没人填 老人摔了好几个"],
)
async def test_more_of_the_story_at_the_place_question_is_no_place(text):
    """lead-084: "路烂了好几年了…" at the place question was kept as the place (its 路), and the real place
    said next was refused as a change."""
    tracker = make_tracker(
        text, intent="nlu_fallback", requested_slot="location", slots={"issue_text": "就是我们村的路"}
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert not slots.get("location")
    assert not any("核对具体的行政区划" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_house_number_on_a_road_is_still_an_address():
    tracker = make_tracker(
        "白岩路45号", intent="nlu_fallback", requested_slot="location", slots={"issue_text": "占道"}
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("location")
