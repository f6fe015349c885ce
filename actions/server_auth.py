"""Only Rasa may call the action server: every request but /health must carry the shared secret.

The action server runs any tracker POSTed to it (it files cases and looks up progress), so a request
without `Authorization: Bearer <ACTION_SERVER_TOKEN>` is answered 401 before any action runs. Rasa sends
the header from endpoints.yml (`action_endpoint.headers`); both processes read the token from the settings
(`.env`, filled by `python -m bot init-env`). The check is a rasa_sdk plug-in (`attach_sanic_app_extensions`,
rasa_sdk's own hook for middleware), so rasa_sdk's server is otherwise unchanged.
"""

from __future__ import annotations

import hmac
from typing import Any

import pluggy
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response
from sanic.request import Request

OPEN_PATHS = frozenset({"/health"})  # the orchestrator's readiness check; it reveals nothing
PLUGIN_NAME = "intake-action-token"

hookimpl = pluggy.HookimplMarker("rasa_sdk")


def bearer_matches(header: str | None, token: str) -> bool:
    """Whether an Authorization header carries exactly `token` (compared in constant time)."""
    if not token or not header:
        return False
    scheme, _, value = header.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def require_token(app: Sanic, token: str) -> Sanic:
    """The app answers 401 to any request without the token, /health excepted."""
    if not token:
        raise ValueError("the action server needs a non-empty ACTION_SERVER_TOKEN")

    async def check_token(request: Request) -> Any:
        if request.path in OPEN_PATHS or bearer_matches(request.headers.get("authorization"), token):
            return None
        return response.json({"error": "unauthorized"}, status=401)

    app.register_middleware(check_token, "request")
    return app


class TokenPlugin:
    def __init__(self, token: str) -> None:
        self.token = token

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        require_token(app, self.token)


def install(token: str) -> None:
    """rasa_sdk's next app requires `token`. Called by `actions/__main__.py` before the server starts."""
    if not token:
        raise ValueError("the action server needs a non-empty ACTION_SERVER_TOKEN")
    manager = plugin_manager()
    previous = manager.get_plugin(PLUGIN_NAME)
    if previous is not None:
        manager.unregister(previous)
    manager.register(TokenPlugin(token), name=PLUGIN_NAME)
