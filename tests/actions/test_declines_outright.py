"""A message that only declines filing ("不用登记 谢谢 bye") stops the intake at any question."""

from __future__ import annotations

import pytest

from actions.asking_only import STOPPED, declines_outright
from actions.not_a_matter import declined

_SLOTS = {"issue_text": "房东看到我的导盲犬就不租给我", "requested_slot": "occurred_at"}


@pytest.mark.parametrize(
    "said", ["不用登记 谢谢 bye", "不要登记了，谢谢", "不用登記 thank you", "别登记了 再见"]
)
def test_declining_alone_stops_the_intake(said):
    assert declines_outright(said)
    assert declined(_SLOTS, said) == STOPPED


@pytest.mark.parametrize("said", ["电话不用登记", "名字不用登记 地址写同上", "不用登记名字", "跳过"])
def test_a_detail_left_out_is_no_decline(said):
    assert not declines_outright(said)
    assert declined(_SLOTS, said) is None
