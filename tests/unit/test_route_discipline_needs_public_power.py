"""纪检监察 deals with people holding public power (监察法 第15条): "举报" a restaurant or a neighbour goes to
the regulator or a court, a village secretary's or a 国企 manager's misconduct to 纪检监察."""

import pytest

from bot.domain import routing
from bot.route_model.law_rules import apply_law_rules, public_power_involved


@pytest.mark.parametrize(
    ("story", "category", "respondent"),
    [
        (
            "我要匿名舉報 學校食堂用過期的肉 孩子們吃了拉肚子 好幾個班都有",
            "教育文体",
            "西乡中学食堂 承包的公司",
        ),
        ("举报一家饭店用地沟油", "商贸旅游", "饭店"),
        ("举报 楼下超市卖过期奶粉", "商贸旅游", None),
        ("举报隔壁工厂晚上偷排污水", "环境保护", "工厂"),
    ],
)
def test_reporting_a_business_is_no_discipline_matter(story, category, respondent):
    assert routing.decide_route(story, category, None, respondent=respondent).code != "discipline_inspection"


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("举报村支书贪污低保款", "村支书"),
        ("举报校长收受回扣 食堂承包给他亲戚的公司", "校长"),
        ("我要举报 村里的账几年都没公开过", None),
        ("我们厂是国企 厂长把厂里的设备低价卖给他小舅子", None),
        ("交警收钱不开罚单 塞两百就放走", None),
        ("举报镇政府的人收好处费", "镇政府"),
    ],
)
def test_misconduct_of_public_power_is_recognised(story, respondent):
    assert public_power_involved(story, respondent)


def test_without_public_power_the_rule_takes_discipline_out_and_says_why():
    scores, used = apply_law_rules(
        {"discipline_inspection": 0.8, "hotline_12345/market": 0.2}, "举报一家饭店用地沟油"
    )
    assert scores["discipline_inspection"] == 0.0
    assert any("监察法第15条" in reason for reason in used)


def test_an_organ_named_keeps_discipline_possible():
    scores, _ = apply_law_rules(
        {"discipline_inspection": 0.8, "petition": 0.2}, "举报他们乱来", organ_named=True
    )
    assert scores["discipline_inspection"] == pytest.approx(0.8)
