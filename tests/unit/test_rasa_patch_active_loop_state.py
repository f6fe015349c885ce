"""The active loop in the tracker's state (bot.rasa_plugins.patches.active_loop_state) is asdict's dict."""

from __future__ import annotations

import collections
import dataclasses
from typing import Any

import numpy as np
import pytest
import rasa.shared.core.trackers
from rasa.shared.core.events import ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity, TrackerActiveLoop

from bot.rasa_plugins.patches import active_loop_state
from bot.rasa_plugins.patches.swap import restore_all

Point = collections.namedtuple("Point", "start end")


def _trigger(text: str) -> dict[str, Any]:
    return {
        "intent": {"name": "tell_problem", "confidence": 0.9910345939953564},
        "entities": [{"entity": "phone", "value": "１３８００１３８０００", "start": 60, "end": 71}],
        "text": text,
        "message_id": "57f5e2acd45d454688d60c7c6692d2fa",
        "metadata": {},
        "text_tokens": [[0, 1], [1, 2], [2, 5], (5, 8)],
        "intent_ranking": [
            {"name": "inform", "confidence": np.float64(0.0088)},
            {"name": "skip", "confidence": 3e-06},
        ],
    }


LOOPS = [
    TrackerActiveLoop("intake_form", False, False, _trigger("我在广州市天河区上班，公司拖欠工资三个多月")),
    TrackerActiveLoop("intake_form", True, True, _trigger("俺们村的路修了一半就不修了 咋整")),
    TrackerActiveLoop("progress_form", False, False, None),
    TrackerActiveLoop(None, False, False, {"spans": [Point(0, 2)], "ordered": collections.OrderedDict(a=1)}),
    TrackerActiveLoop(
        "intake_form", False, False, {"text": "舊城區噪音擾民，１２３４５打過了", 3: {"嵌套": [None, True]}}
    ),
]


@pytest.fixture
def patched():
    active_loop_state.install()
    yield
    restore_all()


@pytest.mark.parametrize("loop", LOOPS, ids=range(len(LOOPS)))
def test_the_same_dict_as_asdict_and_a_copy(loop: TrackerActiveLoop, patched) -> None:
    ours, theirs = active_loop_state.asdict(loop), dataclasses.asdict(loop)
    assert ours == theirs
    assert _types(ours) == _types(theirs)
    if loop.trigger_message and "intent_ranking" in loop.trigger_message:
        ours["trigger_message"]["intent_ranking"][0]["name"] = "改了"
        ours["trigger_message"]["text_tokens"][0][0] = 99
        assert loop.trigger_message["intent_ranking"][0]["name"] == "inform"
        assert loop.trigger_message["text_tokens"][0][0] == 0


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return (type(value), {k: _types(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return (type(value), [_types(v) for v in value])
    return type(value)


def test_other_dataclasses_and_factories_go_the_generic_way(patched) -> None:
    @dataclasses.dataclass
    class Other:
        spans: list

    assert active_loop_state.asdict(Other([Point(0, 1)])) == {"spans": [Point(0, 1)]}
    listed = active_loop_state.asdict(LOOPS[2], dict_factory=list)  # type: ignore[arg-type]
    assert listed == dataclasses.asdict(LOOPS[2], dict_factory=list)


def _state() -> dict[str, Any]:
    tracker = DialogueStateTracker.from_events("s1", [])
    tracker.update_with_events(
        [
            UserUttered(
                "楼下烧烤店每天吵到半夜", {"name": "tell_problem", "confidence": 0.97}, message_id="m1"
            ),
            ActiveLoop("intake_form"),
            SlotSet("requested_slot", "respondent"),
        ],
        None,
    )
    state = tracker.current_state(EventVerbosity.ALL)
    for event in state["events"]:
        event.pop("timestamp")
    state.pop("latest_event_time")
    return state


def test_the_trackers_state_is_the_same_with_and_without(patched) -> None:
    assert isinstance(rasa.shared.core.trackers.dataclasses, active_loop_state.TrackerDataclasses)
    with_patch = _state()
    assert with_patch["active_loop"]["name"] == "intake_form"
    restore_all()
    assert rasa.shared.core.trackers.dataclasses is dataclasses
    assert _state() == with_patch
