"""The start a duration in the story points back to, for a citizen who gives no date when asked."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.parsing.time_lasted import lasted_in_story

NOW = datetime(2026, 12, 5, 10, 0)


@pytest.mark.parametrize(
    ("story", "start"),
    [
        ("老板欠了我半年工资 我实在撑不下去了", "2026-06"),
        ("我在天河给一户人家做住家保姆 做了半年 雇主说我偷懒", "2026-06"),
        ("工地欠了我们八个月工钱", "2026-04"),
        ("在工地干了8个月 一分没拿", "2026-04"),
        ("工程款拖了两年不给", "2024"),
        ("在厂里幹了三個月 老闆跑了", "2026-09"),  # traditional characters
    ],
)
def test_a_duration_in_the_story_points_back(story, start):
    found = lasted_in_story(story, NOW)
    assert found is not None and found.normalized == start


@pytest.mark.parametrize("story", ["他们天天吵架 吵得睡不着", "在这住了十年 楼上漏水", "", None])
def test_no_duration_of_the_matter_is_no_time(story):
    assert lasted_in_story(story, NOW) is None
