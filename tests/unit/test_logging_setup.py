"""No phone or ID number in clear in any log line of any of our processes (issue 16, item 3)."""

from __future__ import annotations

import io
import json
import logging
import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from bot.ops.logging_setup import WITHHELD, install_log_masking, mask_record

PHONE = "13812345678"
ID = "11010519491231002X"


@pytest.fixture
def restore_factory() -> Iterator[None]:
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


@pytest.fixture
def captured(restore_factory: None) -> Iterator[io.StringIO]:
    """A logger with its own handler and a standard formatter, as Rasa, Sanic and aiohttp configure them."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger("test.masked")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield out
    logger.removeHandler(handler)


def test_every_record_is_masked_after_install(captured: io.StringIO) -> None:
    logger = logging.getLogger("test.masked")
    logger.info("before %s", PHONE)
    install_log_masking()
    install_log_masking()  # twice is once
    logger.info("message %s from %r", f"电话{PHONE}", {"id": "110105 19491231\t002X"})
    logger.warning(json.dumps({"event": "rest.message.received.failure", "text": f"我的电话{PHONE}"}))
    logger.warning(json.dumps({"text": "一\u200b1381234\u200b5678 😀"}))
    try:
        raise ValueError(f"time data '{PHONE}' does not match, id {ID}")
    except ValueError:
        logger.exception("failed for %s", "138 1234 5678")
    logger.info("a count of %d and a date %s are kept", 12345, "2026-12-04 15:00:01")
    lines = captured.getvalue().splitlines()
    assert lines[0] == f"INFO test.masked before {PHONE}"  # not installed yet: the test sees the leak
    after = "\n".join(lines[1:])
    assert PHONE not in after and ID not in after and "19491231" not in after and "138 1234" not in after
    assert "138****5678" in after and "110105********002X" in after
    assert '"text": "我的电话138****5678"' in after and "\\ud83d\\ude00" in after  # emoji stays escaped
    assert "Traceback" in after and "ValueError: time data '138****5678'" in after
    assert "a count of 12345 and a date 2026-12-04 15:00:01 are kept" in after


def test_a_record_that_cannot_be_checked_is_withheld() -> None:
    class Unprintable:
        def __str__(self) -> str:
            raise RuntimeError("no")

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "value %s", (Unprintable(),), None)
    assert mask_record(record).getMessage() == WITHHELD


def test_the_rasa_server_runs_behind_the_wrapper() -> None:
    from bot.ops.run import build_services
    from bot.ops.settings import get_settings

    services = {s.name: s for s in build_services(get_settings(), python="py")}
    assert services["Rasa server"].argv[:4] == ["py", "-m", "bot.ops.rasa_server", "run"]


def _installed() -> bool:
    return type(logging.getLogRecordFactory()).__name__ == "_MaskingFactory"


def test_rasa_server_installs_masking_and_body_limit(restore_factory: None, monkeypatch: Any) -> None:
    import rasa.__main__

    from bot.channels.limits import MAX_BODY_BYTES
    from bot.ops import rasa_server

    seen: dict[str, Any] = {}
    monkeypatch.setattr(rasa.__main__, "main", lambda: seen.update(installed=_installed()))
    monkeypatch.setenv("SANIC_REQUEST_MAX_SIZE", "1")
    rasa_server.main()
    assert seen == {"installed": True}
    assert os.environ["SANIC_REQUEST_MAX_SIZE"] == str(MAX_BODY_BYTES)


def test_action_server_installs_masking_and_the_safety_net(restore_factory: None, monkeypatch: Any) -> None:
    import rasa_sdk.__main__
    import rasa_sdk.endpoint

    import actions.__main__ as action_main
    from actions import safety_net

    monkeypatch.setattr(rasa_sdk.endpoint, "ActionExecutor", rasa_sdk.endpoint.ActionExecutor)
    monkeypatch.setattr(rasa_sdk.endpoint, "create_app", rasa_sdk.endpoint.create_app)
    monkeypatch.setattr(action_main, "warm_up", lambda: 0.0)
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "test-token")  # it refuses to start without one (no .env here)
    seen: dict[str, Any] = {}

    def fake_server(args: Any) -> None:
        seen.update(installed=_installed(), app=rasa_sdk.endpoint.create_app)

    monkeypatch.setattr(rasa_sdk.__main__, "main_from_args", fake_server)
    action_main.main(["--actions", "actions"])
    assert seen == {"installed": True, "app": safety_net.create_app}


def test_web_app_and_cli_install_masking(restore_factory: None, monkeypatch: Any) -> None:
    import bot.web.__main__ as web_main
    from bot.ops import cli

    seen: list[bool] = []
    monkeypatch.setattr(web_main.web, "run_app", lambda *a, **k: seen.append(_installed()))
    monkeypatch.setattr(web_main, "create_app", lambda: None)
    web_main.main(["--port", "1"])
    logging.setLogRecordFactory(logging.LogRecord)
    monkeypatch.setattr(cli, "init_db", lambda url: seen.append(_installed()))
    monkeypatch.setattr(sys, "argv", ["bot.ops.cli"])
    cli.main(["init-db"])
    assert seen == [True, True]
