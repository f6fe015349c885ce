"""The time scanner's bound counts characters, not seconds: on a busy machine a chat message is read the same
as on an idle one (hs-005: "上个礼拜五" was lost when a 40 ms budget ran out), a flood of dates still only in part."""

from __future__ import annotations

import itertools
from datetime import datetime

from bot.parsing import time_scan

NOW = datetime(2026, 12, 5, 10)
STORY = "长沙 开福区 一家公司 我十月份进去的 说好试用期三个月 上个礼拜五突然叫我明天不用来了"


def test_a_slow_clock_loses_no_time_of_a_chat_message(monkeypatch):
    ticks = itertools.count(step=0.03)  # each look at the clock 30 ms later: a loaded machine
    monkeypatch.setattr(time_scan.time, "perf_counter", lambda: next(ticks))
    found = [item["text"] for item in time_scan.extract_times(STORY, NOW)]
    assert "上个礼拜五" in found


def test_a_flood_of_dates_is_read_only_in_part():
    flood = "2023年5月1日至2023年6月30日," * 100
    found = time_scan.extract_times(flood, NOW)
    assert 0 < len(found) * 19 <= time_scan.MAX_SCANNED_CHARS * 2
