"""The monthly 奖励扶助 of rural parents of an only child is the township 卫生健康 (计生) office's, not the retiring
employee's one-time reward from the employer."""

from __future__ import annotations

import pytest

from actions.service_offices import office_for


@pytest.mark.parametrize(
    "question",
    [
        "俺爹娘七十多了 俺是独生子女 听说农村独生子女家庭父母到六十岁每月有奖励扶助 去哪办",
        "农村独生子女父母的奖励扶助金怎么申请",
        "俺们是种地的 独生子女那个补助去哪领",
        "獨生子女家庭每個月給的錢 農村的 找誰辦",
    ],
)
def test_the_rural_monthly_reward(question):
    office = office_for(question)
    assert "奖励扶助" in office and "卫生健康" in office and "村委会" in office


@pytest.mark.parametrize("question", ["单位倒闭了 独生子女奖励找谁要", "我爸退休时独生子女父母奖励没发"])
def test_the_employees_reward_stays_the_employers(question):
    office = office_for(question)
    assert "原单位" in office and "奖励扶助金" not in office
