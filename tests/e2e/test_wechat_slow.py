"""A bot slower than WeChat's window (here: a window of 0 s on the real stack): `success` at once, the
answer through the customer-service API exactly once, retries not processed again, API errors survived."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.e2e.harness import wait_until
from tests.e2e.test_wechat_channel import SETTLE_TEXT, WeChat, open_id, wechat_stack

# needs the action server, so the bot really takes a while (a bare greeting is answered in one step)
COMPLAINT = "你好，我想反映小区噪音扰民的问题"


@pytest.fixture(scope="module")
def slow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WeChat]:
    with wechat_stack(Path(tmp_path_factory.mktemp("wechat-slow")), "0") as running:
        yield running


def test_a_slow_bot_answers_success_then_delivers_once(slow: WeChat) -> None:
    user = open_id()
    xml = slow.server.text(user, COMPLAINT, msg_id=int(uuid.uuid4().int % 10**18))
    assert slow.post(xml) == (200, "success")
    assert slow.post(xml) == (200, "success")  # WeChat's retry while the bot still works
    delivered = slow.api.wait_for(user, 1, timeout=60)
    assert delivered and delivered[0].strip(), delivered
    with ThreadPoolExecutor(2) as pool:  # later retries
        assert set(pool.map(lambda _: slow.post(xml), range(2))) == {(200, "success")}
    settled = slow.settle(user)
    assert slow.user_texts(user) == [COMPLAINT, SETTLE_TEXT]  # run once
    sent = slow.api.messages_to(user)
    assert sent[: len(delivered)] == delivered and "\n\n".join(sent[len(delivered) :]) == settled  # sent once


def test_an_expired_token_and_a_busy_api_are_survived(slow: WeChat) -> None:
    user = open_id()
    slow.api.expire_tokens()
    slow.api.fail_next(-1)
    assert slow.say(user, slow.server.text(user, COMPLAINT)).strip()
    assert slow.api.token_requests >= 2


def test_the_48_hour_window_is_logged_not_retried(slow: WeChat) -> None:
    user = open_id()
    before = slow.api.send_requests
    slow.api.fail_next(45015)
    assert slow.post(slow.server.text(user, COMPLAINT)) == (200, "success")  # safe mode: plaintext is refused

    def refusal_logged() -> bool:
        log = slow.stack.logs(tail=200000)
        return "wechat.send_failed" in log and "45015" in log

    # the endpoint logs the refusal after the client's own retries, and sends nothing more for that reply
    wait_until(refusal_logged, 60, "the refused send logged")
    assert slow.api.send_requests == before + 1 and slow.api.messages_to(user) == []
