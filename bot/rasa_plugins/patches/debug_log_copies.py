"""No deep copy of a value for a debug log line that is never written.

Rasa 3.6 deep-copies tracker states, events and slot candidates to pass them to `structlogger.debug(...)` in
its processor, MemoizationPolicy, RulePolicy and FormAction, at every message and prediction, before the
logger decides whether to log: with `rasa run`'s INFO level the copies are thrown away unread (about 3% of
the Rasa server's CPU per message, cProfile 2026-12-05). In those four modules `copy` is used for nothing
else. Their `copy` becomes a stand-in whose `deepcopy` returns the value itself when the module's structlog
logger drops debug lines (its `debug` is structlog's no-op, so no processor ever sees the value) and copies
as before otherwise (debug logging on, or structlog not configured by Rasa).
"""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any

import rasa.core.actions.forms
import rasa.core.policies.memoization
import rasa.core.policies.rule_policy
import rasa.core.processor
from structlog._native import _nop

from bot.rasa_plugins.patches.swap import replace

MODULES = (
    rasa.core.processor,
    rasa.core.policies.memoization,
    rasa.core.policies.rule_policy,
    rasa.core.actions.forms,
)


def debug_dropped(logger: Any) -> bool:
    """Whether a structlog logger throws debug calls away before any processor runs."""
    bound = logger.bind() if hasattr(logger, "bind") else logger
    return getattr(type(bound), "debug", None) is _nop


class DebugLogCopy:
    """The `copy` module as one Rasa module sees it: `deepcopy` skipped while its debug log is off."""

    def __init__(self, module: ModuleType) -> None:
        self._module = module

    def deepcopy(self, value: Any, memo: dict[int, Any] | None = None) -> Any:
        if debug_dropped(self._module.structlogger):
            return value
        return copy.deepcopy(value, memo)

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)


def install() -> None:
    """Give each of MODULES its stand-in (idempotent)."""
    for module in MODULES:
        replace(module, "copy", DebugLogCopy(module))
