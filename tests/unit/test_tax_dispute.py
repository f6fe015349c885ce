"""A tax owed is reviewed first (税收征收管理法 第88条; bot.route_model.tax_dispute). Stories written for these tests."""

from __future__ import annotations

import pytest

from bot.route_model.tax_dispute import REVIEW_FIRST, apply_tax_rule, tax_dispute


@pytest.mark.parametrize(
    "story",
    [
        "税务局说我前年卖房子少交了个税 要补八万多还有滞纳金",
        "税务所让我补缴个体户的税 还要交滞纳金 我不服",
        "稅務局說我少繳了稅 要我補",  # traditional characters
        "地税核定的税太高了 我这小店哪有那么多营业额",
    ],
)
def test_a_tax_owed_is_a_tax_dispute(story: str) -> None:
    assert tax_dispute(story)


@pytest.mark.parametrize(
    "story",
    [
        "税务局罚了我两千 说发票开错了",  # a fine alone: review or suit (第88条第2款)
        "物业让我补交三年的物业费还有滞纳金",  # no tax office
        "税务局的人态度很差 办个事跑了五趟",
    ],
)
def test_a_fine_or_no_tax_office_is_no_tax_dispute(story: str) -> None:
    assert not tax_dispute(story)


def test_a_tax_dispute_takes_the_administrative_readings_to_review_first() -> None:
    scores = {"administrative_review": 0.7, "administrative_review/review_first": 0.1, "hotline_12345": 0.2}
    said = apply_tax_rule(scores, "税务局说我少交了个税 要补八万多还有滞纳金")
    assert scores[REVIEW_FIRST] == pytest.approx(0.8) and scores["administrative_review"] == 0.0
    assert said and "第88条" in said[0]
