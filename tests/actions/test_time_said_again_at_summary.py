"""A time said again more loosely at the summary, in a question or a complaint, leaves the recorded one (ic-028,
hm-003); a different time still corrects it."""

from __future__ import annotations

import pytest

from actions import services
from actions.corrections import CorrectDetail
from bot.parsing.occurred_at import extract_occurred_at
from tests.actions.conftest import make_tracker, run_action
from tests.actions.test_corrections_apply import CASE


def _with_time(said: str) -> dict:
    found = extract_occurred_at(said, services.now_local().replace(tzinfo=None))
    return {**CASE, "occurred_at": found.normalized}


async def _changes(text: str, slots: dict) -> dict:
    tracker = make_tracker(text, intent="correct_detail", slots=slots, active_loop=None)
    updates, _, _ = await run_action(CorrectDetail(), tracker)
    return updates


@pytest.mark.parametrize(
    ("recorded", "said"),
    [
        ("去年8月", "民事案子审限不是六个月吗 都一年多了 超期了找谁"),
        ("去年8月", "都一年多了 还不开庭 这正常吗"),
        ("去年8月", "去年的事了 到底啥时候能判"),
        ("上周三", "不是 就是上礼拜被打的 你没看吗"),
    ],
)
async def test_a_looser_time_leaves_the_record(recorded, said):
    assert "occurred_at" not in await _changes(said, _with_time(recorded))


@pytest.mark.parametrize(
    ("recorded", "said"), [("去年8月", "不对 是前年的事"), ("上周三", "不对 是上个月被打的")]
)
async def test_a_different_time_corrects_it(recorded, said):
    assert "occurred_at" in await _changes(said, _with_time(recorded))
