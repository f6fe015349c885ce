"""An action that raises never crashes the conversation nor leaks the tracker (issues 15 and 16)."""

from __future__ import annotations

import json
import logging
import sys
import types
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import rasa_sdk.endpoint
from rasa_sdk import Action
from rasa_sdk.events import SlotSet
from rasa_sdk.interfaces import ActionExecutionRejection
from sanic import Sanic

from actions import safety_net
from tests.sanic_serving import serving

PHONE = "13812345678"
ID = "11010519491231002X"


class FailingAction(Action):
    def name(self) -> str:
        return "action_fail"

    async def run(self, dispatcher: Any, tracker: Any, domain: Any) -> list[Any]:
        dispatcher.utter_message(text="已为您登记")  # said before the failure: must not reach the citizen
        raise ValueError(f"time data {tracker.latest_message['text']!r} does not match")


class RejectingAction(Action):
    def name(self) -> str:
        return "action_reject"

    async def run(self, dispatcher: Any, tracker: Any, domain: Any) -> list[Any]:
        raise ActionExecutionRejection("action_reject")


class FineAction(Action):
    def name(self) -> str:
        return "action_fine"

    async def run(self, dispatcher: Any, tracker: Any, domain: Any) -> list[Any]:
        dispatcher.utter_message(text="好的")
        return [SlotSet("phone", PHONE)]


def _call(action: str) -> dict[str, Any]:
    text = f"我家祖宅至今已有210年历史，电话{PHONE}，身份证{ID}"
    tracker = {
        "sender_id": "citizen-1",
        "slots": {"issue_text": text, "phone": PHONE},
        "latest_message": {"text": text, "intent": {"name": "tell_problem"}, "entities": []},
        "events": [{"event": "user", "text": text}],
    }
    call = {"next_action": action, "sender_id": "citizen-1", "tracker": tracker, "domain": {}}
    return {**call, "version": rasa_sdk.__version__}


def _executor() -> safety_net.SafeActionExecutor:
    executor = safety_net.SafeActionExecutor()
    for action in (FailingAction, RejectingAction, FineAction):
        executor.register_action(action)
    return executor


async def test_a_failing_action_apologises_and_changes_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    result = await _executor().run(_call("action_fail"))
    assert result == {"events": [], "responses": [{"text": safety_net.SORRY}]}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "action_fail" in logged and "ValueError" in logged
    assert PHONE not in logged and ID not in logged and "祖宅" not in logged
    assert all(r.exc_info is None for r in caplog.records)  # no traceback: it would hold the text


async def test_other_actions_and_form_rejections_are_untouched() -> None:
    executor = _executor()
    fine = await executor.run(_call("action_fine"))
    assert fine is not None
    assert fine["responses"][0]["text"] == "好的"
    assert fine["events"][0]["value"] == PHONE
    with pytest.raises(ActionExecutionRejection):
        await executor.run(_call("action_reject"))


@pytest.fixture
async def action_server(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """The real rasa_sdk app, as `actions/__main__.py` builds it, serving the actions above."""
    package = types.ModuleType("safety_net_test_actions")
    package.FailingAction, package.FineAction = FailingAction, FineAction  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, package.__name__, package)
    monkeypatch.setattr(rasa_sdk.endpoint, "ActionExecutor", rasa_sdk.endpoint.ActionExecutor)
    monkeypatch.setattr(rasa_sdk.endpoint, "create_app", rasa_sdk.endpoint.create_app)
    monkeypatch.setattr(Sanic, "test_mode", True)  # several apps named "rasa_sdk" in one process
    safety_net.install()
    async with serving(rasa_sdk.endpoint.create_app(package)) as url:
        yield url


async def test_the_action_server_answers_200_without_the_tracker(
    action_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{action_server}/webhook", json=_call("action_fail")) as answer:
            status, body = answer.status, await answer.text()
        async with http.post(f"{action_server}/webhook", data=b"{not json") as broken:
            broken_status, broken_body = broken.status, await broken.text()
        async with http.post(f"{action_server}/webhook", json=_call("action_fine")) as fine:
            assert fine.status == 200 and PHONE in await fine.text()
    assert status == 200, body
    assert json.loads(body) == safety_net.apology_response()  # no events, no tracker
    assert broken_status in (400, 500) and "not json" not in broken_body  # no request echoed
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert PHONE not in logged and ID not in logged
