"""Where the law draws the line itself: an award or judgment ignored is enforced by a court, and domestic
violence is violence between family members. New phrasings written for these tests, none a training example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_rules import (
    DOMESTIC_VIOLENCE,
    ENFORCEMENT,
    LAND_TITLE,
    apply_law_rules,
    family_violence_possible,
    organ_act_on_land,
    refused_enforcement,
    tells_violence,
)

IGNORED = [
    "仲裁委裁决厂里付我一万八 厂里过了期限一分没付",
    "法院判决下来了 他欠我的五万块还是拖着不还",
    "劳动仲裁裁决支付经济补偿 公司没起诉也不给",
    "判決生效三個月了 對方還是不給錢",  # traditional characters
    "官司打赢了 那个老赖人跑了 钱拿不到",
    "法院调解书写明上个月底还清 到现在都没动静",
    "打赢官司２年了对方还是赖着不给",  # full-width digit
    "裁决书我拿到了 老板说没钱就是不给",
]
NOT_IGNORED = [
    "判决下来了 我不服 想上诉",  # the judgment itself is disputed
    "法院判了他还钱 我申请了强制执行 执行局半年没动静",  # already before the enforcement court
    "仲裁还没开庭 公司一直拖着",  # no award yet
    "老板拖欠工资不给 还没去仲裁",
    "我去法院起诉了 对方不给钱",
    "调解协议签了他不给钱",  # a village mediation agreement is no title to enforce
]


@pytest.mark.parametrize("text", IGNORED)
def test_an_award_or_judgment_in_force_not_carried_out(text: str) -> None:
    assert refused_enforcement(text)
    decision = decide_route(text, legal_status="judged")
    assert decision.label == ENFORCEMENT and decision.question is None
    assert "强制执行" in decision.reason


@pytest.mark.parametrize("text", NOT_IGNORED)
def test_no_enforcement_without_an_award_ignored(text: str) -> None:
    assert not refused_enforcement(text)
    assert decide_route(text).label != ENFORCEMENT


def test_an_award_ignored_is_enforced_whatever_the_status_said() -> None:
    story = "去年劳动仲裁赢了 裁决下来公司还是不给钱"
    for status in (None, "none", "in_arbitration", "judged"):
        assert decide_route(story, legal_status=status).label == ENFORCEMENT, status
    # a case still in court stays with the court
    assert decide_route(story, legal_status="in_court").label == "litigation/court_case"


NOT_FAMILY = [
    "我女儿在学校被同班女生扇耳光 脸都肿了 老师说是闹着玩",
    "孩子在学校被几个高年级的围着打 班主任不管",
    "走在路上被一个陌生人打了一拳",
    "小区保安把我推倒了",
    "楼下那家男的把我家孩子打了一巴掌",  # a neighbour hit the speaker's child: no family
    "幼儿园老师打小孩 被家长拍到了",
]
FAMILY = [
    "我男人喝了酒就打我",
    "婆婆天天骂我还动手",
    "我爸经常打我 我是初中生 老师也知道",  # a parent hits the child: family, even with a teacher named
    "前夫离婚后还跑来打我",
    "同居的男朋友掐我脖子",
    # a household beating its own child, heard through the wall
    "对门那家天天半夜打孩子 哭得撕心裂肺",
    "樓上鄰居常常打小孩 打完還關在陽台",  # traditional characters
    "隔壁两口子喝了酒就揍娃 娃才５岁",  # full-width digit
]


@pytest.mark.parametrize("text", NOT_FAMILY)
def test_violence_outside_the_family_is_no_domestic_violence(text: str) -> None:
    assert not family_violence_possible(text)
    scores, used = apply_law_rules({DOMESTIC_VIOLENCE: 0.8, "petition": 0.2}, text)
    assert scores[DOMESTIC_VIOLENCE] < 0.2 and abs(sum(scores.values()) - 1) < 1e-9
    assert used and "反家庭暴力法" in used[0]
    assert decide_route(text).label != DOMESTIC_VIOLENCE


@pytest.mark.parametrize("text", FAMILY)
def test_violence_in_the_family_keeps_its_reading(text: str) -> None:
    assert family_violence_possible(text)
    scores, used = apply_law_rules({DOMESTIC_VIOLENCE: 0.8, "petition": 0.2}, text)
    assert scores[DOMESTIC_VIOLENCE] == pytest.approx(0.8) and used == []


def test_a_bullied_child_is_the_schools_matter_not_a_protection_order() -> None:
    decision = decide_route(
        "我闺女初一 在学校被同学扯头发推下楼梯 摔伤了 找学校学校说调查调查就没下文了", "教育文体"
    )
    assert decision.code in ("petition", "hotline_12345") or decision.question is not None
    assert decision.label != DOMESTIC_VIOLENCE


@pytest.mark.parametrize(
    "text",
    [
        "俺家低保叫乡里停了 说俺闺女在城里上班挣钱",
        "我兒子在外地打工 民政說我家有收入 把低保取消了",
        "婆婆的养老金停发了 问了好几次社保局都说等通知",
    ],
)
def test_a_story_with_family_but_no_violence_is_no_domestic_violence(text: str) -> None:
    assert not tells_violence(text)
    scores, _ = apply_law_rules({DOMESTIC_VIOLENCE: 0.5, "administrative_review/review_first": 0.5}, text)
    assert scores[DOMESTIC_VIOLENCE] == 0.0


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("俺家宅基地证办了两年还没下来 镇上老说等", "administrative_review/review_first"),
        ("申请不动产登记交了材料 自然资源局一直压着不给办", "administrative_review/review_first"),
        ("房子翻修好了 镇里说是违建 贴了通知要拆除", "administrative_review/expropriation"),
        ("城管下了限期拆除决定 说我家的偏房是違章建築", "administrative_review/expropriation"),
        ("我在自家宅基地上盖的房 乡政府说要来拆", "administrative_review/expropriation"),
    ],
)
def test_an_organs_act_on_own_land_is_reviewed_not_a_title_dispute(text: str, reading: str) -> None:
    assert organ_act_on_land(text) == reading
    scores, used = apply_law_rules({LAND_TITLE: 0.8, "petition": 0.2}, text)
    assert scores[LAND_TITLE] == 0.0 and scores[reading] == pytest.approx(0.8)
    assert used and "土地管理法第14条" in used[-1]


@pytest.mark.parametrize(
    "text",
    [
        "邻居把围墙砌到我家宅基地上 两家的证都写着这块地",
        "堂叔拿出一张老证说我家的宅基地是他们的",
        "隔壁盖房占了我家地基 镇上调解不了",
        "两家为宅基地边界吵了三年",
    ],
)
def test_a_dispute_between_parties_stays_a_title_dispute(text: str) -> None:
    assert organ_act_on_land(text) is None
    scores, _ = apply_law_rules({LAND_TITLE: 0.8, "petition": 0.2}, text)
    assert scores[LAND_TITLE] == pytest.approx(0.8)


@pytest.mark.parametrize("respondent", ["镇里的自然资源所", "乡里", "县国土所", "镇政府"])
def test_a_land_matter_against_an_organ_alone_is_its_act_to_review(respondent: str) -> None:
    decision = decide_route("宅基地的事", "国土资源", "none", respondent=respondent)
    assert decision.code == "administrative_review"


@pytest.mark.parametrize("respondent", ["邻居", "堂哥", None])
def test_a_land_matter_against_a_person_stays_a_title_dispute(respondent: str | None) -> None:
    decision = decide_route("宅基地的事", "国土资源", "none", respondent=respondent)
    assert decision.label == LAND_TITLE


@pytest.mark.parametrize("text", ["对门那家天天半夜打孩子 哭得撕心裂肺", "楼上鄰居常常打小孩 打完還關在陽台"])
def test_a_neighbour_reporting_a_beaten_child_is_not_asked_whether_family_hits_them(text: str) -> None:
    decided = decide_route(text, "政法", "none")
    assert decided.label == DOMESTIC_VIOLENCE
    assert decided.question is None  # "是家里人对您动手吗" would ask the wrong person
