"""Cheaper versions of three Rasa 3.6 internals that give the same results (see each module).

Called where this project's code is loaded into a Rasa process: the tracker store (the server, from
endpoints.yml) and the crisis guard (any process that loads the model).
"""

from __future__ import annotations

from typing import Any


def install() -> None:
    from bot.nlu import action_response_check, event_types, tf_predict

    action_response_check.install()
    event_types.install()
    tf_predict.install()


def replace(owner: Any, name: str, replacement: Any, static: bool = False) -> Any:
    """Put `replacement` in `owner.name` and return what was there; None when it is there already, so each
    module's `install()` can run any number of times and still keep Rasa's original."""
    original = getattr(owner, name)
    if original is replacement:
        return None
    setattr(owner, name, staticmethod(replacement) if static else replacement)
    return original
