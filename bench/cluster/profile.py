"""Where one message's CPU goes in the cluster path, measured small enough for a shared machine:

    python -m bench.cluster.profile [--conversations 10] [--parallel 2] [--profiled 8] [--without PATCHES] [--reuse]

1. A cluster of its own with 1 Rasa server and 1 action server (PostgreSQL tracker store, Redis lock store,
   HAProxy in front): `--conversations` scripted intakes (bench.speed's OUR_SCRIPT) over REST through the
   proxy, `--parallel` at a time, each message sent once the previous answer came. Each part's CPU ticks
   (/proc, children included) over those messages give its CPU ms per message; meanwhile py-spy samples the
   action server's stacks (bench.cluster.samples; `--no-samples` skips it), which split its CPU by step.
2. `--profiled` more intakes handled in this process by Rasa's agent, loaded with the cluster's endpoints.yml
   (the same tracker store, lock store and action servers), the project's Rasa patches and `rasa run`'s log
   level, once without a profiler (this process's CPU ms per message), then under cProfile twice: with a CPU
   clock (what the message costs the machine) and with a wall clock
   (adds the time the event loop sat blocked in synchronous PostgreSQL and Redis calls). In ms per message.
   `--without a,b` also measures the plain CPU per message with every patch and without patches a and b, in
   turns, so that other jobs on the machine weigh on both alike.

Prints a Markdown summary; writes results/cluster/profile.json, and the whole profiles to
var/cluster-profile/profile-{cpu,wall}.pstats (and .txt, the top 80 by cumulative time).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import json
import logging
import os
import pstats
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import aiohttp

from bench.cluster.cpu import TICKS, cpu_snapshot, parts
from bench.cluster.harness import Cluster, running_cluster
from bench.cluster.samples import render as render_samples
from bench.cluster.samples import sampling
from bench.cluster.samples import summary as read_samples
from bench.speed import OUR_SCRIPT
from bench.stack import ROOT, ensure_model
from bot.ops.settings import get_settings

OUT = ROOT / "results" / "cluster"
RAW = ROOT / "var" / "cluster-profile"
TOP = 25


async def _intakes(url: str, conversations: int, parallel: int) -> tuple[int, int]:
    """(messages answered, errors) for `conversations` scripted intakes, `parallel` at a time."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(conversations):
        queue.put_nowait(n)
    counts = [0, 0]

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            queue.get_nowait()
            sender = f"profile-{uuid.uuid4().hex[:10]}"
            for text in OUR_SCRIPT:
                async with session.post(url, json={"sender": sender, "message": text}) as response:
                    await response.read()
                    counts[0 if response.status == 200 else 1] += 1

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        await asyncio.gather(*(worker(session) for _ in range(parallel)))
    return counts[0], counts[1]


def cpu_per_message(cluster: Cluster, conversations: int, parallel: int) -> dict[str, Any]:
    url = f"{cluster.rasa_url}/webhooks/rest/webhook"
    asyncio.run(_intakes(url, 1, 1))  # warm-up: first-use costs (model caches, connections) left out
    before, started = cpu_snapshot(cluster, 1), time.monotonic()
    answered, errors = asyncio.run(_intakes(url, conversations, parallel))
    after, elapsed = cpu_snapshot(cluster, 1), time.monotonic() - started
    ms = {
        part: round((after[part] - before[part]) * 1000 / TICKS / max(answered, 1), 2)
        for part in (*parts(1), "load generator")
        if after[part] - before[part] > 0
    }
    busy = (after["_busy"] - before["_busy"]) / max(1, after["_all"] - before["_all"])
    return {"messages": answered, "errors": errors, "seconds": round(elapsed, 1), "cpu_ms": ms,
            "machine_busy": round(busy, 3)}  # fmt: skip


async def _load_agent(cluster: Cluster) -> Any:
    """Rasa's agent as a cluster server builds it: the same endpoints.yml, environment, patches and log level."""
    os.environ.update(DATABASE_URL=cluster.database_url, TICKET_LOCK_LIFETIME="15")
    os.environ.setdefault("ACTION_SERVER_TOKEN", get_settings().action_server_token)
    get_settings.cache_clear()
    from rasa.core.agent import load_agent  # slow imports (TensorFlow): only for this part
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    from bot.rasa_plugins.patches import install_rasa_patches

    configure_logging_and_warnings(logging.INFO, warn_only_once=True, filter_repeated_logs=True)
    configure_structlog(logging.INFO)
    install_rasa_patches(enabled=get_settings().rasa_patches)
    endpoints = AvailableEndpoints.read_endpoints(str(cluster.dir / "endpoints.yml"))
    return await load_agent(model_path=str(ROOT / "models" / "intake.tar.gz"), endpoints=endpoints)


async def _handle(agent: Any, conversations: int) -> int:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    handled = 0
    for _ in range(conversations):
        sender = f"profile-agent-{uuid.uuid4().hex[:10]}"
        for text in OUR_SCRIPT:
            await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
            handled += 1
    return handled


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


async def _plain_cpu(agent: Any, conversations: int) -> float:
    """This process's CPU ms per message, without a profiler."""
    started = time.process_time()
    handled = await _handle(agent, conversations)
    return (time.process_time() - started) * 1000 / max(handled, 1)


async def _with_and_without(agent: Any, conversations: int, without: list[str]) -> dict[str, float]:
    """Plain CPU ms per message with every Rasa patch and without those named, in turns (so that other jobs
    on the machine weigh on both alike)."""
    from bot.rasa_plugins.patches import PATCHES
    from bot.rasa_plugins.patches.swap import restore_all

    runs: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(2):
        for mode in runs:
            restore_all()
            for patch in PATCHES:
                if mode == "with" or patch.name not in without:
                    patch.install()
            runs[mode].append(await _plain_cpu(agent, conversations))
    restore_all()
    for patch in PATCHES:
        patch.install()
    return {mode: round(sum(ms) / len(ms), 2) for mode, ms in runs.items()}


def rasa_profile(cluster: Cluster, conversations: int, without: list[str]) -> tuple[int, dict[str, Any]]:
    """(messages, {"plain": CPU ms per message without a profiler, "ab": with and without the patches named
    in `without`, "cpu" and "wall": the profiles})."""

    async def run() -> tuple[int, dict[str, Any]]:
        agent = await _load_agent(cluster)
        await _handle(agent, 1)  # warm-up
        stats, handled = {"plain": await _plain_cpu(agent, conversations)}, 0
        if without:
            stats["ab"] = await _with_and_without(agent, conversations, without)
        for name, clock in CLOCKS.items():
            profiler = cProfile.Profile(clock)
            profiler.enable()
            handled = await _handle(agent, conversations)
            profiler.disable()
            stats[name] = pstats.Stats(profiler)
        return handled, stats

    return asyncio.run(run())


STEPS: dict[str, tuple[Any, ...]] = {  # one message's way through Rasa: (file, function[, line])
    "whole message": ("rasa/core/agent.py", "handle_message"),
    "lock store (Redis)": ("bot/shared_state/lock_store.py", "lock"),
    "tracker retrieve (PostgreSQL)": ("rasa/core/processor.py", "get_tracker"),
    "NLU parse": ("rasa/core/processor.py", "parse_message"),
    "policies": ("rasa/core/processor.py", "_predict_next_with_tracker"),
    "custom actions (HTTP to the action server)": ("rasa/core/actions/action.py", "run", 748),  # RemoteAction
    "tracker save (PostgreSQL)": ("rasa/core/processor.py", "save_tracker"),
}


def _where(key: tuple[str, int, str]) -> str:
    path, line, name = key
    return f"{path.split('site-packages/')[-1].replace(str(ROOT) + '/', '')}:{line}({name})"


def _is(key: tuple[str, int, str], file: str, function: str, line: int | None = None) -> bool:
    """Whether a profile entry is that function of that file (our line numbers move with edits)."""
    return key[0].endswith(file) and key[2] == function and line in (None, key[1])


def step_costs(stats: dict[str, pstats.Stats], messages: int) -> dict[str, dict[str, float]]:
    """Cumulative ms per message of each of STEPS, by clock."""
    costs: dict[str, dict[str, float]] = {}
    for step, wanted in STEPS.items():
        costs[step] = {}
        for clock, stat in stats.items():
            found = [row for key, row in stat.stats.items() if _is(key, *wanted)]  # type: ignore[attr-defined]
            costs[step][clock] = round(sum(row[3] for row in found) * 1000 / messages, 2)
    return costs


def top_costs(stats: pstats.Stats, messages: int, key: str) -> list[dict[str, Any]]:
    """The TOP functions by `key` ("tottime" own, "cumtime" with callees), in ms per message. cProfile counts
    each resumption of a coroutine as a call: calls per message are exact for plain functions only."""
    rows = [
        {"function": _where(where), "calls_per_message": round(calls / messages, 2),
         "own_ms": round(own * 1000 / messages, 2), "cum_ms": round(cumulative * 1000 / messages, 2)}
        for where, (_, calls, own, cumulative, _) in stats.stats.items()  # type: ignore[attr-defined]
    ]  # fmt: skip
    field = "own_ms" if key == "tottime" else "cum_ms"
    return sorted(rows, key=lambda row: -row[field])[:TOP]


def render(
    cpu: dict[str, Any], handled: int, steps: dict[str, dict[str, float]], own: list, plain: float
) -> str:
    by_part = sorted(cpu["cpu_ms"].items(), key=lambda kv: -kv[1])
    lines = [
        f"CPU ms per message by process ({cpu['messages']} REST messages through HAProxy, 1 Rasa + 1 action "
        f"server, machine {cpu['machine_busy']:.0%} busy): "
        + ", ".join(f"{p} {ms:.1f}" for p, ms in by_part),
        "",
        f"Rasa's agent in this process, without a profiler: {plain:.1f} CPU ms per message",
        "",
        f"Inside Rasa ({handled} messages in process under cProfile, which slows Python code: read shares):",
        "",
        "| step | CPU ms/msg | wall ms/msg |",
        "| --- | --- | --- |",
        *(f"| {step} | {ms['cpu']} | {ms['wall']} |" for step, ms in steps.items()),
        "",
        "| own CPU ms/msg | cum CPU ms/msg | calls/msg | function |",
        "| --- | --- | --- | --- |",
        *(f"| {r['own_ms']} | {r['cum_ms']} | {r['calls_per_message']} | `{r['function']}` |" for r in own),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.cluster.profile", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--profiled", type=int, default=8)
    parser.add_argument(
        "--without", type=lambda v: v.split(","), default=[],
        help="Rasa patches (comma-separated) whose effect to measure: plain CPU per message with and without them",
    )  # fmt: skip
    parser.add_argument(
        "--reuse", action="store_true", help="use (and keep) the cluster in var/cluster-profile"
    )
    parser.add_argument(
        "--no-samples", action="store_true", help="do not sample the action server's stacks with py-spy"
    )
    args = parser.parse_args(argv)
    ensure_model()
    with running_cluster(
        rasa_servers=1, action_servers=1, name="cluster-profile", reuse=args.reuse
    ) as cluster:
        samples_path = RAW / "action-samples.raw"
        with (
            contextlib.nullcontext()
            if args.no_samples
            else sampling(cluster.pid("app:action1"), samples_path)
        ):
            cpu = cpu_per_message(cluster, args.conversations, args.parallel)
        print(json.dumps(cpu), file=sys.stderr, flush=True)
        handled, stats = rasa_profile(cluster, args.profiled, args.without)
    plain, ab = round(stats.pop("plain"), 2), stats.pop("ab", None)
    steps, own = step_costs(stats, handled), top_costs(stats["cpu"], handled, "tottime")
    text = render(cpu, handled, steps, own, plain)
    if not args.no_samples:  # where the action server's CPU went (py-spy samples while the GIL was held)
        text += "\nThe action server, " + render_samples(
            read_samples(samples_path), cpu["messages"], cpu["cpu_ms"].get("action1")
        )
    if ab:
        text += f"\nWithout the patches {', '.join(args.without)}: {ab['without']} CPU ms per message, with: {ab['with']}\n"
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    summary = {"cluster": cpu, "rasa_in_process": {"messages": handled, "plain_cpu_ms": plain, "with_and_without": ab, "steps": steps, "own_cpu": own,
               "cumulative_cpu": top_costs(stats["cpu"], handled, "cumtime")}}  # fmt: skip
    (OUT / "profile.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    RAW.mkdir(parents=True, exist_ok=True)
    for clock, stat in stats.items():
        stat.dump_stats(str(RAW / f"profile-{clock}.pstats"))
        stream = io.StringIO()
        pstats.Stats(str(RAW / f"profile-{clock}.pstats"), stream=stream).sort_stats(
            "cumulative"
        ).print_stats(80)
        (RAW / f"profile-{clock}.txt").write_text(stream.getvalue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
