"""What the intake knows beside the story decides two routes. Money owed with a 包工头 on record as the respondent
is pay for work (hx-016: labour inspection and 12333, not a civil suit); a story with no land and nothing taken is
no expropriation, so no "强拆" question is asked of a school place refused (hw-003). New phrasings written for
these tests, none a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_rules import apply_law_rules, tells_taking

EXPROPRIATION = "administrative_review/expropriation"


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("欠我的钱要不回来 我不想活了", "包工头周海"),
        ("钱到现在一分没给 人也找不到了", "工头老李"),
        ("欠俺的钱拖了大半年 電話也不接", "包工頭王強"),  # traditional characters
        ("他还欠我１万２没结", "带班的张师傅"),  # full-width digits
    ],
)
def test_money_owed_by_a_crew_lead_is_pay(story: str, respondent: str) -> None:
    decision = decide_route(story, "劳动和社会保障", "none", respondent=respondent)
    assert decision.code in ("labour_inspection", "labour_arbitration"), decision.reason


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("借给他五万块 一直不还", "包工头周海"),  # a loan, whoever borrowed it
        ("欠我的钱要不回来", "邻居老王"),
        ("欠我的钱要不回来", None),
    ],
)
def test_other_money_owed_stays_a_civil_matter(story: str, respondent: str | None) -> None:
    decision = decide_route(story, "其他", "none", respondent=respondent)
    assert decision.code not in ("labour_inspection", "labour_arbitration"), decision.reason


@pytest.mark.parametrize(
    "story",
    [
        "孩子上学的事 我们家就在学校旁边 凭啥不让上 说我们不在学区 房子是2019年买的",
        "我家孩子上初中被分到十几里外 明明家门口就有学校",
        "醫保報銷被拒了 說沒備案",  # traditional characters
    ],
)
def test_no_land_and_nothing_taken_is_no_expropriation(story: str) -> None:
    scores = {EXPROPRIATION: 0.3, "petition": 0.6, "consultation": 0.1}
    lawful, used = apply_law_rules(scores, story, organ_named=True)
    assert lawful[EXPROPRIATION] == 0.0 and any("征收" in why for why in used)
    decision = decide_route(story, "教育文体", "none", respondent="区教育局", scores=scores)
    assert decision.question is None or "强拆" not in decision.question.text


@pytest.mark.parametrize(
    "story",
    [
        "政府把我家房子划进拆迁范围 补偿太低",
        "我家房子被强折了 补尝款一分没有",  # the usual typos
        "棚户区改造 评估公司把我家面积少算了",
        "开发区建厂 把我们村的地圈了",
        "镇上修路把俺家的地占了 一分钱没给",
    ],
)
def test_a_taking_told_keeps_the_expropriation_reading(story: str) -> None:
    scores = {EXPROPRIATION: 0.6, "petition": 0.4}
    lawful, _ = apply_law_rules(scores, story, organ_named=True)
    assert lawful[EXPROPRIATION] > 0.5


def test_taking_words() -> None:
    assert tells_taking("村里要拆我家老房子")
    assert not tells_taking("学校说我们不在片区 不让上")
