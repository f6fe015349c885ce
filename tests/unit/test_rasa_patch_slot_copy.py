"""Slot.__copy__ (bot.rasa_plugins.patches.slot_copy) makes the copy `copy.copy` made before it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.slots import (
    AnySlot,
    BooleanSlot,
    CategoricalSlot,
    FloatSlot,
    ListSlot,
    Slot,
    TextSlot,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot.rasa_plugins.patches import slot_copy
from bot.rasa_plugins.patches.swap import restore_all

MAPPINGS: list[dict[str, Any]] = [{"type": "custom"}]
DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"


def _slots() -> list[Slot]:
    return [
        TextSlot("respondent", MAPPINGS, initial_value="天河区石牌街道办"),
        TextSlot("phone", MAPPINGS, initial_value="１３８００１３８０００"),
        TextSlot("empty", MAPPINGS),
        FloatSlot("count", MAPPINGS, initial_value=12.0, max_value=100.0),
        BooleanSlot("awaiting_confirmation", MAPPINGS, initial_value=True),
        ListSlot("matters", MAPPINGS, initial_value=["拖欠工资", "噪音扰民"]),
        CategoricalSlot("category", MAPPINGS, values=["劳动", "住房"], initial_value="劳动"),
        AnySlot("progress", MAPPINGS, initial_value={"turns": 2, "said": ["没有打官司"]}),
    ]


def _same_copy(original: Slot, copied: Slot) -> None:
    assert copied is not original and type(copied) is type(original)
    assert copied.__dict__ == original.__dict__
    assert all(copied.__dict__[k] is v for k, v in original.__dict__.items())  # shallow, as copy.copy
    copied.value = "改过的值"
    assert original.value != "改过的值"


@pytest.fixture
def patched():
    slot_copy.install()
    yield
    restore_all()


@pytest.mark.parametrize("slot", _slots(), ids=lambda s: s.name)
def test_each_kind_of_slot_is_copied_as_before(slot: Slot, patched) -> None:
    assert "__copy__" in vars(Slot)
    _same_copy(slot, copy.copy(slot))


def test_a_slot_class_with_its_own_pickling_is_copied_the_generic_way(patched) -> None:
    class Pickled(TextSlot):
        def __getstate__(self) -> dict[str, Any]:
            return {**self.__dict__, "_value": "从状态来"}

    class Slotted(TextSlot):
        __slots__ = ("extra",)

    pickled = Pickled("name", MAPPINGS, initial_value="王建国")
    assert not slot_copy.plain(Pickled) and copy.copy(pickled).value == "从状态来"
    slotted = Slotted("name", MAPPINGS, initial_value="王建国")
    slotted.extra = "附加"
    assert not slot_copy.plain(Slotted)
    assert copy.copy(slotted).extra == "附加" and copy.copy(slotted).value == "王建国"
    assert slot_copy.plain(TextSlot) and slot_copy.plain(AnySlot)


def test_off_restores_the_generic_copy(patched) -> None:
    restore_all()
    assert "__copy__" not in vars(Slot)
    slot = TextSlot("name", MAPPINGS, initial_value="李秀英")
    _same_copy(slot, copy.copy(slot))


def _tracker_states(domain: Domain) -> list[dict[str, Any]]:
    tracker = DialogueStateTracker.from_events("s1", [], slots=domain.slots)
    tracker.update_with_events(
        [
            UserUttered("我在广州市天河区上班，公司拖欠工资三个多月", {"name": "tell_problem"}),
            ActiveLoop("intake_form"),
            SlotSet("requested_slot", "respondent"),
            UserUttered("装修公司", {"name": "inform"}),
            SlotSet("requested_slot", "phone"),
        ],
        domain,
    )
    copies = [tracker.copy(), tracker.travel_back_in_time(tracker.events[2].timestamp)]
    return [t.current_state(EventVerbosity.ALL) for t in (tracker, *copies)]


def test_the_projects_trackers_are_the_same_with_and_without(patched) -> None:
    domain = Domain.load(str(DOMAIN))
    with_patch = _tracker_states(domain)
    restore_all()
    without = _tracker_states(domain)
    for state in (*with_patch, *without):
        state.pop("latest_event_time")
        for event in state["events"]:
            event.pop("timestamp")
    assert with_patch == without
