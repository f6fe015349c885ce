"""Corrections, crisis, questions mid-way, stopping and unreadable messages."""

from __future__ import annotations

import pytest

from actions.conversation import HandleUnclear, ReplyOutOfScope
from actions.correction_parse import parse_corrections
from actions.correction_reading import target_of
from actions.corrections import CorrectDetail
from actions.crisis import CrisisResponse
from actions.faq_reply import AnswerFaq, faq_key
from actions.stop_intake import StopIntake
from actions.unclear_replies import unclear_reply
from tests.actions.conftest import make_tracker, run_action, texts

KNOWN = {
    "issue_text": "物业乱收费",
    "location": "广东省广州市天河区",
    "location_code": "440106",
    "phone": "13800138000",
    "occurred_at": "2026-11",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("地址说错了，是海淀区", "location"),
        ("电话写错了应该是13900139000", "phone"),
        ("不是上周，是上个月", "occurred_at"),
        ("名字改一下，我叫王建国", "petitioner_name"),
        ("类别不对", "category"),
        ("哦我记错了，是13974612385", "phone"),
        ("我刚才说错了，还没起诉", "legal_status"),
        ("不是物业，是开发商", "respondent"),  # the old value is the respondent on record
    ],
)
def test_correction_target(text, target):
    known = {**KNOWN, "respondent": "某某物业公司"}
    (request,) = parse_corrections(text)
    assert target_of(request, known, None) == target


def test_a_message_that_names_nothing_asks_for_nothing():
    assert parse_corrections("等一下我刚才说错了") == []


async def test_correction_with_a_new_value_replaces_it():
    tracker = make_tracker(
        "地址说错了，是北京市海淀区中关村街道", intent="correct_detail", slots=KNOWN, active_loop=None
    )
    slots, dispatcher, _ = await run_action(CorrectDetail(), tracker)
    assert slots["location"] == "北京市海淀区中关村街道"
    assert slots["location_code"].startswith("110108")
    assert slots["awaiting_confirmation"] is False
    assert "北京市海淀区中关村街道" in texts(dispatcher)


async def test_correction_of_the_phone_with_full_width_digits():
    tracker = make_tracker("电话错了，应该是１３９００１３９０００", intent="correct_detail", slots=KNOWN)
    slots, _, _ = await run_action(CorrectDetail(), tracker)
    assert slots["phone"] == "13900139000"


async def test_correction_without_a_value_clears_the_slot_so_the_form_asks_again():
    tracker = make_tracker("时间说错了", intent="correct_detail", slots=KNOWN)
    slots, _, _ = await run_action(CorrectDetail(), tracker)
    assert slots["occurred_at"] is None


@pytest.mark.parametrize("awaiting", [True, False])
async def test_correction_without_a_target_asks_which_and_changes_nothing(awaiting):
    known = {**KNOWN, "awaiting_confirmation": awaiting}
    tracker = make_tracker("需要修改", intent="correct_detail", slots=known, active_loop=None)
    slots, dispatcher, _ = await run_action(CorrectDetail(), tracker)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_ask_which_to_correct"]
    # after the summary the rules wait for the answer; during the intake the form asks again
    assert slots == {"awaiting_confirmation": awaiting}


@pytest.mark.parametrize("text", ["时间", "改一下时间", "电话"])
async def test_naming_only_the_detail_asks_for_it_without_saying_it_was_not_understood(text):
    tracker = make_tracker(text, intent="correct_detail", slots=KNOWN, active_loop=None)
    slots, dispatcher, _ = await run_action(CorrectDetail(), tracker)
    assert "没太看懂" not in texts(dispatcher)
    assert texts(dispatcher).startswith("好的，我们重新填一下")
    assert slots["awaiting_confirmation"] is False


async def test_correction_button_clears_the_chosen_detail():
    tracker = make_tracker(
        '/correct_detail{"correction_target": "phone"}',
        intent="correct_detail",
        slots=KNOWN,
        entities=[{"entity": "correction_target", "value": "phone"}],
    )
    slots, _, _ = await run_action(CorrectDetail(), tracker)
    assert slots["phone"] is None


@pytest.mark.parametrize(
    ("text", "intent", "hotline", "threat"),
    [
        ("工资要不回来，我真的不想活了", "self_harm", "12356", False),
        ("再不给钱我就去把他们公司炸了", "threat_violence", "110", True),
        ("我老公喝醉了就打我", "domestic_violence", "12338", False),
    ],
)
async def test_crisis_gets_the_hotline_first_and_an_urgent_flag(text, intent, hotline, threat):
    slots, dispatcher, _ = await run_action(
        CrisisResponse(), make_tracker(text, intent=intent, active_loop=None)
    )
    assert hotline in dispatcher.messages[0]["text"]
    assert slots["urgent"] is True
    assert slots.get("threat_flag", False) is threat


async def test_a_threat_guessed_by_the_classifier_alone_is_urgent_but_not_recorded_as_a_threat():
    slots, dispatcher, _ = await run_action(
        CrisisResponse(), make_tracker("我要不要去打官司", intent="threat_violence", active_loop=None)
    )
    assert "110" in dispatcher.messages[0]["text"]
    assert slots["urgent"] is True
    assert "threat_flag" not in slots


async def test_a_crisis_guessed_unsurely_is_a_check_in_and_the_question_is_still_answered():
    tracker = make_tracker(
        "我要不要去打官司",
        intent="threat_violence",
        active_loop=None,
        confidence=0.48,
        ranking=[("threat_violence", 0.48), ("ask_next_steps", 0.3), ("inform", 0.1)],
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    first, answer = dispatcher.messages[0]["text"], texts(dispatcher)
    assert "110" in first and "确认" in first
    assert "通知值班" not in answer  # no alarm for a guess
    assert "12348" in answer and "第188条" in answer  # the litigation answer the question asked for
    assert slots["urgent"] is True  # staff still look
    assert "handoff_requested" not in slots and "threat_flag" not in slots


async def test_an_answer_guessed_as_a_crisis_during_the_intake_is_kept():
    tracker = make_tracker(
        "就我自己",
        intent="self_harm",
        confidence=0.36,
        ranking=[("self_harm", 0.36), ("inform", 0.33), ("tell_problem", 0.1)],
        requested_slot="people_count",
        slots={"issue_text": "单位拖欠工资三个月"},
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    # a short answer to the question asked, with no crisis words: the answer, no check-in, no urgent flag
    assert "12356" not in texts(dispatcher)
    assert slots["people_count"] == "1"
    assert "urgent" not in slots


async def test_a_story_guessed_as_a_crisis_outside_the_intake_starts_it():
    text = "楼上邻居每天半夜拖椅子砸东西，吵得我们全家都睡不着觉"
    tracker = make_tracker(
        text,
        intent="threat_violence",
        active_loop=None,
        confidence=0.41,
        ranking=[("threat_violence", 0.41), ("tell_problem", 0.4)],
    )
    _, dispatcher, events = await run_action(CrisisResponse(), tracker)
    assert "110" in dispatcher.messages[0]["text"]
    assert {"event": "followup", "name": "intake_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


async def test_crisis_words_get_the_full_reply_however_unsure_the_classifier_is():
    tracker = make_tracker(
        "我真的不想活了", intent="self_harm", active_loop=None, confidence=0.3, ranking=[("self_harm", 0.3)]
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert "通知值班" in texts(dispatcher)
    assert slots["handoff_requested"] is True


@pytest.mark.parametrize(
    ("intent", "text", "key"),
    [
        ("ask_next_steps", "我要不要去打官司", "litigation"),
        ("ask_channels", "能不能直接去法院起诉他们", "litigation"),
        ("ask_what_is_petition", "信访和诉讼有啥区别", "litigation"),
        ("ask_channels", "申请劳动仲裁还是找信访？", "litigation"),
        ("ask_next_steps", "法院判了还能来这里反映吗", "litigation"),
        ("ask_next_steps", "法律援助怎么申请", "litigation"),
        ("ask_duration", "打官司得多长时间", "litigation"),
        ("ask_next_steps", "提交以后怎么处理", "next_steps"),
        ("ask_duration", "多久能有结果", "how_long"),
        ("ask_channels", "除了网上还能怎么反映", "channels"),
        ("ask_privacy", "律师说要留身份证吗", "why_personal_info"),  # not a process question
        ("greet", "你好律师", None),
    ],
)
def test_faq_key_picks_the_litigation_answer_for_questions_about_court(intent, text, key):
    assert faq_key(intent, text) == key


async def test_a_question_about_going_to_court_gets_the_litigation_answer():
    _, dispatcher, _ = await run_action(
        AnswerFaq(), make_tracker("我要不要去打官司？", intent="ask_next_steps", active_loop=None)
    )
    reply = texts(dispatcher)
    assert "第22条" in reply and "12348" in reply and "行政诉讼法" in reply


async def test_crisis_keeps_the_story_told_with_it():
    text = "拆迁款三年了都没给我，我去了很多次都没人管，我只想一死了之"
    slots, _, _ = await run_action(CrisisResponse(), make_tracker(text, intent="self_harm", active_loop=None))
    assert slots["issue_text"] == text


@pytest.mark.parametrize(
    ("text", "intent", "found"),
    [
        (
            "村里征地的补偿款两年了还没给我们，再不给我就去省政府门口拉横幅，在耒阳市，2024年征的地",
            "threat_violence",
            {"location_code": "430481"},
        ),
        (
            "我老公喝了酒就打我，昨天又把我打伤了，我在株洲市芦淞区，电话13786712245，白天打",
            "domestic_violence",
            {"phone": "13786712245"},
        ),
    ],
)
async def test_a_story_told_with_a_crisis_starts_the_intake_after_the_hotlines(text, intent, found):
    slots, dispatcher, events = await run_action(
        CrisisResponse(), make_tracker(text, intent=intent, active_loop=None)
    )
    said = [m.get("text") or "" for m in dispatcher.messages]
    assert "110" in said[0]  # the hotline comes first
    assert "都记下了" in said[-1] and "跟我说说发生了什么" not in "".join(said)
    assert slots["issue_text"] == text and slots["urgent"] is True
    assert {k: slots.get(k) for k in found} == found
    assert events[-1].get("name") == "intake_form"  # FollowupAction: the intake asks what is missing


async def test_question_mid_way_is_answered_with_its_article_and_the_intake_resumes():
    _, dispatcher, _ = await run_action(AnswerFaq(), make_tracker("多久能有结果", intent="ask_duration"))
    reply = texts(dispatcher)
    assert "60日" in reply and "第34条" in reply
    assert dispatcher.messages[-1]["response"] == "utter_intake_resumed"


async def test_stop_ends_the_form_and_keeps_what_was_said():
    slots, dispatcher, events = await run_action(
        StopIntake(), make_tracker("算了不弄了", intent="stop", slots=KNOWN)
    )
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert "issue_text" not in slots
    assert "留着" in texts(dispatcher)


LOW_INCOME_STORY = {"issue_text": "俺家的低保被村里取消了 俺老头子瘫在床上", "location": "河南省周口市郸城县"}


@pytest.mark.parametrize(
    ("text", "requested_slot", "slot"),
    [
        ("十月份取消的", "occurred_at", "occurred_at"),  # 取消 is what was done to her, not a request to stop
        ("去年就给取消了", "occurred_at", "occurred_at"),
        ("村里 村委会给取消的", "respondent", "respondent"),
    ],
)
async def test_an_answer_the_classifier_took_for_stop_answers_the_question(text, requested_slot, slot):
    tracker = make_tracker(text, intent="stop", slots=LOW_INCOME_STORY, requested_slot=requested_slot)
    slots, dispatcher, events = await run_action(StopIntake(), tracker)
    assert slots.get(slot)
    assert not any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
    assert "先不登记" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "requested_slot", "slot"),
    [
        ("十月份取消的", "category", "occurred_at"),  # the time told ahead while the class is asked
        ("今年三月份就給停了", "category", "occurred_at"),
        ("前年就取消了 一直没恢复", "respondent", "occurred_at"),
        ("河南省周口市郸城县取消的", "category", "location"),
    ],
)
async def test_a_detail_told_ahead_that_the_classifier_took_for_stop_is_kept(text, requested_slot, slot):
    slots_before = {"issue_text": LOW_INCOME_STORY["issue_text"]}
    tracker = make_tracker(text, intent="stop", slots=slots_before, requested_slot=requested_slot)
    slots, dispatcher, events = await run_action(StopIntake(), tracker)
    assert slots.get(slot)
    assert events[-1] == {"event": "followup", "name": "intake_form", "timestamp": None}
    assert "先不登记" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "requested_slot"),
    [
        ("算了 取消吧", "occurred_at"),
        ("不登记了 十月份再说", "occurred_at"),
        ("取消", "occurred_at"),
        ("十月份再说吧", "category"),
        ("算了不弄了 去年的事了", "category"),
        ("不想登记了 太麻烦", "respondent"),
    ],
)
async def test_a_real_stop_still_stops_at_any_question(text, requested_slot):
    tracker = make_tracker(text, intent="stop", slots=LOW_INCOME_STORY, requested_slot=requested_slot)
    _, dispatcher, events = await run_action(StopIntake(), tracker)
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert "先不登记" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "没看到文字"),
        ("🙏🙏", "没看到文字"),
        ("hello, can you help me?", "中文"),
        ("<script>alert('x')</script>", "普通文字"),
    ],
)
def test_unclear_replies_are_useful(text, expected):
    assert expected in unclear_reply(text)


async def test_unclear_message_during_the_intake_is_still_read_for_details():
    tracker = make_tracker(
        "👍 13800138000 👍", intent="nlu_fallback", requested_slot="phone", slots={"issue_text": "噪音"}
    )
    slots, _, _ = await run_action(HandleUnclear(), tracker)
    assert slots["phone"] == "13800138000"


async def test_a_long_story_the_classifier_was_unsure_of_starts_the_intake():
    text = "我们村去年修路占了我家两亩地，到现在一分钱补偿都没有拿到，村里也不给说法"
    _, _, events = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert {"event": "followup", "name": "intake_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


async def test_self_harm_and_a_threat_in_one_message_records_the_threat_too():
    text = "我不想活了，死之前我要把镇政府炸了"
    slots, dispatcher, _ = await run_action(
        CrisisResponse(), make_tracker(text, intent="self_harm", active_loop=None)
    )
    assert "12356" in dispatcher.messages[0]["text"]
    assert slots["threat_flag"] is True


async def test_core_fallback_undoes_the_message_so_it_cannot_loop():
    from actions.conversation import DefaultFallback

    _, dispatcher, events = await run_action(
        DefaultFallback(), make_tracker("嗯？", intent="affirm", active_loop=None)
    )
    assert [e["event"] for e in events] == ["rewind"]
    assert len(dispatcher.messages) == 1


@pytest.mark.parametrize(
    ("text", "response", "said"),
    [
        ("今天天气怎么样", "utter_out_of_scope", None),
        ("hello world", "utter_out_of_scope", None),
        ("😭😭😭", None, "我没看到文字内容"),
        ("？？？！", None, "我没看到文字内容"),
    ],
)
async def test_off_topic_gets_the_scope_and_emoji_only_gets_asked_for_words(text, response, said):
    tracker = make_tracker(text, intent="out_of_scope", active_loop=None)
    _, dispatcher, events = await run_action(ReplyOutOfScope(), tracker)
    assert events == []
    assert [m.get("response") for m in dispatcher.messages] == [response]
    if said:
        assert texts(dispatcher).startswith(said)


@pytest.mark.parametrize(
    "text",
    ["救命 押金不退 无语子", "押金不退", "工资不给😡", "房东不退押金", "物业不管 气死", "老板欠钱不还 绝了"],
)
async def test_a_short_wrong_taken_for_small_talk_starts_the_intake(text):
    slots, dispatcher, events = await run_action(
        ReplyOutOfScope(), make_tracker(text, intent="out_of_scope", active_loop=None)
    )
    assert "utter_out_of_scope" not in [m.get("response") for m in dispatcher.messages]
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


@pytest.mark.parametrize("text", ["我心情不好", "烦死了", "无语", "你们太烂了", "哈哈哈 绝了"])
async def test_a_mood_without_a_wrong_told_is_not_a_matter(text):
    _, _, events = await run_action(
        ReplyOutOfScope(), make_tracker(text, intent="out_of_scope", active_loop=None)
    )
    assert not any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_an_explicit_correction_the_classifier_was_unsure_of_is_still_applied():
    tracker = make_tracker(
        "类别改成劳动和社会保障，反映对象改成包工头",
        intent="nlu_fallback",
        slots={**KNOWN, "respondent": "某某公司", "category": "城乡建设"},
        requested_slot="people_count",
    )
    slots, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert slots["category"] == "劳动和社会保障" and slots["respondent"] == "包工头"
    assert "people_count" not in slots
    assert "反映对象已从“某某公司”改成“包工头”" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent", "said"),
    [
        ("二手房过户要交哪些税？", "nlu_fallback", "不动产"),
        ("能不能直接去北京上访？", "nlu_fallback", "第20条"),
        ("想领养一个孩子，去哪里办？", "nlu_fallback", "民政"),
    ],
)
async def test_an_unclear_message_that_asks_something_gets_its_answer(text, intent, said):
    slots, dispatcher, events = await run_action(
        HandleUnclear(), make_tracker(text, intent=intent, active_loop=None)
    )
    assert said in texts(dispatcher)
    assert slots == {} and not any(e.get("event") == "followup" for e in events)


async def test_a_plain_question_taken_for_small_talk_is_answered():
    _, dispatcher, _ = await run_action(
        ReplyOutOfScope(),
        make_tracker("高龄补贴是多少岁才有？怎么申请？", intent="out_of_scope", active_loop=None),
    )
    assert "民政" in texts(dispatcher)


async def test_an_unsure_story_is_read_before_the_intake_starts():
    text = "我们村的自来水有怪味，好多人喝了拉肚子，在桃江县，这个月开始的"
    slots, _, events = await run_action(
        HandleUnclear(), make_tracker(text, intent="nlu_fallback", active_loop=None)
    )
    assert slots["issue_text"] == text and slots["location_code"]
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_dissatisfied_with_the_answer_gets_review_and_its_30_days():
    _, dispatcher, _ = await run_action(
        AnswerFaq(),
        make_tracker("我对信访处理意见不满意，还能怎么办？", intent="ask_next_steps", active_loop=None),
    )
    assert "复查" in texts(dispatcher) and "30日" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "intent", "faq"),
    [
        ("这个归哪个部门管？", "ask_channels", "which_office"),
        ("反映这个要收费吗", "ask_what_is_petition", "fees"),
        ("公司会不会知道是我反映的", "ask_privacy", "confidentiality"),
        ("你是机器人吗", "ask_what_is_petition", "about_assistant"),
        ("能不能二十几个人一起进去", "ask_channels", "visits_together"),
    ],
)
async def test_a_question_on_the_office_fees_or_confidentiality_gets_its_own_answer(text, intent, faq):
    from bot.domain.knowledge import faq_answer

    _, dispatcher, _ = await run_action(AnswerFaq(), make_tracker(text, intent=intent, active_loop=None))
    assert texts(dispatcher).startswith(faq_answer(faq)[:20])


async def test_a_guessed_crisis_in_the_intake_is_checked_in_once_and_read_as_the_answer():
    known = {"issue_text": "老板拖欠我八个月工资", "category": "劳动和社会保障", "location_code": "441900"}
    tracker = make_tracker(
        "打什么官司 没钱打",
        intent="domestic_violence",
        confidence=0.5,
        requested_slot="legal_status",
        slots={**known, "urgent": True},  # the check-in was said at an earlier answer
        ranking=[("domestic_violence", 0.5), ("ask_what_is_petition", 0.3), ("deny", 0.2)],
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert slots["legal_status"] == "none"
    assert "12338" not in texts(dispatcher) and "信访就是" not in texts(dispatcher)


async def test_a_correction_at_the_summary_read_as_a_guessed_crisis_corrects_and_adds_no_story():
    known = {
        "issue_text": "我们单元的电梯坏了一个多月了 物业一直不修",
        "category": "商贸旅游",
        "location_code": "650102",
        "awaiting_confirmation": True,
        "urgent": True,
    }
    tracker = make_tracker(
        "类别应该是城乡建设吧 电梯坏了不是商贸旅游",
        intent="danger_guess",
        confidence=0.4,
        slots=known,
        active_loop=None,
        ranking=[("domestic_violence", 0.4), ("tell_problem", 0.35)],
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert slots["category"] == "城乡建设" and "issue_text" not in slots


async def test_an_unclear_correction_at_the_summary_corrects_and_adds_no_story():
    known = {
        "issue_text": "我们单元的电梯坏了一个多月了 物业一直不修",
        "category": "商贸旅游",
        "awaiting_confirmation": True,
    }
    tracker = make_tracker(
        "类别应该是城乡建设吧 电梯坏了不是商贸旅游", intent="nlu_fallback", slots=known, active_loop=None
    )
    slots, _, _ = await run_action(HandleUnclear(), tracker)
    assert slots["category"] == "城乡建设" and "issue_text" not in slots
