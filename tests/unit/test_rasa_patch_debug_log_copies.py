"""Values for debug log lines are deep-copied only when the line can be written."""

from __future__ import annotations

import copy
import logging

import pytest
import rasa.core.actions.forms
import rasa.core.policies.memoization
import rasa.core.policies.rule_policy
import rasa.core.processor
import structlog

from bot.rasa_plugins.patches import debug_log_copies
from bot.rasa_plugins.patches.debug_log_copies import MODULES, DebugLogCopy, debug_dropped
from bot.rasa_plugins.patches.swap import restore_all

STATES = [{"user": {"intent": "tell_problem", "entities": ("location",)}, "slots": {"phone": (1.0,)}}]


@pytest.fixture()
def structlog_level():
    saved = structlog.get_config()

    def configure(level: int | None) -> None:
        structlog.reset_defaults()
        if level is not None:  # as rasa.utils.log_utils.configure_structlog does
            structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(level))

    yield configure
    structlog.configure(**saved)


def test_at_info_the_value_itself_goes_to_the_dropped_line(structlog_level) -> None:
    structlog_level(logging.INFO)
    shim = DebugLogCopy(rasa.core.policies.memoization)
    assert debug_dropped(rasa.core.policies.memoization.structlogger)
    assert shim.deepcopy(STATES) is STATES


@pytest.mark.parametrize("level", [logging.DEBUG, None])
def test_with_debug_on_or_structlog_unconfigured_it_is_copied(structlog_level, level) -> None:
    structlog_level(level)
    shim = DebugLogCopy(rasa.core.processor)
    copied = shim.deepcopy(STATES)
    assert copied == STATES and copied is not STATES and copied[0]["user"] is not STATES[0]["user"]


def test_the_rest_of_copy_is_the_copy_module() -> None:
    shim = DebugLogCopy(rasa.core.actions.forms)
    assert shim.copy is copy.copy and shim.Error is copy.Error


def test_installed_in_the_four_modules_and_restored(structlog_level) -> None:
    structlog_level(logging.INFO)
    try:
        debug_log_copies.install()
        debug_log_copies.install()
        for module in MODULES:
            assert isinstance(module.copy, DebugLogCopy) and module.copy.deepcopy(STATES) is STATES
    finally:
        restore_all()
    assert all(module.copy is copy for module in MODULES)
    assert rasa.core.policies.rule_policy in MODULES
