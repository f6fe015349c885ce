"""Only Rasa may run actions: the action server answers 401 without the shared secret (issue 16 item 11)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import types
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
import rasa_sdk
import rasa_sdk.endpoint
from rasa.utils.endpoints import ClientResponseError, read_endpoint_config
from rasa_sdk import Action
from rasa_sdk.events import SlotSet
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic

from actions import server_auth
from bench.stack import ROOT, free_port
from tests.sanic_serving import serving

TOKEN = "s3cret-token-for-tests-0123456789"


class MarkAction(Action):
    def name(self) -> str:
        return "action_mark"

    async def run(self, dispatcher: Any, tracker: Any, domain: Any) -> list[Any]:
        return [SlotSet("case_number", "XF20261204-0001")]


def _call() -> dict[str, Any]:
    tracker = {"sender_id": "c1", "slots": {}, "latest_message": {"text": "hi"}, "events": []}
    return {"next_action": "action_mark", "sender_id": "c1", "tracker": tracker, "domain": {},
            "version": rasa_sdk.__version__}  # fmt: skip


@pytest.fixture
async def action_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """rasa_sdk's app built as `rasa_sdk.endpoint.run` builds it: `create_app`, then the plug-in hook."""
    package = types.ModuleType("token_test_actions")
    package.MarkAction = MarkAction  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, package.__name__, package)
    monkeypatch.setattr(Sanic, "test_mode", True)  # several apps named "rasa_sdk" in one process
    server_auth.install(TOKEN)
    app = rasa_sdk.endpoint.create_app(package)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    try:
        async with serving(app) as url:
            yield url
    finally:
        plugin_manager().unregister(name=server_auth.PLUGIN_NAME)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN}, {"X-Token": TOKEN}],
)  # fmt: skip
async def test_a_tracker_without_the_secret_is_refused(action_server: str, headers: dict[str, str]) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{action_server}/webhook", json=_call(), headers=headers) as answer:
            assert answer.status == 401
            assert "XF20261204" not in await answer.text()  # the action never ran
        async with http.get(f"{action_server}/actions", headers=headers) as listing:
            assert listing.status == 401


async def test_the_secret_runs_the_action_and_health_stays_open(action_server: str) -> None:
    async with aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with http.post(f"{action_server}/webhook", json=_call(), headers=headers) as answer:
            assert answer.status == 200
            assert (await answer.json())["events"][0]["value"] == "XF20261204-0001"
        async with http.get(f"{action_server}/health") as health:
            assert health.status == 200


async def test_rasa_sends_the_secret_endpoints_yml_names(
    action_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rasa's own EndpointConfig, read from the project's endpoints.yml, gets 200; without the token 401."""
    monkeypatch.setenv("ACTION_PORT", action_server.rsplit(":", 1)[1])
    monkeypatch.setenv("ACTION_SERVER_TOKEN", TOKEN)
    endpoint = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    assert endpoint is not None
    result = await endpoint.request(json=_call(), method="post")
    assert result["events"][0]["value"] == "XF20261204-0001"

    monkeypatch.setenv("ACTION_SERVER_TOKEN", "not-the-token")
    forged = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    with pytest.raises(ClientResponseError) as refused:
        await forged.request(json=_call(), method="post")
    assert refused.value.status == 401


def test_install_refuses_an_empty_token() -> None:
    with pytest.raises(ValueError):
        server_auth.install("")


# --- the action server process, as `make run` starts it -----------------------------------------------


def _env(token: str) -> dict[str, str]:
    env = dict(os.environ, ACTION_SERVER_TOKEN=token, HOST="127.0.0.1", PYTHONPATH=str(ROOT))
    env.pop("SANIC_HOST", None)
    return env


def _status(url: str, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def action_process(tmp_path: Any) -> Iterator[str]:
    port = free_port()
    argv = [sys.executable, "-m", "actions", "--actions", "actions", "--port", str(port)]
    with open(tmp_path / "actions.log", "wb") as log:
        process = subprocess.Popen(argv, cwd=ROOT, env=_env(TOKEN), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while _status_or_none(f"{url}/health") != 200:
            assert process.poll() is None, (tmp_path / "actions.log").read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "the action server did not start"
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _status_or_none(url: str) -> int | None:
    try:
        return _status(url)
    except OSError:
        return None


def test_the_real_action_server_requires_the_secret(action_process: str) -> None:
    assert _status(f"{action_process}/actions") == 401
    assert _status(f"{action_process}/actions", {"Authorization": "Bearer nope"}) == 401
    assert _status(f"{action_process}/actions", {"Authorization": f"Bearer {TOKEN}"}) == 200


def test_the_action_server_does_not_start_without_a_secret(tmp_path: Any) -> None:
    env = _env("")
    env["ACTION_SERVER_TOKEN"] = ""
    argv = [sys.executable, "-m", "actions", "--actions", "actions", "--port", str(free_port())]
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert done.returncode == 2
    assert b"ACTION_SERVER_TOKEN" in done.stderr
