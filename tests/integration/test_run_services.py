"""`bot.ops.run`'s orchestrator with stand-in servers in real processes: it starts them, reports one that dies,
and stops them and their children on a signal, a crash or its own death."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from bench.stack import free_port
from bot.ops.run import Orchestrator, Service, ServiceFailed, serve
from bot.ops.settings import PROJECT_ROOT

# A stand-in server: answers 200 on its port and leaves a grandchild, like a real server's helpers.
FAKE_SERVER = textwrap.dedent(
    """
    import http.server, subprocess, sys
    port, pid_file = int(sys.argv[1]), sys.argv[2]
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    with open(pid_file, "w") as f:
        f.write(f"{child.pid}\\n")
    class Ok(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200); self.end_headers(); self.wfile.write(b"ok")
        def log_message(self, *args):
            pass
    http.server.HTTPServer(("127.0.0.1", port), Ok).serve_forever()
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purposes
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def _wait_dead(pids: list[int], timeout: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _fake_services(tmp_path: Path, count: int = 2) -> list[Service]:
    script = tmp_path / "fake_server.py"
    script.write_text(FAKE_SERVER)
    services = []
    for index in range(count):
        port = free_port()
        argv = [sys.executable, str(script), str(port), str(tmp_path / f"grandchild{index}.pid")]
        url = f"http://127.0.0.1:{port}/"
        services.append(Service(f"fake {index}", argv, url, url))
    return services


def test_orchestrator_stops_services_and_their_children(tmp_path: Path) -> None:
    orchestrator = Orchestrator(_fake_services(tmp_path), dict(os.environ), tmp_path, tmp_path / "logs")
    orchestrator.start()
    try:
        orchestrator.wait_ready(timeout=30, poll=0.1)
        pids = [item.process.pid for item in orchestrator.running]
        grandchildren = [int((tmp_path / f"grandchild{i}.pid").read_text()) for i in range(2)]
        assert all(_alive(p) for p in pids + grandchildren)
    finally:
        orchestrator.stop(timeout=5)
    assert _wait_dead(pids + grandchildren) == []
    assert (tmp_path / "logs" / "fake_0.log").exists()


def test_service_that_dies_while_starting_is_reported(tmp_path: Path) -> None:
    dying = Service("broken", [sys.executable, "-c", "raise SystemExit(3)"], "http://127.0.0.1:9/", "-")
    orchestrator = Orchestrator([dying], dict(os.environ), tmp_path)
    orchestrator.start()
    with pytest.raises(ServiceFailed, match="broken exited with code 3"):
        orchestrator.wait_ready(timeout=30, poll=0.1)
    orchestrator.stop(timeout=5)


def _start_runner(tmp_path: Path) -> tuple[subprocess.Popen, list[str]]:
    services = _fake_services(tmp_path)
    runner = tmp_path / "runner.py"
    runner.write_text(
        "import json, os, sys\n"
        "from bot.ops.run import Orchestrator, Service, serve\n"
        f"services = [Service(**s) for s in json.loads({json.dumps([s.__dict__ for s in services])!r})]\n"
        "orchestrator = Orchestrator(services, dict(os.environ))\n"
        "sys.exit(serve(orchestrator, startup_timeout=30))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    proc = subprocess.Popen([sys.executable, str(runner)], env=env, stdout=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout:  # type: ignore[union-attr]
        lines.append(line)
        if line.startswith("Press Ctrl-C"):
            break
    return proc, lines


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_everything_on_signal(tmp_path: Path, sig: signal.Signals) -> None:
    proc, lines = _start_runner(tmp_path)
    assert any("fake 0" in line and "http://127.0.0.1:" in line for line in lines), lines
    grandchildren = [int((tmp_path / f"grandchild{i}.pid").read_text()) for i in range(2)]
    children = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(proc.pid)], text=True).split()]
    assert len(children) == 2
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == 0
    assert _wait_dead(children + grandchildren) == []


def test_services_die_with_a_killed_orchestrator(tmp_path: Path) -> None:
    proc, _ = _start_runner(tmp_path)
    children = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(proc.pid)], text=True).split()]
    proc.kill()  # no chance to clean up: the children's parent-death signal must do it
    proc.wait(timeout=10)
    try:
        assert _wait_dead(children) == []
    finally:  # the stand-ins' own helpers are not the orchestrator's business here
        for index in range(2):
            with contextlib.suppress(ProcessLookupError):
                os.kill(int((tmp_path / f"grandchild{index}.pid").read_text()), signal.SIGKILL)


def test_serve_stops_the_others_when_one_service_crashes(tmp_path: Path) -> None:
    services = _fake_services(tmp_path, count=1)
    orchestrator = Orchestrator(services, dict(os.environ), tmp_path, tmp_path / "logs")

    def crash_later() -> None:
        while not orchestrator.running or not (tmp_path / "grandchild0.pid").exists():
            time.sleep(0.1)
        time.sleep(1)
        os.kill(orchestrator.running[0].process.pid, signal.SIGKILL)

    threading.Thread(target=crash_later, daemon=True).start()
    assert serve(orchestrator, startup_timeout=30) == 1
    grandchild = int((tmp_path / "grandchild0.pid").read_text())
    assert _wait_dead([grandchild]) == []


def test_a_service_whose_event_loop_is_busy_is_stopped_within_ten_seconds(tmp_path: Path) -> None:
    # ignores SIGTERM and never yields, like a Rasa server busy with a huge message
    ready = tmp_path / "ignoring-sigterm"
    stubborn = (
        "import pathlib, signal, sys\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "pathlib.Path(sys.argv[1]).touch()\nwhile True: pass\n"
    )
    service = Service("busy", [sys.executable, "-c", stubborn, str(ready)], "http://127.0.0.1:9/", "-")
    orchestrator = Orchestrator([service], dict(os.environ), tmp_path)
    orchestrator.start()
    pid = orchestrator.running[0].process.pid
    deadline = time.monotonic() + 30
    while not ready.exists() and time.monotonic() < deadline:  # SIGTERM is ignored from now on
        time.sleep(0.05)
    assert ready.exists()
    started = time.monotonic()
    orchestrator.stop()  # the default grace period, as make run uses it
    assert time.monotonic() - started < 10
    assert _wait_dead([pid]) == []
