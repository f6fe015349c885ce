"""The respondent through the intake: said ahead of its question, answered in words the classifier took for a
skip, and an organ recorded in its place by today's name."""

from __future__ import annotations

import pytest

from actions.slots import NOT_PROVIDED
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import make_tracker, run_action, texts

LAND_STORY = "俺是老汉 村里把俺家的地收了 一分钱没给"


async def run(text, requested_slot, intent="inform", slots=None):
    tracker = make_tracker(text, intent=intent, requested_slot=requested_slot, slots=slots or {})
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    ("text", "expected"), [("村委会", "村委会"), ("是村委會吧", "村委会"), ("镇政府", "镇政府")]
)
@pytest.mark.parametrize("requested_slot", ["category", "occurred_at"])
async def test_a_party_said_alone_at_another_question_is_kept(text, expected, requested_slot):
    slots, dispatcher, _ = await run(text, requested_slot, slots={"issue_text": LAND_STORY})
    assert slots["respondent"] == expected
    assert slots.get(requested_slot) is None  # the question asked is still open
    assert not any("没太看懂" in t for t in texts(dispatcher))


@pytest.mark.parametrize(
    ("text", "requested_slot"),
    [("村委会", "prior_report"), ("法院", "legal_status"), ("村委会旁边", "category"), ("公司", "category")],
)
async def test_a_party_that_answers_its_own_question_or_is_only_a_role_is_no_respondent(text, requested_slot):
    slots, _, _ = await run(text, requested_slot, slots={"issue_text": LAND_STORY})
    assert "respondent" not in slots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不知道归谁管 就是市政的下水道", "市政的下水道"),
        ("不清楚叫啥 就是村口那个砖厂", "村口那个砖厂"),
    ],
)
async def test_a_party_in_words_the_classifier_took_for_a_skip_is_kept(text, expected):
    slots, _, _ = await run(text, "respondent", intent="skip", slots={"issue_text": "家门口的下水道堵了"})
    assert slots["respondent"] == expected


@pytest.mark.parametrize("text", ["跳过", "不想说", "不知道"])
async def test_a_real_skip_is_still_a_skip(text):
    slots, _, _ = await run(text, "respondent", intent="skip", slots={"issue_text": "家门口的下水道堵了"})
    assert slots["respondent"] == NOT_PROVIDED


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("我向区政府申请公开拆迁补偿的文件，两个月了没答复，在长沙市望城区", "望城区政府"),
        ("县环保局罚了我们养鸡场三万，在益阳市桃江县", "桃江县生态环境局（原环保局）"),
        ("國土局把我家的地征了沒給錢 在益阳市桃江县", "自然资源局（原国土局）"),
        ("我2024年被错误拘留了一个月，后来检察院不起诉放了，在衡阳市衡东县", "公安局"),
        ("开发商长沙鑫城置业一直不给办房产证，在长沙市望城区", "长沙鑫城置业"),
    ],
)
async def test_a_story_gives_the_organ_in_its_place_by_todays_name(story, expected):
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["respondent"] == expected


async def test_an_organ_answered_later_gets_the_place_already_known():
    known = {"issue_text": "罚款不合理", "location": "湖南省益阳市桃江县", "location_code": "430922"}
    slots, _, _ = await run("县环保局", "respondent", slots=known)
    assert slots["respondent"] == "桃江县生态环境局（原环保局）"


@pytest.mark.parametrize(
    "story",
    [
        "小区附近没有幼儿园，孩子要走很远，建议规划建一所公办幼儿园，在长沙市望城区",
        "宅基地纠纷法院去年判了我赢，对方就是不搬，在常德市石门县",  # 对方 is asked by name
        "我们村种粮补贴今年没发 问村里说上面没拨 河南省驻马店市上蔡县",
    ],
)
async def test_a_facility_wished_for_a_place_or_an_unnamed_other_party_is_not_filed(story):
    tracker = make_tracker(story, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") in (None, "")


async def test_the_party_the_story_gave_said_again_at_another_question_is_no_puzzle():
    known = {"issue_text": LAND_STORY, "respondent": "村委会"}
    slots, dispatcher, _ = await run("村委会", "category", slots=known)
    assert slots.get("respondent", "村委会") == "村委会"
    assert not any("没太看懂" in t for t in texts(dispatcher))


async def test_a_village_that_took_the_land_is_filed_as_its_committee():
    tracker = make_tracker(LAND_STORY, intent="tell_problem", active_loop=None)
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["respondent"] == "村委会"


@pytest.mark.parametrize("requested_slot", ["legal_status", "occurred_at", "people_count"])
@pytest.mark.parametrize("known_party", [None, "村委会"])
async def test_a_party_put_in_place_of_a_denied_one_is_kept_at_any_question(requested_slot, known_party):
    known = {"issue_text": "俺家承包的地叫收回去了 说是要搞合作社", "respondent": known_party}
    slots, dispatcher, _ = await run("不是合作社 是俺们村委会收的", requested_slot, slots=known)
    assert slots.get("respondent", known_party) == "村委会"
    assert not any("没太看懂" in t for t in texts(dispatcher))


async def test_a_denial_at_the_earlier_report_question_is_about_that_report():
    slots, _, _ = await run("不是村委会，是找的镇政府", "prior_report", slots={"issue_text": LAND_STORY})
    assert "respondent" not in slots


async def test_an_organ_told_before_its_place_gets_the_place_when_it_is_said():
    known = {"issue_text": "区政府不公开征地文件", "respondent": "区政府", "category": "党务政务"}
    slots, _, _ = await run("在长沙市望城区", "location", slots=known)
    assert slots["respondent"] == "望城区政府"


async def test_an_answer_against_nobody_is_not_provided_not_puzzling():
    slots, dispatcher, _ = await run(
        "这个不是投诉谁 就是想请政府帮忙协调", "respondent", slots={"issue_text": "老小区加装电梯"}
    )
    assert slots["respondent"] == NOT_PROVIDED
    assert not any("没太看懂" in t for t in texts(dispatcher))


@pytest.mark.parametrize("intent", ["inform", "affirm", "tell_problem"])
async def test_a_request_to_file_at_the_respondent_question_is_no_party(intent):
    slots, _, _ = await run(
        "好的，帮我登记一下", "respondent", intent=intent, slots={"issue_text": "老公喝了酒就打我"}
    )
    assert slots.get("respondent") in (None, NOT_PROVIDED) or "登记" not in slots["respondent"]


BARBECUE_STORY = "我家隔壁开了个烧烤店 油烟直接往我家窗户里灌 晚上吵到两三点"


@pytest.mark.parametrize("requested_slot", ["legal_status", "people_count", "occurred_at"])
@pytest.mark.parametrize(
    ("text", "named"),
    [("就是那个烧烤店 叫老王烧烤", "老王烧烤"), ("烧烤店的老板姓孙 叫孙大勇", "孙大勇")],
)
async def test_the_known_party_named_at_another_question_gets_its_name(requested_slot, text, named):
    known = {"issue_text": BARBECUE_STORY, "respondent": "烧烤店"}
    slots, dispatcher, _ = await run(text, requested_slot, slots=known)
    assert named in slots["respondent"]
    assert slots.get(requested_slot) is None  # the question asked is still open
    assert not any("没太看懂" in t for t in texts(dispatcher))


async def test_the_known_party_only_mentioned_in_an_answer_is_left_as_it_was():
    known = {"issue_text": BARBECUE_STORY, "respondent": "烧烤店"}
    slots, _, _ = await run("跟烧烤店老板说过好几次 没用", "prior_report", slots=known)
    assert slots.get("respondent", "烧烤店") == "烧烤店"


@pytest.mark.parametrize(
    "text",
    ["不曉得 問村上說是鎮財政所發的 茶市鎮財政所", "不晓得 问村上说是镇财政所发的 茶市镇财政所"],
)
async def test_the_office_an_earlier_answer_named_as_the_one_is_the_respondent(text):
    """hp-025: the earlier report ("问村上…") spans the answer; the office it was told does it is the party, by
    its fuller name, in either script."""
    tracker = make_tracker(
        text,
        intent="tell_problem",
        requested_slot="respondent",
        slots={
            "issue_text": "国家给的耕地地力补贴 今年俺家一分没收到 湖南衡阳市衡南县 茶市镇",
            "category": "农村农业",
        },
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") == "茶市镇财政所"


async def test_an_office_only_reported_to_is_still_no_respondent():
    tracker = make_tracker(
        "找过街道办 没人管",
        intent="inform",
        requested_slot="respondent",
        slots={"issue_text": "楼道堆满杂物"},
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots.get("respondent") != "街道办"


async def test_the_person_an_earlier_answer_names_is_the_respondent():
    """hv-025: "乡里说拨到村里 村主任郑光明说没收到" at the respondent question, all of it an earlier report too."""
    tracker = make_tracker(
        "不知道是誰 鄉里說撥到村裡 村主任鄭光明說沒收到",
        intent="inform",
        requested_slot="respondent",
        slots={"issue_text": "我们村退耕还林的补助 2023年以后就没发过了"},
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert "郑光明" in (slots.get("respondent") or "")
