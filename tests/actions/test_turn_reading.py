"""The intake reads each message by the question asked: answers as answers, questions first, context."""

from __future__ import annotations

import pytest

from actions import respondent_reading, services, turn_adapter
from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

STORY = {"issue_text": "村里强占我家宅基地，盖了养猪场", "category": "国土资源"}


async def answer(text, slot, intent="inform", slots=None):
    tracker = make_tracker(text, intent=intent, requested_slot=slot, slots={**STORY, **(slots or {})})
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫王有田", "王有田"),
        ("那我还是留吧，王建军", "王建军"),
        ("我姓易，易春兰", "易春兰"),
        ("我是学生家长，姓陈", "陈"),
        ("叫我小周吧", "小周"),
        ("王 有 田", "王有田"),
        ("免贵姓李，李国强", "李国强"),
        ("陈女士", "陈女士"),
        ("我叫張國強", "张国强"),
        ("好吧 就叫我老王", "老王"),
        ("我是他女儿，叫王丽", "王丽"),
        ("嗯 刘德华", "刘德华"),
    ],
)
async def test_a_name_answer_is_read_as_a_name(text, expected):
    slots, _, _ = await answer(text, "petitioner_name")
    assert slots["petitioner_name"] == expected


@pytest.mark.parametrize("text", ["不想留名字", "不方便说", "名字就不留了吧", "算了不留了"])
async def test_a_refusal_of_the_name_is_a_skip(text):
    slots, dispatcher, _ = await answer(text, "petitioner_name")
    assert slots["petitioner_name"] == NOT_PROVIDED
    assert [m["response"] for m in dispatcher.messages] == ["utter_skipped_name"]


@pytest.mark.parametrize(("text", "role"), [("本人是农民工", "农民工"), ("我是业主", "业主")])
async def test_who_they_are_is_no_name_and_the_name_is_asked_again(text, role):
    slots, dispatcher, _ = await answer(text, "petitioner_name")
    assert "petitioner_name" not in slots
    assert role in texts(dispatcher) and "怎么称呼" in texts(dispatcher)


@pytest.mark.parametrize("intent", ["skip", "inform", "deny"])
async def test_digits_given_with_the_phone_are_never_a_skip(intent):
    slots, dispatcher, _ = await answer("电话留一个吧 15973612098", "phone", intent=intent)
    assert slots["phone"] == "15973612098"
    assert "utter_skipped_phone" not in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "phone", "note"),
    [
        ("13880412376，白天打，晚上我老公在家别打", "13880412376", "白天打，晚上我老公在家别打"),
        ("１３８ ００１３ ８０００ 上班时间别打", "13800138000", "上班时间别打"),
        ("电话是13800138000，打之前先发个短信", "13800138000", "打之前先发个短信"),
        ("13800138000", "13800138000", None),
    ],
)
async def test_when_to_call_is_kept_beside_the_phone(text, phone, note):
    slots, _, _ = await answer(text, "phone")
    assert slots["phone"] == phone
    assert slots.get("contact_note") == note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就我家", "就我家"),
        ("几十户", "几十户"),
        ("十几个人", "十几个人"),
        ("差不多二十户", "差不多二十户"),
        ("12个人", "12"),
        ("就我一个", "1"),
        ("一家五口", "5"),
    ],
)
async def test_a_head_count_is_kept_as_said_unless_exact(text, expected):
    slots, _, _ = await answer(text, "people_count")
    assert slots["people_count"] == expected


async def test_my_home_in_a_story_counts_nobody():
    slots, _, _ = await answer("我家门口的下水道堵了一个月", "respondent")
    assert "people_count" not in slots


@pytest.mark.parametrize("intent", ["deny", "inform"])
async def test_a_denied_lawsuit_is_no_lawsuit(intent):
    slots, _, _ = await answer("没有打官司 我一个老人家打么子官司", "legal_status", intent=intent)
    assert slots["legal_status"] == "none"
    assert "people_count" not in slots  # "我一个老人家" is no head count


async def test_a_denied_place_is_not_set():
    slots, _, _ = await answer("是县里的事，不是北京", "respondent")
    assert "location" not in slots and "location_code" not in slots


async def test_a_denied_time_is_not_set():
    slots, _, _ = await answer("不是今天的事", "occurred_at")
    assert "occurred_at" not in slots


async def test_no_earlier_report_is_read_as_none():
    slots, _, _ = await answer("没找过任何部门", "prior_report")
    assert slots["prior_report"] == "未曾反映"


@pytest.mark.parametrize(
    ("text", "slot", "said"),
    [
        ("反映这个事要不要花钱？", "respondent", "不收费"),
        ("要收费吗？", "prior_report", "不收费"),
        ("我能不能起诉公积金中心？", "respondent", "行政诉讼"),
        ("那我到底该找哪个部门？", "respondent", "第22条"),
        ("什么时候有人来管？", "petitioner_name", "第23条"),
        ("公司会不会知道是我反映的？", "phone", "有可能知道"),
        ("要收费吗？", "issue_text", "不收费"),
    ],
)
async def test_a_question_is_answered_and_never_stored(text, slot, said):
    slots, dispatcher, events = await answer(text, slot)
    assert slot not in slots
    assert not {"respondent", "prior_report", "petitioner_name", "issue_text", "location"} & set(slots)
    assert said in texts(dispatcher)
    assert slots["intake_turns"] == 1.0  # the form keeps the turn and asks its question again


async def test_who_learns_my_name_is_answered_here_even_when_read_as_a_privacy_question():
    slots, dispatcher, _ = await answer("公司会不会知道是我反映的？", "phone", intent="ask_privacy")
    assert "第30条" in texts(dispatcher)
    assert "phone" not in slots


async def test_the_rest_of_a_message_with_a_question_is_still_read():
    slots, dispatcher, _ = await answer("我叫王建军，要收费吗？", "petitioner_name")
    assert slots["petitioner_name"] == "王建军"
    assert "不收费" in texts(dispatcher)


@pytest.mark.parametrize("text", ["尊敬的李书记", "肖局长您好", "各位领导好"])
async def test_a_salutation_is_not_the_respondent(text):
    slots, _, _ = await answer(text, "respondent")
    assert "respondent" not in slots


async def test_the_respondent_follows_the_salutation():
    slots, _, _ = await answer("尊敬的李书记：我们村委会乱收费", "respondent")
    assert slots["respondent"] == "村委会"


async def test_a_threat_gives_no_details():
    slots, dispatcher, _ = await answer("再不解决我就去北京上访", "respondent")
    assert not {"location", "prior_report", "respondent"} & set(slots)
    assert "心情" in texts(dispatcher)


async def test_the_office_reported_to_is_not_the_respondent():
    slots, _, _ = await answer("找过街道办，没人管", "legal_status")
    assert slots["prior_report"].startswith("找过街道办")
    assert "respondent" not in slots


async def test_a_message_that_breaks_the_time_parser_still_files_the_story():
    story = "我家祖宅至今已有210年历史，去年被村里强拆了，一分钱补偿没有"
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == story


async def test_a_failing_reader_loses_only_its_detail(monkeypatch, caplog):
    def broken(*_args):
        raise ValueError("13800138000 secret")

    monkeypatch.setattr(respondent_reading.respondent, "extract_respondent", broken)
    slots, _, _ = await answer("电话13912345678，物业乱收费", "respondent")
    assert slots["phone"] == "13912345678"
    assert "13912345678" not in caplog.text and "secret" not in caplog.text


async def test_a_crash_keeps_every_slot_and_says_so_honestly(monkeypatch, caplog):
    def broken(*_args):
        raise RuntimeError("13800138000")

    monkeypatch.setattr(turn_adapter, "read_turn", broken)
    slots, dispatcher, _ = await answer("我叫王有田，电话13800138000", "petitioner_name")
    assert set(slots) <= {"intake_id", "intake_turns"}
    assert "处理出了点问题" in texts(dispatcher)
    assert "13800138000" not in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        "是我们县里的事，不是北京",
        "县里",
        "不是北京",
        "找过社区调解 俺哥不去",  # what was done about it, said to the wrong question (ht-004)
        "问过居委会 没人管",
    ],
)
async def test_a_vague_or_denied_place_is_asked_again(text):
    slots, _, _ = await answer(text, "location")
    assert "location" not in slots


async def test_an_estate_not_in_the_national_list_is_kept_as_said():
    slots, _, _ = await answer("幸福小区3栋", "location")
    assert slots["location"] == "幸福小区3栋"
    assert slots["location_code"] == ""


def test_a_crisis_message_keeps_the_phone_and_when_to_call():
    tracker = make_tracker(
        "13880412376，白天打，晚上我老公在家别打", intent="domestic_violence", requested_slot="phone"
    )
    kept = {e["name"]: e["value"] for e in turn_adapter.contact_details(tracker)}
    assert kept == {"phone": "13880412376", "contact_note": "白天打，晚上我老公在家别打"}
    known = make_tracker("打13880412376", intent="domestic_violence", slots={"phone": "13800138000"})
    assert turn_adapter.contact_details(known) == []  # a known phone is changed only by a correction


@pytest.mark.parametrize(("said", "stored"), [("几十户", 20), ("就我家", 1), ("12", 12)])
async def test_a_head_count_kept_as_said_shows_as_said_and_files(said, stored):
    from actions.filing import FileCase
    from actions.summary import display_value

    assert display_value("people_count", said) == (f"{said}人" if said.isdigit() else said)
    slots = {
        "issue_text": "村里的路修了一半就停了，坑坑洼洼",
        "category": "城乡建设",
        "location": "广东省广州市天河区",
        "location_code": "440106",
        "people_count": said,
        "phone": "13800138000",
        "intake_id": f"intake-{said}",
        "awaiting_confirmation": True,
    }
    filed, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=slots, active_loop=None)
    )
    assert filed["case_number"].startswith("XF")
    case = services.case_repository().get_by_number(filed["case_number"])
    assert case.people_count == stored


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俺叫刘铁柱", "刘铁柱"),
        ("我姓張 弓長張", "张"),
        ("王秀英😊", "王秀英"),
        ("留个姓吧，姓黄", "黄"),
        ("刘", "刘"),
        ("可以，我叫周建华", "周建华"),
    ],
)
async def test_names_typed_as_people_type_them(text, expected):
    slots, _, _ = await answer(text, "petitioner_name")
    assert slots["petitioner_name"] == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("没有手机", "inform"),
        ("不留了", "deny"),
        ("电话就不留了吧 有事我自己来查", "inform"),
        ("我不用手机", "inform"),
        ("没有", "inform"),
    ],
)
async def test_declining_the_phone_in_words_is_a_skip(text, intent):
    slots, dispatcher, _ = await answer(text, "phone", intent=intent)
    assert slots["phone"] == NOT_PROVIDED
    assert [m["response"] for m in dispatcher.messages] == ["utter_skipped_phone"]


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("就我跟我老伴两个", "people_count", "2"),
        ("全村人", "people_count", "全村人"),
        ("好多人 数不清", "people_count", "好多人 数不清"),
        ("就我们这栋楼", "people_count", "就我们这栋楼"),
        ("五六个人", "people_count", "五六个人"),
        ("我们三家", "people_count", "3户"),
        ("估计有两三百人", "people_count", "估计有两三百人"),
        ("我们一个组的都是 三十来户", "people_count", "三十来户"),
        ("没得打官司", "legal_status", "none"),  # dialect 没得 = 没有
        ("冇打官司", "legal_status", "none"),
        ("还没有 准备去法院告", "legal_status", "none"),
        ("冇找过", "prior_report", "未曾反映"),
        ("头一回反映", "prior_report", "未曾反映"),
        ("问了好几次什么时候修都说等等", "prior_report", "问了好几次什么时候修都说等等"),
    ],
)
async def test_dialect_and_colloquial_answers(text, slot, expected):
    slots, _, _ = await answer(text, slot)
    assert slots[slot] == expected
    assert "respondent" not in slots  # "准备去法院告" names no respondent


async def test_a_correction_after_a_denial_is_taken():
    slots, _, _ = await answer("不是望城区 是岳麓区", "location", slots={"location": "湖南省长沙市望城区"})
    assert slots["location_code"] == "430104"


async def test_an_angry_question_is_never_the_respondent():
    slots, _, _ = await answer("你们管不管啊😡😡", "respondent")
    assert "respondent" not in slots


@pytest.mark.parametrize("text", ["没有", "没有的", "第一次"])
async def test_a_bare_no_to_the_earlier_report_question_says_nothing_about_a_lawsuit(text):
    slots, _, _ = await answer(text, "prior_report", intent="deny")
    assert slots["prior_report"] == "未曾反映"
    assert "legal_status" not in slots


@pytest.mark.parametrize("text", ["１３９ ００１３ ９０００", "１３９００１３９０００"])
async def test_a_phone_in_full_width_digits_alone_is_read(text):
    slots, _, _ = await answer(text, "phone")
    assert slots["phone"] == "13900139000"


async def test_a_story_names_its_respondent_anywhere_but_another_answer_only_clearly():
    story = make_tracker(
        "尊敬的肖局长：村委会把我们组的集体土地卖了，钱不知去向", intent="tell_problem", active_loop=None
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), story)
    assert slots["respondent"] == "村委会"
    slots, _, _ = await answer("还没有 准备去法院告", "legal_status")
    assert "respondent" not in slots


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        ("12345没打过", "prior_report", "未曾反映"),
        ("官司没打", "legal_status", "none"),
        ("法院没去过", "legal_status", "none"),
        ("想起诉但是没钱", "legal_status", "none"),
        ("不止十个人", "people_count", "不止十个人"),
    ],
)
async def test_denials_after_the_word_and_intentions(text, slot, expected):
    slots, _, _ = await answer(text, slot)
    assert slots[slot] == expected
    assert not {"prior_report", "legal_status"} - {slot} & set(slots)  # nothing said about the other


async def test_the_crisis_reply_keeps_the_phone_and_when_to_call():
    from actions.crisis import CrisisResponse

    tracker = make_tracker(
        "13880412376，白天打，晚上我老公在家别打，他喝了酒就打我",
        intent="domestic_violence",
        requested_slot="phone",
        slots=STORY,
    )
    slots, dispatcher, _ = await run_action(CrisisResponse(), tracker)
    assert slots["urgent"] is True
    assert slots["phone"] == "13880412376"
    assert slots["contact_note"].startswith("白天打，晚上我老公在家别打")
    assert "12338" in texts(dispatcher) or "110" in texts(dispatcher)


def test_the_summary_shows_when_to_call():
    from actions.summary import summary_text

    summary = summary_text({**STORY, "phone": "13880412376", "contact_note": "白天打，晚上我老公在家别打"})
    assert "联系时的要求：白天打，晚上我老公在家别打" in summary
    assert "13880412376" not in summary


async def test_a_rhetorical_question_inside_a_story_gets_no_reply_of_its_own():
    story = "老板拖欠我们三个月工资，为什么不给我们发工资"
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == story
    assert "答不准" not in texts(dispatcher)


async def test_more_of_the_story_at_the_category_question_is_kept():

    tracker = make_tracker(
        "天天半夜叫", intent="inform", requested_slot="category", slots={"issue_text": "隔壁养了三条大狗"}
    )
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == "隔壁养了三条大狗\n天天半夜叫"
    assert "没太看懂" not in texts(dispatcher)


async def test_a_story_read_as_an_answer_after_an_outburst_is_kept():

    outburst = "你们这些人都是吃干饭的 反映了八百遍都没用 一群废物"
    story = "我们村的自来水三天两头停 一停就是一个礼拜 广西桂林市临桂区会仙镇"
    tracker = make_tracker(story, intent="inform", requested_slot="category", slots={"issue_text": outburst})
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] == f"{outburst}\n{story}" and slots["location_code"].startswith("4503")


async def test_the_home_where_she_was_beaten_is_the_place_not_where_she_fled():
    # hx-017: at her mother's in 芦淞区, beaten at home in 荷塘区
    slots, _, _ = await answer(
        "株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里",
        "respondent",
        slots={"location": "湖南省株洲市芦淞区", "location_code": "430203"},
    )
    assert slots["location_code"] == "430202"
