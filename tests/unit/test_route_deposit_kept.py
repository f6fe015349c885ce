"""A deposit (押金, 保证金) kept by a company, a platform or a landlord is owed under the contract
(bot.route_model.readings_property.deposit_withheld): settled or sued, never 复议 (no organ decided anything).
Phrasings written for these tests (dialect, traditional characters, full-width digits), none a corpus message."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_property import deposit_withheld


@pytest.mark.parametrize(
    "text",
    [
        "在淘宝开的店关了 一万保证金申请退了两个月还是审核中 就是不退",
        "货拉拉司机 退出平台了 押车费五千扣着不给",
        "健身房倒闭了 押金八百块到现在没给退",
        "公司把我三千押金扣下了 说设备有划痕",
        "房東扣住押金不還 說牆髒了",  # traditional characters
        "平台吞了我的保证金２万",  # full-width digits
        "租车公司唔肯退押金",  # Cantonese
    ],
)
def test_a_deposit_kept_is_told(text: str) -> None:
    assert deposit_withheld(text)


@pytest.mark.parametrize(
    "text",
    [
        "押金要交多少 能不能少交点",  # a question, nothing kept
        "押金已经退了 谢谢",
        "交警队扣车要交保证金 不交不放车",  # an organ holds it: its act
        "房子漏水 物业不管",
        "住建局收的农民工工资保证金一直不退",  # an organ holds it
    ],
)
def test_no_deposit_kept_by_a_party(text: str) -> None:
    assert not deposit_withheld(text)


@pytest.mark.parametrize(
    ("text", "category", "respondent"),
    [
        ("我在网上平台开店 店关了三个月 保证金两万一直不退 客服总说在审核", "商贸旅游", "某电商平台公司"),
        ("退租一个月了 二房东押金四千不退 电话也不接", "城乡建设", "二房东"),
    ],
)
def test_a_deposit_kept_is_no_review(text: str, category: str, respondent: str) -> None:
    decision = decide_route(text, category, "none", respondent=respondent)
    assert not decision.label.startswith("administrative_review"), decision.reason
