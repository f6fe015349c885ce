"""The cached check of action server answers gives exactly what Rasa's own check gives."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins.patches import action_response_check as check

VALID: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {},
    {
        "events": [
            {
                "event": "slot",
                "timestamp": None,
                "name": "issue_text",
                "value": "小区楼下烧烤店😡噪音扰民，已经３个月了",
            },
            {"event": "slot", "timestamp": None, "name": "intake_turns", "value": 2.0},
            {
                "event": "slot",
                "timestamp": None,
                "name": "category_candidates",
                "value": ["劳动和社会保障", "其他"],
            },
            {"event": "active_loop", "name": None},
            {"event": "followup", "name": "action_show_summary"},
        ],
        "responses": [{"text": "這個號碼好像不完整。", "buttons": [{"title": "没有", "payload": "/deny"}]}],
    },
]
INVALID: list[dict[str, Any]] = [
    {"events": [{"event": "slot", "value": "没有名字的槽"}], "responses": []},  # slot without a name
    {"events": [{"event": "no_such_event"}]},
    {"events": {"event": "slot"}},  # not a list
    {"events": [], "responses": "好的"},  # responses must be a list of objects
    {"events": [], "responses": ["好的"]},
    {"events": [{"event": "user", "text": 12345}]},
]


def _action() -> RemoteAction:
    return RemoteAction("validate_intake_form", EndpointConfig("http://127.0.0.1:5055/webhook"))


def _outcome(validate, result: dict[str, Any]) -> tuple[bool, str | None, list[Any]]:
    try:
        return validate(_action(), result), None, []
    except ValidationError as error:
        return False, error.message, list(error.path)


def test_install_replaces_rasas_check_and_is_idempotent() -> None:
    check.install()
    check.install()
    assert RemoteAction._validate_action_result is check.validate_action_result
    assert check.rasa_validate() is not check.validate_action_result


@pytest.mark.parametrize("result", VALID)
def test_valid_answers_pass_as_in_rasa(result: dict[str, Any]) -> None:
    assert _outcome(check.validate_action_result, result) == _outcome(check.rasa_validate(), result)
    assert check.validate_action_result(_action(), result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_answers_raise_the_same_error_as_rasa(result: dict[str, Any]) -> None:
    ours = _outcome(check.validate_action_result, result)
    theirs = _outcome(check.rasa_validate(), result)
    assert ours == theirs
    assert ours[0] is False
    assert "Failed to validate Action server response" in ours[1]


def test_the_schema_is_checked_once() -> None:
    check._validator.cache_clear()
    for result in INVALID:
        with pytest.raises(ValidationError):
            check.validate_action_result(_action(), result)
    assert check._validator.cache_info().misses == 1


EVENTS_OF_EVERY_KIND: list[Any] = [
    {
        "event": "user",
        "text": "我要投诉物业😡",
        "parse_data": {"intent": {"name": "tell_problem", "confidence": 0.9}},
    },
    {
        "event": "user",
        "text": None,
        "parse_data": {"entities": [{"entity": "phone", "value": "13800138000"}]},
    },
    {"event": "user", "parse_data": {"entities": [{"entity": "phone"}]}},  # no value
    {"event": "user", "parse_data": {"intent": {"confidence": "高"}}},
    {"event": "action", "name": "action_listen", "policy": None, "confidence": 1},
    {"event": "action", "name": "action_listen", "hide_rule_turn": "yes"},
    {"event": "slot", "name": "phone", "value": None},
    {"event": "slot", "name": 7, "value": "x"},
    {"event": "entities", "entities": []},
    {"event": "entities"},
    {"event": "bot", "text": "好的", "metadata": {}},
    {"event": "bot", "metadata": "不是对象"},
    {"event": "active_loop", "name": "intake_form", "timestamp": 1764230400.5},
    {"event": "active_loop", "timestamp": "今天"},
    {"event": "followup", "name": "action_show_summary"},
    {"event": "reset_slots"},
    {"event": "session_started"},
    {"event": "restart", "timestamp": True},
    {"event": "unknown_kind"},
    {"event": ["slot"]},
    {"event": 3},
    {"name": "phone", "value": "x"},
    "slot",
    None,
]


@pytest.mark.parametrize("event", EVENTS_OF_EVERY_KIND)
def test_quick_check_agrees_with_the_full_schema(event: Any) -> None:
    for result in ({"events": [event]}, {"events": [EVENTS_OF_EVERY_KIND[0], event], "responses": [{}]}):
        assert check._plainly_valid(result) == check._validator().is_valid(result)
        assert _outcome(check.validate_action_result, result) == _outcome(check.rasa_validate(), result)


@pytest.mark.parametrize(
    "result", [[], "好的", {"events": ()}, {"responses": [{"text": "好"}, []]}, {"responses": {}}]
)
def test_quick_check_agrees_on_odd_shapes(result: Any) -> None:
    assert check._plainly_valid(result) == check._validator().is_valid(result)
