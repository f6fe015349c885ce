"""The project's changes to Rasa internals, all in this package and installed by one call.

Twelve Rasa 3.6 internals are replaced by cheaper versions that give the same results (each module says how
and why): the action-response schema check, the event-class lookup, TensorFlow's per-call dispatch, the
conversation's history states (computed once for all the policies of a prediction), the deep copies made
for debug log lines that are not written, the copies of the slots every new tracker makes, the connection
and JSON of each call to the action server, the copy of the active form in the tracker's state, RulePolicy's
rule lookup, the join of the featurisers' sparse matrices, the tracker's applied events and dask's scheduling
of the model graph. Nothing else in the project patches Rasa. `install_rasa_patches()` is called once by
`bot.ops.rasa_server` (how `make run`, `make test` and `python -m bot rasa` start Rasa); plain `rasa` commands
run Rasa's own code.

Each patch names the exact package versions it was written and tested for. On any other version, or with
`RASA_PATCHES=off`, Rasa's own code runs; every decision is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from bot.rasa_plugins.patches import (
    action_response_check,
    action_session,
    active_loop_state,
    applied_events,
    debug_log_copies,
    event_types,
    graph_runner,
    history_states,
    rule_lookup,
    slot_copy,
    sparse_stack,
    tf_predict,
)
from bot.rasa_plugins.patches.swap import restore_all

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Patch:
    name: str
    install: Callable[[], None]
    versions: dict[str, str]  # distribution → the exact version the patch was tested against


PATCHES = (
    Patch("action_response_check", action_response_check.install, {"rasa": "3.6.21", "jsonschema": "4.17.3"}),
    Patch("event_types", event_types.install, {"rasa": "3.6.21"}),
    Patch("tf_predict", tf_predict.install, {"rasa": "3.6.21", "tensorflow": "2.12.0"}),
    Patch("history_states", history_states.install, {"rasa": "3.6.21"}),
    Patch("debug_log_copies", debug_log_copies.install, {"rasa": "3.6.21", "structlog": "23.3.0"}),
    Patch("slot_copy", slot_copy.install, {"rasa": "3.6.21"}),
    Patch(
        "action_session", action_session.install, {"rasa": "3.6.21", "aiohttp": "3.9.5", "ujson": "5.13.0"}
    ),
    Patch("active_loop_state", active_loop_state.install, {"rasa": "3.6.21"}),
    Patch("rule_lookup", rule_lookup.install, {"rasa": "3.6.21"}),
    Patch("sparse_stack", sparse_stack.install, {"rasa": "3.6.21", "scipy": "1.10.1"}),
    Patch("applied_events", applied_events.install, {"rasa": "3.6.21"}),
    Patch("graph_runner", graph_runner.install, {"rasa": "3.6.21", "dask": "2022.10.2"}),
)


def _installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def mismatches(patch: Patch) -> dict[str, str | None]:
    """The packages whose installed version is not the one the patch was tested with."""
    found = {dist: _installed_version(dist) for dist in patch.versions}
    return {dist: version for dist, version in found.items() if version != patch.versions[dist]}


def install_rasa_patches(enabled: bool = True) -> list[str]:
    """Install every patch whose versions match; returns the names installed. `enabled=False` restores Rasa's own."""
    if not enabled:
        restore_all()
        log.info("Rasa patches off (RASA_PATCHES=off): Rasa's own code runs")
        return []
    installed = []
    for patch in PATCHES:
        wrong = mismatches(patch)
        if wrong:
            log.warning(
                "Rasa patch %s not installed: tested with %s, found %s", patch.name, patch.versions, wrong
            )
            continue
        patch.install()
        installed.append(patch.name)
    log.info("Rasa patches installed: %s", ", ".join(installed) or "none")
    return installed
