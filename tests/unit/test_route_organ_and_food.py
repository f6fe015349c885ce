"""Two law rules on routes. A pension or subsidy docked by a 镇 or a bureau is that organ's act, not an
employer's breach: no labour route; an organ's own hands owed their pay keep it. Unsafe food where it is sold
goes to the market regulator first."""

import pytest

from bot.domain.routing import decide_route

LABOUR = ("labour_inspection", "labour_arbitration")


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        (
            "我门这里的养老钱 每个月都被镇里扣掉五十块 说是扣的什么合作医疗 我都八十三了 一个月才一百多块",
            "镇里",
        ),
        ("高龄补贴被乡政府扣了一半 说是要交什么管理费", "乡政府"),
        ("民政局把我家的低保钱扣了两个月 也不说为啥", "民政局"),
        (  # lead-085: the son's work is why no one helps, not the citizen's job at the 社区
            "我今年八十了听说有高龄补贴咋领啊我儿子在外地打工没人帮我弄 社区说我户口不在这边 让我回老家办",
            "友谊路街道的社区",
        ),
    ],
)
def test_money_docked_by_an_organ_is_no_labour_matter(story, respondent):
    assert decide_route(story, "劳动和社会保障", "none", respondent=respondent).code not in LABOUR


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        ("在镇政府当临时工 工资拖了三个月", "镇政府"),
        ("我在街道办干保洁 合同工 加班费一直不给", "街道办"),
    ],
)
def test_an_organs_own_worker_keeps_the_labour_route(story, respondent):
    assert decide_route(story, "劳动和社会保障", "none", respondent=respondent).code in LABOUR


@pytest.mark.parametrize(
    "story",
    [
        "饭店吃出一只蟑螂 老板不认账 还骂人 在成都锦江区",
        "超市买的面包发霉了 找他们退 不给退",
        "在外卖店点的饭吃出头发 店家不理",
    ],
)
def test_unsafe_food_goes_to_the_market_regulator_first(story):
    decided = decide_route(story, "商贸旅游", "none", respondent="店家")
    assert (decided.code, decided.variant) == ("hotline_12345", "market")
