"""A case against a shop or a company is no organ's act to review (行政复议 is against an organ): a consumer complaint
that the regulator ignored, filed against the shop, goes to 12345 / 12315 without asking "是对政府部门…不服吗"; the same
story filed against the regulator is still its inaction. New phrasings written for these tests."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route

MODEL = {
    "hotline_12345/market": 0.45,
    "administrative_review/review_first": 0.22,
    "hotline_12345": 0.13,
    "litigation/civil_dispute": 0.1,
    "petition": 0.1,
}
STORY = "超市卖过期酸奶 孩子喝了肚子疼 打了投诉电话半个月没人管"


@pytest.mark.parametrize("shop", ["某某超市", "母嬰店", "那家水果店", "网店卖家", "美食城的商户"])
def test_against_a_shop_no_review_question(shop: str) -> None:
    decision = decide_route(STORY, "商贸旅游", "none", respondent=shop, scores=MODEL)
    assert decision.question is None, decision.reason
    assert decision.label == "hotline_12345/market"


@pytest.mark.parametrize("organ", ["市场监管局", "区市场监督管理局"])
def test_against_the_regulator_its_inaction_is_weighed(organ: str) -> None:
    decision = decide_route(STORY, "商贸旅游", "none", respondent=organ, scores=MODEL)
    labels = {decision.label} | ({decision.question.yes.label} if decision.question else set())
    assert "administrative_review/review_first" in labels, decision.reason
