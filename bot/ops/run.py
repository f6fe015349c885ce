"""Start the Rasa server, the action server and the web app; stop them all on SIGINT/SIGTERM."""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from bot.ops.settings import PROJECT_ROOT, Settings

PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Service:
    name: str
    argv: list[str]
    health_url: str  # answers 200 once the service is ready
    public_url: str  # printed for the user


@dataclass
class Running:
    service: Service
    process: subprocess.Popen
    log: IO[bytes] | None = None


class ServiceFailed(RuntimeError):
    pass


class StopRequested(Exception):
    """Raised in the main thread by the SIGINT/SIGTERM handler."""


def service_env(
    settings: Settings, root: Path = PROJECT_ROOT, base: dict[str, str] | None = None
) -> dict[str, str]:
    """Environment for every child: settings made explicit so endpoints.yml's ${VAR}s resolve."""
    env = dict(os.environ if base is None else base)
    python_path = env.get("PYTHONPATH")
    env.update(
        PYTHONPATH=f"{root}{os.pathsep}{python_path}" if python_path else str(root),
        PYTHONUNBUFFERED="1",
        DATABASE_URL=settings.database_url,
        HOST=settings.host,
        RASA_PORT=str(settings.rasa_port),
        ACTION_PORT=str(settings.action_port),
        WEB_PORT=str(settings.web_port),
        SANIC_HOST=settings.host,  # the action server binds here
        RASA_TELEMETRY_ENABLED="false",
        RASA_CACHE_DIRECTORY=str(root / ".rasa" / "cache"),
        TF_CPP_MIN_LOG_LEVEL="2",
    )
    # the secrets the servers share: from .env, else made for this run (each child gets the same env)
    env["ACTION_SERVER_TOKEN"] = (
        settings.action_server_token or env.get("ACTION_SERVER_TOKEN") or secrets.token_hex(24)
    )
    env["WIDGET_SESSION_SECRET"] = (
        settings.widget_session_secret or env.get("WIDGET_SESSION_SECRET") or secrets.token_hex(32)
    )
    return env


def cors_origins(settings: Settings, extra: str | None = None) -> list[str]:
    """The web app's own origins, plus WIDGET_ORIGINS (comma-separated): other sites that embed the widget."""
    extra = settings.widget_origins if extra is None else extra
    own = [f"http://127.0.0.1:{settings.web_port}", f"http://localhost:{settings.web_port}"]
    return own + [origin.strip().rstrip("/") for origin in extra.split(",") if origin.strip()]


def build_services(settings: Settings, python: str = sys.executable) -> list[Service]:
    host = settings.host
    display = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    rasa = f"http://{display}:{settings.rasa_port}"
    action = f"http://{display}:{settings.action_port}"
    web = f"http://{display}:{settings.web_port}"
    return [
        Service(
            "action server",
            [python, "-m", "actions", "--actions", "actions", "--port", str(settings.action_port)],
            f"{action}/health",
            f"{action}/webhook",
        ),
        Service(
            "Rasa server",
            [
                python,
                "-m",
                "bot.ops.rasa_server",  # Rasa's CLI with masked logs and request size limits
                "run",
                "--enable-api",  # bot.ops.rasa_server adds the token from the environment, out of `ps`
                "--cors",
                *cors_origins(settings),
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
                "--model",
                "models",
                "--interface",
                host,
                "--port",
                str(settings.rasa_port),
            ],  # fmt: skip
            f"{rasa}/status?token={settings.rasa_api_token}",
            f"{rasa}/webhooks/rest/webhook",
        ),
        Service(
            "web app",
            [python, "-m", "bot.web", "--host", host, "--port", str(settings.web_port)],
            f"{web}/healthz",
            f"{web}/",
        ),
    ]


def _die_with_parent() -> None:
    # Children get SIGTERM if the orchestrator itself is killed with SIGKILL.
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


@dataclass
class Orchestrator:
    services: list[Service]
    env: dict[str, str]
    cwd: Path = PROJECT_ROOT
    log_dir: Path | None = None  # None: children write to this terminal
    running: list[Running] = field(default_factory=list)

    def start(self) -> None:
        for service in self.services:
            log = None
            if self.log_dir is not None:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                log = open(self.log_dir / f"{service.name.replace(' ', '_')}.log", "ab")  # noqa: SIM115
            process = subprocess.Popen(
                service.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT if log else None,
                start_new_session=True,  # own process group: one killpg stops it and its children
                preexec_fn=_die_with_parent,
            )
            self.running.append(Running(service, process, log))

    def wait_ready(self, timeout: float = 600.0, poll: float = 0.5) -> None:
        deadline = time.monotonic() + timeout
        pending = list(self.running)
        while pending:
            for item in list(pending):
                code = item.process.poll()
                if code is not None:
                    raise ServiceFailed(f"{item.service.name} exited with code {code} while starting")
                if is_healthy(item.service.health_url):
                    pending.remove(item)
            if pending and time.monotonic() > deadline:
                names = ", ".join(item.service.name for item in pending)
                raise ServiceFailed(f"not ready after {timeout:.0f} s: {names}")
            if pending:
                time.sleep(poll)

    def first_exit(self) -> Running | None:
        return next((item for item in self.running if item.process.poll() is not None), None)

    def stop(self, timeout: float = 8.0) -> None:  # then SIGKILL: a busy event loop is stopped within 10 s
        for item in reversed(self.running):
            _signal_group(item.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for item in self.running:
            with contextlib.suppress(subprocess.TimeoutExpired):
                item.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        for item in self.running:  # whatever is left in each group, leader or not
            _signal_group(item.process.pid, signal.SIGKILL)
            item.process.wait()
            if item.log is not None:
                item.log.close()
        self.running.clear()


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _raise_stop(signum: int, _frame: object) -> None:
    raise StopRequested(signal.Signals(signum).name)


def serve(orchestrator: Orchestrator, startup_timeout: float = 600.0, out: IO[str] = sys.stdout) -> int:
    """Start everything, print the URLs, block until a signal or a crash; always stop everything."""
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        orchestrator.start()
        orchestrator.wait_ready(startup_timeout)
        print("\nReady:", file=out)
        for service in orchestrator.services:
            print(f"  {service.name:<14} {service.public_url}", file=out)
        web = next((s for s in orchestrator.services if s.name == "web app"), None)
        if web is not None:
            print(f"Demo site with the chat widget: {web.public_url}", file=out)
            print(f"Staff console: {web.public_url.rstrip('/')}/staff/", file=out)
            print(
                "  (first time? create an account: .venv/bin/python -m bot staff add NAME --role admin)",
                file=out,
            )
        print("Press Ctrl-C to stop.", file=out, flush=True)
        while (crashed := orchestrator.first_exit()) is None:
            time.sleep(0.5)
        print(f"{crashed.service.name} exited with code {crashed.process.returncode}", file=sys.stderr)
        return 1
    except StopRequested:
        return 0
    except ServiceFailed as error:
        print(f"Startup failed: {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("Stopping…", file=out, flush=True)
        orchestrator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
