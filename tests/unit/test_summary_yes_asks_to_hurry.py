"""A yes to the summary with a plea to hurry ("对的 你们快点管 娃天天坐") files the case (hp-010)."""

import pytest

from actions.summary_accept import accepts_summary


@pytest.mark.parametrize(
    "said",
    ["对的 你们快点管 娃天天坐", "对 赶紧管管吧", "對的 你們快點管", "对 快点处理", "是的 赶快给俺解决"],
)
def test_a_yes_with_a_plea_to_hurry_files(said):
    assert accepts_summary(said) is not None


@pytest.mark.parametrize("said", ["不对 你们快点管", "对 但是电话错了 快点管", "快点管"])
def test_no_yes_no_filing(said):
    assert accepts_summary(said) is None
