"""Where the matters of shopkeepers and farmers who sell go: a buyer's unpaid bill and a shop's lease are contracts
between parties (民法典: a civil suit or mediation, whoever the landlord is), protection money is a crime for the
police (not a decision to appeal). Stories written for these tests, none of them an example of
knowledge/route_examples/."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.examples import load_examples, model_text

UNPAID_GOODS = [
    "我家的桃子让一个水果贩子拉走了 说好十天结账 两个月了电话都不接",
    "賣給收購商的核桃錢一直不給 說等他回款",  # traditional characters
    "养的羊卖给了羊贩子 还差一万二没给😡",
]
SHOP_LEASES = [
    "我租的是区国资公司的门面 合同到期了不让续租 还要我们十天内搬走",
    "店铺的房东是镇上的集体企业 说租金要翻倍 不答应就收回",
]
EXTORTION = [
    "有几个混社会的天天到我的面馆要钱 说不交就砸 前天把我的招牌踹烂了",
    "开了个水果摊 一帮人每个月来收五百 不给就掀摊子 我一个人不敢惹",
]
CASES = [(s, "litigation") for s in UNPAID_GOODS + SHOP_LEASES + EXTORTION]


def test_these_stories_are_not_training_examples() -> None:
    texts = {model_text(e.text) for e in load_examples()}
    assert [s for s, _ in CASES if model_text(s) in texts] == []


@pytest.mark.parametrize(("story", "code"), CASES)
def test_business_matters_go_their_lawful_way(story: str, code: str) -> None:
    decision = decide_route(story, None, "none")
    if decision.question is None:
        assert decision.code == code, decision.reason
    else:  # asked: the answer that fits the story ("不是" to "对方是您的用人单位吗") leads there
        assert code in (decision.code, decision.question.no.code, decision.question.yes.code), decision.reason
        assert "administrative_review" not in (decision.code, decision.question.no.code), decision.reason


@pytest.mark.parametrize("story", EXTORTION)
def test_protection_money_is_for_the_police(story: str) -> None:
    decision = decide_route(story, "政法", "none")
    assert decision.label == "litigation/police_inaction", decision.reason
