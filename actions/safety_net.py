"""No action may crash a conversation: one safety net for every action of the action server.

rasa_sdk answers an action's exception with HTTP 500 and the whole tracker (every message, phones and ID
numbers in clear), and Rasa logs that at ERROR level; the conversation then cannot go on. Here an action's
exception is logged with the action's name and the exception's type only, the citizen is told honestly,
and no event is returned: every slot already set stays as it was, and the next message is read normally.

`install()` (called by `actions/__main__.py` before rasa_sdk creates its app) makes rasa_sdk use
`SafeActionExecutor` and answer any other unexpected error without echoing the request.
"""

from __future__ import annotations

import logging
from typing import Any

import rasa_sdk.endpoint
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException
from sanic import Sanic, response
from sanic.exceptions import SanicException

SORRY = "抱歉，我这边出了点问题，您说的内容都还在，请再发一次或换个说法。"

logger = logging.getLogger(__name__)


def apology_response() -> dict[str, Any]:
    """What the action answers instead of its own reply: the apology, no events."""
    return {"events": [], "responses": [{"text": SORRY}]}


class SafeActionExecutor(ActionExecutor):
    """rasa_sdk's executor; an exception in an action becomes the apology (form rejections pass through)."""

    async def run(self, action_call: dict[str, Any]) -> dict[str, Any] | None:
        try:
            return await super().run(action_call)
        except (ActionExecutionRejection, ActionNotFoundException):
            raise  # rasa_sdk's own answers: a form's rejected slot, an unknown action name
        except Exception as error:  # noqa: BLE001 - the point of this module
            name = action_call.get("next_action") if isinstance(action_call, dict) else None
            # no message text: it may hold the citizen's words, phone or ID number
            logger.error(
                "action %s failed with %s; the citizen was asked to try again", name, type(error).__name__
            )
            return apology_response()


async def _quiet_error(request: Any, exception: Exception) -> Any:
    """Any other error without the request body (rasa_sdk echoes the whole tracker); Sanic's own errors
    (404, 400, 413) keep their status."""
    status = exception.status_code if isinstance(exception, SanicException) else 500
    if status >= 500:
        logger.error("action server: %s on %s", type(exception).__name__, getattr(request, "path", "?"))
    return response.json({"error": type(exception).__name__}, status=status)


def harden_app(app: Sanic) -> Sanic:
    app.error_handler.add(Exception, _quiet_error)
    return app


_original_create_app = rasa_sdk.endpoint.create_app


def create_app(*args: Any, **kwargs: Any) -> Sanic:
    """rasa_sdk's `create_app` with `SafeActionExecutor` and the quiet error handler."""
    return harden_app(_original_create_app(*args, **kwargs))


def install() -> None:
    """Every action of this process runs inside the safety net. Idempotent."""
    rasa_sdk.endpoint.ActionExecutor = SafeActionExecutor
    rasa_sdk.endpoint.create_app = create_app
