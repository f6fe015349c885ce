"""A respondent told as a role and named later, the court that judged, a hospital of a university, a boss
named after his company (held chats hc-007, hd-005, hd-020, hd-038)."""

from __future__ import annotations

import pytest

from actions.validate_intake import ValidateIntakeForm
from bot.parsing.respondent import extract_respondent, is_role_only, names_a_person
from tests.actions.conftest import make_tracker, run_action

STORY = "我哋村啲村干部将集体嘅地偷偷卖咗畀老板起厂"


async def run(text, requested_slot, slots):
    tracker = make_tracker(text, intent="inform", requested_slot=requested_slot, slots=slots)
    return await run_action(ValidateIntakeForm(), tracker)


@pytest.mark.parametrize(
    ("known", "said", "expected"),
    [
        ("村干部", "村委会主任陈某", "村委会主任陈某"),
        ("村干部", "村支书王建军", "村支书王建军"),
        ("村干部", "村支書王建軍", "村支书王建军"),  # traditional characters
        ("老板", "老板叫韦建明", "老板韦建明"),
        ("包工头", "包工头刘二", "包工头刘二"),
    ],
)
@pytest.mark.parametrize("requested_slot", ["category", "occurred_at"])
async def test_a_named_person_said_later_takes_the_place_of_the_role(known, said, expected, requested_slot):
    slots, _, _ = await run(said, requested_slot, {"issue_text": STORY, "respondent": known})
    assert slots["respondent"] == expected


@pytest.mark.parametrize(
    ("known", "said"),
    [
        ("华强电子厂", "村委会主任陈某"),  # a named unit is not replaced by another party
        ("村支书王建军", "村主任李四"),  # a named person is not replaced
        ("村干部", "村委会"),  # no person named: the role stays
    ],
)
async def test_a_party_with_its_own_name_stays(known, said):
    slots, _, _ = await run(said, "category", {"issue_text": STORY, "respondent": known})
    assert slots.get("respondent", known) == known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("法院判了对方还我八万块钱，判决都生效半年了，他一分钱没还", "对方"),  # the court judged; not it
        ("法院判决公司赔我五万 公司一直不给", "公司"),
        ("仲裁委裁决厂里付我工资，厂里不执行", None),
        ("法院乱判，判错了", "法院"),  # a complaint about the court itself
        ("🙏🙏我妈在哈尔滨医科大学附属第一医院住院，收费单上有好多没做过的检查", "第一医院"),
        ("孩子在师范大学附属中学 学校乱收补课费", "师范大学附属中学"),  # "学校" is the school named before
        ("装修公司老板拖了我们大半年的工钱 在南宁市青秀区 老板叫韦建明", "老板韦建明"),
        ("裝修公司老闆拖了工錢 老闆叫韋建明", "老板韦建明"),
        ("装修公司老板拖了我们工钱", "公司老板"),  # no name told: a role (below), asked about later
        ("华强公司老板拖欠工资", "华强公司老板"),
        ("村委会主任陈某把地卖了", "村委会主任陈某"),
        ("村支书王建军把低保给了亲戚", "村支书王建军"),
        ("村主任说不归他管", "村主任"),
    ],
)
def test_who_the_story_is_against(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("party", "named"),
    [
        ("村委会主任陈某", True),
        ("老板韦建明", True),
        ("包工头张建设", True),
        ("村干部", False),
        ("华强公司", False),
        ("村主任曾国华", True),  # 曾 is 曾经 in running text, a surname after a title
        ("经理张三丰", True),
        ("村主任说", False),
        ("主任和书记", False),
        ("村主任他们", False),
    ],
)
def test_names_a_person(party, named):
    assert names_a_person(party) is named


@pytest.mark.parametrize(
    ("party", "role_only"),
    [
        ("公司老板", True),
        ("装修公司老板", True),
        ("工地老板", True),
        ("华强公司老板", False),
        ("老板韦建明", False),
    ],
)
def test_a_role_of_a_role_is_still_a_role(party, role_only):
    assert is_role_only(party) is role_only


LOW_INCOME_STORY = "我们村的低保名额都给村干部的亲戚了 真正困难的户评不上"


@pytest.mark.parametrize(
    ("said", "requested_slot", "expected"),
    [
        ("村支书和村主任", "legal_status", "村支书和村主任"),  # who exactly, said at the court question
        ("村支書跟村主任", "occurred_at", "村支书跟村主任"),
        ("村会计、村支书", "category", "村会计、村支书"),
    ],
)
async def test_officials_listed_later_say_who_the_village_cadres_are(said, requested_slot, expected):
    slots, dispatcher, _ = await run(
        said, requested_slot, {"issue_text": LOW_INCOME_STORY, "respondent": "村干部"}
    )
    assert slots["respondent"] == expected


@pytest.mark.parametrize("said", ["村支书和村主任", "村会计"])
async def test_officials_at_the_earlier_report_question_are_where_it_went(said):
    slots, _, _ = await run(said, "prior_report", {"issue_text": LOW_INCOME_STORY, "respondent": "村干部"})
    assert slots.get("respondent", "村干部") == "村干部"


WAGES_STORY = "老板跑路了！！！欠我们二十几个人三个月工资 一共四十多万"


@pytest.mark.parametrize(
    ("said", "requested_slot", "expected"),
    [
        ("东莞市长安镇 一个做五金的厂 叫鑫达五金", "location", "鑫达五金厂"),  # said with the place
        ("廠子叫鑫達五金", "occurred_at", "鑫达五金厂"),
        ("在长沙 一家公司叫华强的", "location", "华强公司"),
        ("就在我们小区 物业叫长城物业", "category", "长城物业"),
    ],
)
async def test_a_unit_said_with_its_name_at_another_question_is_the_respondent(
    said, requested_slot, expected
):
    slots, _, _ = await run(said, requested_slot, {"issue_text": WAGES_STORY})
    assert slots["respondent"] == expected


@pytest.mark.parametrize(
    ("said", "requested_slot"),
    [
        ("那个厂叫什么我不知道", "location"),  # no name
        ("东莞市长安镇 一个做五金的厂", "location"),  # a role only: asked for by name later
        ("我叫刘强", "petitioner_name"),
        ("找过一家公司叫华强的 没用", "prior_report"),  # where it was reported
    ],
)
async def test_no_unit_named_sets_no_respondent(said, requested_slot):
    slots, _, _ = await run(said, requested_slot, {"issue_text": WAGES_STORY})
    assert slots.get("respondent") is None
