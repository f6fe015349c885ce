"""The one place that patches Rasa: version-checked, switchable, and reversible."""

from __future__ import annotations

import copy

import rasa.core.processor
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import Event
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.features import Features
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel

import bot.rasa_plugins.patches as patches
from bot.ops.settings import get_settings
from bot.rasa_plugins.patches import (
    action_response_check,
    action_session,
    applied_events,
    debug_log_copies,
    event_types,
    graph_runner,
    history_states,
    install_rasa_patches,
    rule_lookup,
    slot_copy,
    sparse_stack,
    tf_predict,
)
from bot.rasa_plugins.patches.swap import is_replaced, replace, restore_all


def test_replace_keeps_rasas_original_however_often_it_runs() -> None:
    class Owner:
        @staticmethod
        def look(name: str) -> str:
            return f"rasa:{name}"

        def run(self) -> str:
            return "rasa"

    def look(name: str) -> str:
        return f"ours:{name}"

    def run(self) -> str:
        return "ours"

    original = Owner.run
    try:
        assert replace(Owner, "run", run) is original
        assert replace(Owner, "run", run) is original and Owner().run() == "ours"
        rasa_look = replace(Owner, "look", look, static=True)
        assert rasa_look("x") == "rasa:x" and Owner.look("x") == Owner().look("x") == "ours:x"
        assert replace(Owner, "look", look, static=True)("y") == "rasa:y"
    finally:
        restore_all()
    assert Owner().run() == "rasa" and Owner.look("x") == "rasa:x"


ALL = [
    "action_response_check",
    "event_types",
    "tf_predict",
    "history_states",
    "debug_log_copies",
    "slot_copy",
    "action_session",
    "active_loop_state",
    "rule_lookup",
    "sparse_stack",
    "applied_events",
    "graph_runner",
]


def test_install_puts_all_in_place_and_off_restores_rasas_own() -> None:
    try:
        assert install_rasa_patches() == ALL
        assert RemoteAction._validate_action_result is action_response_check.validate_action_result
        assert Event.resolve_by_type is event_types.resolve_by_type
        assert RasaModel._rasa_predict is tf_predict.rasa_predict
        assert DialogueStateTracker.past_states is history_states.past_states
        assert isinstance(rasa.core.processor.copy, debug_log_copies.DebugLogCopy)
        assert Slot.__copy__ is slot_copy.copy_slot
        assert EndpointConfig.request is action_session.request
        assert RulePolicy._get_possible_keys is rule_lookup.get_possible_keys
        assert Features._combine_sparse_features is sparse_stack.combine_sparse_features
        assert DialogueStateTracker.applied_events is applied_events.applied_events
        assert DaskGraphRunner.run is graph_runner.run
        assert install_rasa_patches(enabled=False) == []
        assert "__copy__" not in vars(Slot)  # added by the patch, so taken away again
        assert EndpointConfig.request is not action_session.request
        assert RemoteAction._validate_action_result is not action_response_check.validate_action_result
        assert Event.resolve_by_type is not event_types.resolve_by_type
        assert RasaModel._rasa_predict is not tf_predict.rasa_predict
        assert DialogueStateTracker.past_states is not history_states.past_states
        assert rasa.core.processor.copy is copy
        assert RulePolicy._get_possible_keys is not rule_lookup.get_possible_keys
        assert Features._combine_sparse_features is not sparse_stack.combine_sparse_features
        assert DialogueStateTracker.applied_events is not applied_events.applied_events
        assert DaskGraphRunner.run is not graph_runner.run
    finally:
        restore_all()


def test_a_patch_is_skipped_on_any_other_version(monkeypatch, caplog) -> None:
    real = patches._installed_version
    monkeypatch.setattr(patches, "_installed_version", lambda d: "2.13.0" if d == "tensorflow" else real(d))
    try:
        assert install_rasa_patches() == [name for name in ALL if name != "tf_predict"]
        assert not is_replaced(RasaModel, "_rasa_predict")
        assert "tf_predict not installed" in caplog.text and "2.13.0" in caplog.text
    finally:
        restore_all()


def test_the_setting_switches_them_off(monkeypatch) -> None:
    for value, expected in (("off", False), ("0", False), ("on", True), ("", True)):
        monkeypatch.setenv("RASA_PATCHES", value)
        get_settings.cache_clear()
        assert get_settings().rasa_patches is expected
    get_settings.cache_clear()
