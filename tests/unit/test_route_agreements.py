"""A government's 招商 or relocation agreement not kept (bot.route_model.readings_agreements) is an administrative
agreement: 行政复议 or a suit (行政诉讼法 第12条第1款第十一项), no ordinary petition and no labour dispute.
Phrasings written for these tests, none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_agreements import agreement_not_kept


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("开发区招商时签了协议 说入园三年返还一半税 现在管委会说政策变了 一分没返", "开发区管委会"),
        ("县里引进我们的食品厂 合同上写着给五十万扶持资金 换了领导就不认了", "县政府"),
        ("鎮政府簽了搬遷獎勵的協議 廠子搬過去兩年 獎勵一直沒兌現", None),
    ],
)
def test_an_incentive_agreement_not_kept_is_reviewed_or_sued(text: str, respondent: str | None) -> None:
    assert agreement_not_kept(text)
    decision = decide_route(text, "经济管理", "none", respondent=respondent)
    assert decision.code == "administrative_review", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "镇政府欠我工程款 合同签了 到现在不给",  # the organ as a buyer: a civil contract debt
        "拆迁补偿协议签了 补偿款一直不给",  # a 征收 agreement: its own route
        "老板跟我签了劳动合同 工资一直不给",  # an employer
    ],
)
def test_what_is_no_incentive_agreement(text: str) -> None:
    assert not agreement_not_kept(text)
