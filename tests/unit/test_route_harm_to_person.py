"""A beating or a death threat by someone outside the family is the police's (刑事诉讼法 第110条), not a wage
complaint, a hotline's or a civil dispute to mediate; pay told as owed beside it keeps the labour route. Phrasings
written for these tests (dialect, traditional characters, full-width digits, negations), none a corpus message."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_person import beaten_by_others, threatened_or_followed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("去厂里结账 主管叫保安把我揍了一顿 眼睛都肿了", "劳动和社会保障"),
        ("在夜市被两个喝醉的人围殴 头破了缝了三针", "政法"),
        ("收摊的時候被人打傷了 手骨折", "政法"),  # traditional characters
        ("找包工头理论 他喊了三四个人把我打了", None),
    ],
)
def test_a_beating_by_others_goes_to_the_police(text: str, category: str | None) -> None:
    assert beaten_by_others(text)
    decided = decide_route(text, category, "none")
    assert decided.code == "litigation", decided.reason  # the police, or the injury claimed in court


@pytest.mark.parametrize(
    "text",
    [
        "包工头欠俺三万工钱 去要还叫人打了俺",  # the pay owed is the matter too: the labour route stays
        "城管把我推倒了 腿摔伤了",  # an enforcement officer: state compensation
        "孩子在学校被同学打了",  # school: its own rule
        "我老公喝了酒就打我",  # family: domestic violence
        "打工的地方老板人挺好",  # no beating (打工)
    ],
)
def test_beatings_placed_elsewhere_are_not_read(text: str) -> None:
    assert not beaten_by_others(text)


@pytest.mark.parametrize(
    "text",
    [
        "有个男的天天跟踪我下班 还发短信说要弄死我",
        "前同事威胁我 说不撤诉就找人砍死我",
        "以前的房東天天尾隨我 我好怕",  # traditional characters
    ],
)
def test_a_death_threat_or_stalking_is_no_civil_dispute(text: str) -> None:
    assert threatened_or_followed(text)
    decided = decide_route(text, "政法", "none")
    assert decided.label != "litigation/civil_dispute"
    if decided.question is not None:
        assert decided.question.no.label != "litigation/civil_dispute"


def test_not_a_threat() -> None:
    assert not threatened_or_followed("邻居说要告我 我不怕")


@pytest.mark.parametrize("text", ["施工队砍了俺家二十棵树 没赔钱", "修路的打了我家院墙一个洞"])
def test_harm_to_what_is_theirs_is_no_blow(text: str) -> None:
    assert not beaten_by_others(text) and not threatened_or_followed(text)


@pytest.mark.parametrize(
    "text",
    [
        "上头田的老刘为灌溉的事跟我吵 把水口堵了 还说要弄死我",
        "隔壁为了地界的事拿锄头说要打死我 我找村里评理",
        "為了屋簷水的事 對門說要砍死我",  # traditional characters
    ],
)
def test_a_threat_in_a_quarrel_over_shared_water_or_land_leaves_the_quarrel(text: str) -> None:
    assert not threatened_or_followed(text)
    assert decide_route(text, "政法", "none").label in ("litigation/civil_dispute", "litigation/land_title")
