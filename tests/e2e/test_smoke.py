"""Smoke test of the running stack: REST chat, API token, web health."""

from __future__ import annotations

import urllib.request

import sqlalchemy as sa

from tests.e2e.harness import Stack, request_json


def test_rest_webhook_answers_greeting(stack: Stack) -> None:
    replies = stack.chat("e2e-smoke-greeting", "你好")
    assert replies, "the bot said nothing to 你好"
    assert any((reply.get("text") or "").strip() for reply in replies)


def test_conversation_is_stored_in_the_database(stack: Stack) -> None:
    stack.chat("e2e-smoke-stored", "您好！")
    engine = sa.create_engine(stack.database_url)
    with engine.connect() as connection:
        count = connection.execute(
            sa.text("SELECT COUNT(*) FROM events WHERE sender_id = 'e2e-smoke-stored' AND type_name = 'user'")
        ).scalar_one()
    engine.dispose()
    assert count >= 1


def test_status_requires_the_token(stack: Stack) -> None:
    status, body = request_json(f"{stack.rasa_url}/status?token={stack.token}")
    assert status == 200
    assert body.get("model_id") or body.get("fingerprint")
    assert request_json(f"{stack.rasa_url}/status")[0] == 401
    assert request_json(f"{stack.rasa_url}/status?token=wrong-{stack.token}")[0] == 401


def test_web_health_and_landing_page(stack: Stack) -> None:
    status, body = request_json(f"{stack.web_url}/healthz")
    assert (status, body["status"], body["database"]) == (200, "ok", "ok")
    status, _ = request_json(f"{stack.action_url}/health")
    assert status == 200
    with urllib.request.urlopen(f"{stack.web_url}/", timeout=10) as response:
        page = response.read().decode("utf-8")
    assert "信访智能受理助手" in page and 'href="/healthz"' in page
