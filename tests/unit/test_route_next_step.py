"""A consumer dispute already mediated by 12315 (or the market regulator, the 消协) without agreement goes to court,
not back to the hotline (消费者权益保护法 第39条). Earlier reports written for these tests."""

from __future__ import annotations

import pytest

from actions.route_slots import fresh_decision
from bot.route_model.next_step import consumer_mediation_failed, police_case_open, police_inaction_untold
from bot.route_model.readings_money import sales_scam_vanished

STORY = "在县城家电城买的冰箱 用了一个礼拜就不制冷 店里说人为损坏 不给换"
SLOTS = {
    "issue_text": STORY,
    "category": "商贸旅游",
    "legal_status": "none",
    "respondent": "县城家电城有限公司",
}


@pytest.mark.parametrize(
    "prior",
    [
        "打了12315 调解过一次 店里只肯修不肯换 我不同意",
        "找过市场监管所 他们组织调解 对方不认",
        "消协调解了两回 谈不拢",
        "打過12315 調解沒用",  # traditional characters
    ],
)
def test_a_failed_consumer_mediation_leads_to_court(prior: str) -> None:
    assert consumer_mediation_failed(prior)
    decision = fresh_decision({**SLOTS, "prior_report": prior})
    assert decision.label == "litigation/civil_dispute" and decision.question is None
    assert "第39条" in decision.reason


@pytest.mark.parametrize(
    "prior",
    [
        "打过12315 说会转给市场监管",  # no mediation yet
        "未曾反映",
        "找过村委会调解 没谈成",  # no consumer line
    ],
)
def test_without_a_failed_consumer_mediation_the_hotline_stays(prior: str) -> None:
    assert not consumer_mediation_failed(prior)
    assert fresh_decision({**SLOTS, "prior_report": prior}).code != "litigation"


def test_a_matter_against_an_organ_is_not_sent_to_a_civil_court() -> None:
    slots = {**SLOTS, "respondent": "县市场监管局", "prior_report": "12315调解过 对方不同意"}
    assert fresh_decision(slots).label != "litigation/civil_dispute"


POLICE_STORY = "被人冒充客服骗了两万块 已经报警了"
POLICE_SLOTS = {"issue_text": POLICE_STORY, "category": "政法", "legal_status": "none", "respondent": "骗子"}


@pytest.mark.parametrize(
    "prior",
    [
        "报警了 派出所立案了 给了回执",
        "公安局已立案侦查",
        "派出所給我立了案",  # traditional characters
        "110报的警 拿到立案回执",
    ],
)
def test_a_case_the_police_registered_is_no_refusal_to_open_one(prior: str) -> None:
    assert police_case_open(POLICE_STORY, prior)
    decision = fresh_decision({**POLICE_SLOTS, "prior_report": prior})
    assert decision.code == "litigation" and decision.variant is None
    assert "第115条" in decision.reason


@pytest.mark.parametrize(
    "prior",
    [
        "派出所不立案",
        "派出所的人讲这个是经济纠纷 不给我立案",  # "给我立案" inside a refusal
        "警察说够不上 没给俺立案",
        "报了案 立案了 一直没消息",  # the police doing nothing since: their inaction
        "报警了 没立案",
        "警察来过 做了笔录",  # nothing registered told
    ],
)
def test_no_registered_case_leaves_the_police_route(prior: str) -> None:
    assert not police_case_open(POLICE_STORY, prior)


@pytest.mark.parametrize(
    ("story", "prior", "untold"),
    [
        ("刚刚接了个电话 说我涉嫌洗钱 让我转到安全账户 转了三万", "刚打了110", "just_reported"),
        ("給兒子辦落戶 派出所讓去社區開證明 社區又說要派出所先蓋章", "没有", "no_crime"),
        ("身份证补办 派出所一直说系统有问题 跑了三趟", "", "no_crime"),
        ("我又不是报案 就是想问迁户口找谁", "", "no_crime"),
        ("被人打了 报警半年了派出所一直不立案", "", None),
        ("上个月家里被偷了 报了案", "", None),
    ],
)
def test_a_refusal_to_open_a_case_needs_a_report_and_the_police_doing_nothing(story, prior, untold) -> None:
    assert police_inaction_untold(story, prior) == untold


def test_an_errand_at_the_police_station_is_a_petition_and_a_fresh_report_is_with_the_police() -> None:
    errand = {**POLICE_SLOTS, "respondent": "派出所", "prior_report": "打过12345 说让我问派出所"}
    errand["issue_text"] = "想把户口迁到儿子这边 派出所让去街道开证明 街道又让找派出所 来回跑了好几趟"
    assert fresh_decision(errand).code != "litigation"
    fresh = {
        **POLICE_SLOTS,
        "issue_text": "刚刚被骗了 对方冒充客服让我转了两万",
        "prior_report": "刚刚打了110",
    }
    decision = fresh_decision(fresh)
    assert decision.variant != "police_inaction"


@pytest.mark.parametrize(
    ("story", "prior"),
    [
        ("我妈七十多了 被人忽悠买保健品花了三万多", "打过12315 那个店早就关门跑了"),
        ("老头天天去听健康讲座 被骗着买了一堆理疗仪 现在店人去楼空 联系不上", ""),
        ("我奶奶八十多了 让推销的哄着买了两万多的保健品", "没有"),
    ],
)
def test_health_products_sold_by_deceit_and_the_seller_gone_are_for_the_police(story, prior) -> None:
    assert sales_scam_vanished(story, prior)
    slots = {"issue_text": story, "category": "商贸旅游", "legal_status": "none", "respondent": "保健品店"}
    decision = fresh_decision({**slots, "prior_report": prior})
    assert decision.code == "litigation" and decision.variant is None and "110" in decision.reason
    assert not sales_scam_vanished("保健品店卖过期的东西", "")
    assert not sales_scam_vanished("买的保健品吃了没效果 店里说不退", "打过12315")
