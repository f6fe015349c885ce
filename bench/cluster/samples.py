"""Where a running server's CPU goes, sampled from outside by py-spy (no change to the server, no profiler inside it).

`sampling(pid, path)` records the process's stacks while it holds the GIL (running Python, or in a call that keeps
the GIL such as a socket write; not waiting on its event loop) while the body of
the `with` runs; `summary(path)` reads py-spy's raw output (one line per distinct stack: frames;…;frame count)
into the functions that held the CPU, by own samples and with their callees, and the coarse steps of STEPS.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.stack import ROOT

PY_SPY = ROOT / ".venv" / "bin" / "py-spy"
RATE = 200  # samples per second: enough for shares, light on a 2-core machine
TOP = 25

# The action server's way for one request. A stack's samples go to the step of its innermost frame that matches
# (a file's path part and, if given, the function), checking the steps in this order for each frame.
STEPS: tuple[tuple[str, str, str], ...] = (
    ("request and response JSON", "sanic/request", "load_json"),
    ("request and response JSON", "sanic/response", "json"),
    ("request and response JSON", "json/", ""),
    ("writing the response (socket)", "sanic/response.py", "send"),
    ("tracker from the request", "rasa_sdk/interfaces.py", "from_dict"),
    ("form validation (rasa_sdk)", "rasa_sdk/forms.py", "run"),
    ("reading the turn", "actions/intake_logic.py", "read_turn"),
    ("category model", "bot/category_model/", ""),
    ("route model", "bot/route_model/", ""),
    ("database", "sqlalchemy/", ""),
    ("our actions (other)", "actions/", ""),
    ("our package (other)", "bot/", ""),
    ("Sanic and asyncio", "sanic/", ""),
    ("Sanic and asyncio", "asyncio/", ""),
)


@dataclass
class Samples:
    total: int = 0
    own: Counter = field(default_factory=Counter)  # innermost frame → samples
    inclusive: Counter = field(default_factory=Counter)  # any frame on the stack → samples (once per stack)
    steps: Counter = field(default_factory=Counter)

    def share(self, count: int) -> float:
        return round(count / max(self.total, 1), 3)


@contextlib.contextmanager
def sampling(pid: int, path: Path, rate: int = RATE) -> Iterator[None]:
    """py-spy records `pid` (and its subprocesses) while the body runs; the raw stacks are written to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [str(PY_SPY), "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw",
               "--output", str(path), "--subprocesses", "--nonblocking", "--gil"]  # fmt: skip
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # py-spy attaches before the measured messages start
    if recorder.poll() is not None:
        raise RuntimeError(
            f"py-spy could not attach to {pid}: {recorder.stderr.read() if recorder.stderr else ''}"
        )
    try:
        yield
    finally:
        recorder.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C
        try:
            recorder.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.kill(recorder.pid, signal.SIGKILL)


def _frame_name(frame: str) -> str:
    """'read_turn (actions/intake_logic.py:41)' → 'actions/intake_logic.py:read_turn' (lines move with edits)."""
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", f"{ROOT}/", "lib/python3.10/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{name}"


def _step(frames: list[str]) -> str:
    for frame in reversed(frames):
        path, _, name = frame.rpartition(":")
        for step, path_part, function in STEPS:
            if path_part in path and (not function or name == function):
                return step
    return "other"


def summary(path: Path) -> Samples:
    samples = Samples()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        # the first frame is the process ("process 123:\"python …\"") and the thread: not functions
        frames = [_frame_name(f) for f in stack.split(";") if " (" in f]
        if not frames:
            continue
        samples.total += count
        samples.own[frames[-1]] += count
        for name in set(frames):
            samples.inclusive[name] += count
        samples.steps[_step(frames)] += count
    return samples


def render(samples: Samples, messages: int, cpu_ms_per_message: float | None) -> str:
    """Markdown: the steps and the top functions, in shares of the samples and (given the process's CPU ms per
    message from /proc) in ms per message."""

    def ms(count: int) -> str:
        return f"{cpu_ms_per_message * count / max(samples.total, 1):.2f}" if cpu_ms_per_message else "–"

    lines = [
        f"py-spy, {samples.total} samples over {messages} messages:",
        "",
        "| step | share | CPU ms/msg |",
        "| --- | --- | --- |",
        *(f"| {step} | {samples.share(n):.1%} | {ms(n)} |" for step, n in samples.steps.most_common()),
        "",
        "| own share | with callees | function |",
        "| --- | --- | --- |",
        *(
            f"| {samples.share(n):.1%} | {samples.share(samples.inclusive[name]):.1%} | `{name}` |"
            for name, n in samples.own.most_common(TOP)
        ),
    ]
    return "\n".join(lines) + "\n"
