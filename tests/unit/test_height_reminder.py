"""A worker still up on a crane is reminded to come down with each answer, until they say they are down."""

from __future__ import annotations

from actions.height_reminder import STILL_UP, height_reminder

_UP = "我现在在塔吊上面 包工头欠我三万八 今天不给钱我就跳下去"
_HELD = {"urgent": True, "issue_text": _UP}


def test_still_up_is_reminded() -> None:
    assert height_reminder(_HELD, [_UP, "你们能帮我要钱吗"]) == STILL_UP
    assert "下来" in STILL_UP


def test_down_is_not_reminded_again() -> None:
    assert height_reminder(_HELD, [_UP, "没有 我下来了 现在在地上", "找过项目部吗 问这个干嘛"]) is None


def test_no_reminder_without_a_height_or_after_filing() -> None:
    assert (
        height_reminder({"urgent": True, "issue_text": "老板欠我三万八 不给钱我就去死"}, ["能要回来吗"])
        is None
    )
    assert height_reminder({**_HELD, "case_number": "XF20261206-0001"}, [_UP, "多久能拿到"]) is None
    assert height_reminder({"issue_text": _UP}, [_UP, "能要回来吗"]) is None  # never held as a crisis
