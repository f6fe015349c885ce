"""Speed through the REST channel: this project's stack vs the stock `rasa init` bot, in the same run.

One user (p50/p95/p99 per message) and 20 users with no think time (messages/s, p95); resident memory of
every server process (from /proc), model size and training time of the stock bot. Linux only.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from bench import citizens
from bench.stack import _healthy, free_port, running_stack
from bench.stats import percentile

ROOT = Path(__file__).resolve().parents[1]
OUR_SCRIPT = (
    "你好",
    "我在广州市天河区石牌街道的一家装修公司上班，去年三月开始公司就拖欠我们工资，一共欠了三个多月，"
    "老板一直拖着不给。我们有十几个工人都是这样。我电话１３８００１３８０００。",
    "多久能有结果？",
    "没有打官司，也没有仲裁",
    "打过12345，让我们找劳动监察，也没下文",
    "我叫王建国",
    "对，提交",
)
STOCK_SCRIPT = ("hello", "I am very sad", "yes", "hi", "I am great", "bye", "are you a bot?")


@dataclass
class Load:
    p50: float
    p95: float
    p99: float
    msgs_per_s: float
    messages: int
    errors: int


@dataclass
class BotSpeed:
    name: str
    one_user: Load | None = None
    many_users: Load | None = None
    rss_mb: dict[str, float] = field(default_factory=dict)
    model_mb: float = 0.0
    train_s: float | None = None
    cpu_ms: dict[str, float] = field(default_factory=dict)  # CPU ms per message by process, 20 users
    levels: list = field(default_factory=list)  # bench.citizens.Level, open-loop runs at 1 msg / 15 s

    @property
    def citizens(self) -> int:
        """Upper bound of citizens writing every 15 s: saturation throughput (20 users) × 15. Not checked
        with an open-loop run at that rate, so p95 at that load is not known to stay under 1 s."""
        return int(self.many_users.msgs_per_s * 15) if self.many_users else 0


async def _converse(
    session, url: str, script: tuple[str, ...], times: list[float], errors: list[int]
) -> None:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    for message in script:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message}) as response:
                await response.read()
                ok = response.status == 200
        except Exception:  # noqa: BLE001 - a failed request is counted, not fatal
            ok = False
        times.append(time.perf_counter() - started)
        if not ok:
            errors.append(1)


async def _run_load(url: str, script: tuple[str, ...], users: int, seconds: float) -> Load:
    times: list[float] = []
    errors: list[int] = []
    timeout = aiohttp.ClientTimeout(total=60)
    deadline = 0.0

    async def user(session) -> None:
        while time.perf_counter() < deadline:
            await _converse(session, url, script, times, errors)

    async with aiohttp.ClientSession(timeout=timeout) as session:
        await _converse(session, url, script, [], [])  # warm-up
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(user(session) for _ in range(users)))
        elapsed = time.perf_counter() - started
    return Load(
        p50=percentile(times, 0.50),
        p95=percentile(times, 0.95),
        p99=percentile(times, 0.99),
        msgs_per_s=len(times) / elapsed,
        messages=len(times),
        errors=len(errors),
    )


def measure(
    url: str, script: tuple[str, ...], seconds: float, pid: int | None = None
) -> tuple[Load, Load, dict]:
    """One user, then 20 users; with `pid`, the CPU ms per message each process under it used in the 20-user run."""
    one = asyncio.run(_run_load(url, script, 1, seconds))
    before = cpu_by_process(pid) if pid else {}
    many = asyncio.run(_run_load(url, script, 20, seconds))
    after = cpu_by_process(pid) if pid else {}
    per_message = {
        name: 1000 * (after[name] - before[name]) / max(many.messages, 1) for name in after if name in before
    }
    return one, many, {name: ms for name, ms in per_message.items() if ms >= 0.05}


def cpu_by_process(pid: int) -> dict[str, float]:
    """CPU seconds (user + system, from /proc) of a process and its descendants, named like rss_by_process."""
    result: dict[str, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for p in _children(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{p}/cmdline").read_text().replace("\0", " ").strip()
        except OSError:
            continue
        result[f"{p} {_short(cmd)}"] = (int(fields[11]) + int(fields[12])) / tick
    return result


def _children(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += kids.get(current, [])
    return out


def rss_by_process(pid: int) -> dict[str, float]:
    """VmRSS (MB) of a process and its descendants, named by their command line."""
    result: dict[str, float] = {}
    for p in _children(pid):
        try:
            status = Path(f"/proc/{p}/status").read_text()
            cmd = Path(f"/proc/{p}/cmdline").read_text().replace("\0", " ").strip()
        except OSError:
            continue
        rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")), 0)
        if rss:
            result[f"{p} {_short(cmd)}"] = rss / 1024
    return result


def _pid_with(*parts: str) -> int:
    """The process whose command line holds all `parts` (the orchestrator the harness started)."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            cmd = cmdline.read_text().replace("\0", " ")
        except OSError:
            continue
        if all(part in cmd for part in parts):
            return int(cmdline.parent.name)
    raise RuntimeError(f"no process with {parts}")


def _short(cmd: str) -> str:
    """The command without secrets or temp paths: program and module only."""
    words = cmd.split()
    keep = [w for w in words[:4] if not w.startswith("--")]
    return " ".join(Path(keep[0]).name if i == 0 else w for i, w in enumerate(keep))[:60]


@contextmanager
def stock_bot(workdir: Path) -> Iterator[tuple[str, int, float, Path]]:
    """`rasa init` (which trains) in workdir, then `rasa run`; yields (url, pid, init seconds, model)."""
    rasa = str(Path(sys.executable).with_name("rasa"))
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([rasa, "init", "--no-prompt", "--init-dir", str(workdir)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    init_s = time.perf_counter() - started
    model = next(workdir.glob("models/*.tar.gz"))
    port = free_port()
    log = (workdir / "run.log").open("wb")
    process = subprocess.Popen([rasa, "run", "--port", str(port)], cwd=workdir, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"

        deadline = time.monotonic() + 300
        while not _healthy(f"{url}/"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((workdir / "run.log").read_text(errors="replace")[-2000:])
            time.sleep(1)
        yield f"{url}/webhooks/rest/webhook", process.pid, init_s, model
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(60)
        log.close()


def run(seconds: float = 20.0, trained_category: bool = True) -> list[BotSpeed]:
    imported = ROOT / "var" / "bench" / "category_imported.joblib"
    if not trained_category:
        os.environ["CATEGORY_MODEL_PATH"] = str(ROOT / "var" / "bench" / "no-model.joblib")
    elif imported.exists():  # speed with the trained category model, as after an archive import
        os.environ["CATEGORY_MODEL_PATH"] = str(imported)
    ours = BotSpeed("this project")
    stock = BotSpeed("stock `rasa init` bot")
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        with stock_bot(Path(tmp, "stock")) as (url, pid, init_s, model):
            stock.one_user, stock.many_users, stock.cpu_ms = measure(url, STOCK_SCRIPT, seconds, pid)
            stock.rss_mb, stock.model_mb, stock.train_s = (
                rss_by_process(pid),
                model.stat().st_size / 1e6,
                init_s,
            )
        with running_stack(Path(tmp, "ours")) as stack:
            url = f"{stack.rasa_url}/webhooks/rest/webhook"
            pid = _pid_with("-m bot run", str(stack.log_dir))
            ours.one_user, ours.many_users, ours.cpu_ms = measure(url, OUR_SCRIPT, seconds, pid)
            ours.levels = citizens.measure(url, OUR_SCRIPT, bound=ours.citizens)
            ours.rss_mb = rss_by_process(pid)
        ours.model_mb = (ROOT / "models" / "intake.tar.gz").stat().st_size / 1e6
        shutil.rmtree(Path(tmp, "stock"), ignore_errors=True)
    return [ours, stock]


if __name__ == "__main__":
    for bot in run(float(sys.argv[1]) if len(sys.argv) > 1 else 20.0):
        print(bot, bot.citizens)
