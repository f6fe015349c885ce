"""A route question the respondent already answers is not asked: "对方是个人或者企业（不是政府部门）吗" of a company
the citizen named decides between a civil dispute and a matter against an organ by itself. Against a 12345 reading
the question is still asked: a shop is the other side of a consumer complaint and of a civil suit alike."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.evidence import respondent_kind
from bot.route_model.questions import answered_by_respondent

CIVIL_OR_PETITION = {"litigation/civil_dispute": 0.5, "petition": 0.4, "hotline_12345/housing": 0.1}
CIVIL_OR_12345 = {"litigation/civil_dispute": 0.45, "hotline_12345/market": 0.45, "petition": 0.1}
STORY = "楼还没盖完 合同上写得清清楚楚 开发商一直拖"  # no overdue date told: the scores decide alone

BUSINESSES_AND_PEOPLE = [
    "苏州某某置业有限公司",
    "南京鼎盛置业",
    "恒达房地产开发公司",
    "開發商",  # traditional characters
    "物业公司",
    "隔壁邻居老张",
    "房东",
    "阳光花园的开发商 叫宏图地产",
]
ORGANS = ["区住建局", "街道办事处", "县人民政府", "房管局", "派出所"]
SAYS_NOTHING = [None, "", "未提供", "他们", "那帮人"]


@pytest.mark.parametrize(
    ("respondent", "label", "answer"),
    [(name, "litigation/civil_dispute", "是") for name in BUSINESSES_AND_PEOPLE]
    + [(name, "petition", "不是") for name in ORGANS],
)
def test_a_named_respondent_answers_who_the_other_side_is(respondent: str, label: str, answer: str) -> None:
    decision = decide_route(STORY, "城乡建设", "none", respondent=respondent, scores=CIVIL_OR_PETITION)
    assert decision.question is None, decision.reason
    assert decision.label == label
    assert decision.reason.endswith(f"可知：{answer}")


@pytest.mark.parametrize("respondent", SAYS_NOTHING)
def test_no_respondent_the_citizen_is_asked(respondent: str | None) -> None:
    decision = decide_route(STORY, "城乡建设", "none", respondent=respondent, scores=CIVIL_OR_PETITION)
    assert decision.question is not None and decision.question.key == "private"


@pytest.mark.parametrize("respondent", ["母婴店", "老王烧烤店", "某某超市"])
def test_against_12345_a_shop_answers_nothing(respondent: str) -> None:
    assert respondent_kind(respondent) == "business"
    assert (
        answered_by_respondent("private", "business", "litigation/civil_dispute", "hotline_12345/market")
        is None
    )
    decision = decide_route(
        "买的东西坏了 店里不给退", "商贸旅游", "none", respondent=respondent, scores=CIVIL_OR_12345
    )
    assert decision.question is not None and decision.question.key == "private"


def test_only_the_question_about_the_other_side_is_answered() -> None:
    assert answered_by_respondent("employer", "business", "labour_inspection", "petition") is None
    assert answered_by_respondent("private", "official", "litigation/civil_dispute", "petition") is None


@pytest.mark.parametrize("respondent", ["三楼那家", "楼上那户 户主姓刘", "802室那家", "对门的那家"])
def test_a_household_by_its_door_is_a_private_person(respondent: str) -> None:
    assert respondent_kind(respondent) == "private"


def test_a_shop_by_its_door_stays_a_business() -> None:
    assert respondent_kind("对门那家店") == "business"
