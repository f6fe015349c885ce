"""Checks the action server's answers against Rasa's schema without rebuilding the check every time.

Rasa 3.6 calls `jsonschema.validate` for every answer of the action server; that first checks the schema itself
against the JSON Schema meta-schema and builds a new validator, about 20 ms each time with jsonschema 4.17,
and a form turn makes two or three such calls. Here the validator is built once, and a quick check (each
event against the one `oneOf` branch its `event` names) passes plainly valid answers; anything else goes
through the full schema, so the verdict, the error and its message are Rasa's.
Installed in the Rasa server process by `bot.rasa_plugins.patches.install_rasa_patches()`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.utils.schemas.events import EVENT_SCHEMA

from bot.rasa_plugins.patches.swap import replace

_rasa_validate: Any = None  # Rasa's own method, kept for the tests that compare the two


@lru_cache(maxsize=1)
def _validator() -> Any:

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # what jsonschema.validate does on every call, done once
    return cls(schema)


@lru_cache(maxsize=1)
def _event_validators() -> tuple[Any, dict[str, Any]]:
    """The event schema split in two: its own keywords, and each `oneOf` branch by its `event` constant.

    `event` is required and each branch demands its own constant, so an event matches exactly one branch
    (what `oneOf` asks) if and only if it matches the branch named by its `event`.
    """

    cls = validators.validator_for(EVENT_SCHEMA)
    base = cls({key: value for key, value in EVENT_SCHEMA.items() if key != "oneOf"})
    branches = {branch["properties"]["event"]["const"]: cls(branch) for branch in EVENT_SCHEMA["oneOf"]}
    return base, branches


def _plainly_valid(result: Any) -> bool:
    """A quick check that never calls an invalid answer valid; any doubt goes to the full check."""
    if not isinstance(result, dict):
        return False
    responses = result.get("responses", [])
    if not isinstance(responses, list) or not all(isinstance(r, dict) for r in responses):
        return False
    events = result.get("events", [])
    if not isinstance(events, list):
        return False
    base, branches = _event_validators()
    for event in events:
        kind = event.get("event") if isinstance(event, dict) else None
        branch = branches.get(kind) if isinstance(kind, str) else None
        if branch is None or not base.is_valid(event) or not branch.is_valid(event):
            return False
    return True


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """Drop-in for `RemoteAction._validate_action_result`: True, or the same ValidationError Rasa raises."""

    if _plainly_valid(result):
        return True
    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Make Rasa's remote actions use the cached validator (idempotent)."""
    global _rasa_validate

    _rasa_validate = replace(RemoteAction, "_validate_action_result", validate_action_result)


def rasa_validate() -> Any:
    """Rasa's unpatched `_validate_action_result` (after `install()`), to compare against."""

    install()
    return _rasa_validate or RemoteAction._validate_action_result
