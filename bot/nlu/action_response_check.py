"""Checks the action server's answers against Rasa's schema with one validator built once.

Rasa 3.6 calls `jsonschema.validate` for every answer of the action server; that first checks the schema itself
against the JSON Schema meta-schema and builds a new validator, about 20 ms each time with jsonschema 4.17,
and a form turn makes two or three such calls. The check below is the same (same schema, same validator
class, same `best_match` error and message), only the schema check and the validator are made once.
Installed in the Rasa server process by `install()`: the tracker store and the crisis guard call it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_rasa_validate: Any = None  # Rasa's own method, kept for the tests that compare the two


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)  # what jsonschema.validate does on every call, done once
    return cls(schema)


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """Drop-in for `RemoteAction._validate_action_result`: True, or the same ValidationError Rasa raises."""
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

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
    from rasa.core.actions.action import RemoteAction

    if RemoteAction._validate_action_result is validate_action_result:
        return
    _rasa_validate = RemoteAction._validate_action_result
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]


def rasa_validate() -> Any:
    """Rasa's unpatched `_validate_action_result` (after `install()`), to compare against."""
    from rasa.core.actions.action import RemoteAction

    install()
    return _rasa_validate or RemoteAction._validate_action_result
