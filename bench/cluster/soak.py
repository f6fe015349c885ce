"""Faults while citizens file: kill -9 one Rasa server, restart an action server, PostgreSQL and Redis, while
simulated citizens (REST, socket.io and WeChat in turn) go through whole intakes on a `make cluster`.

    python -m bench.cluster.soak            # the short form (CI: tests/integration/test_cluster_soak.py)
    python -m bench.cluster.soak --long     # make soak: 100 citizens, a calmer pace, longer windows
    python -m bench.cluster.soak --reuse    # on a cluster already running in var/cluster-soak (kept running)

Reports messages sent, replies, retries, errors, duplicates, lost slots, duplicate cases, unfinished intakes and
p95 latency before, during and after each fault; writes results/cluster/soak.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import aiohttp
import sqlalchemy as sa

from bench.cluster.channels import RestClient, SocketClient, WeChatClient
from bench.cluster.citizen import Outcome, TrackerReader, play
from bench.cluster.harness import Cluster, running_cluster
from bench.stack import ROOT
from bench.stats import percentile

CHANNELS = (RestClient, SocketClient, WeChatClient)


@dataclass(frozen=True)
class Form:
    citizens: int
    pause_s: float  # mean time a citizen takes to write a message
    warmup_s: float  # before the first fault
    after_s: float  # the window after each fault's recovery
    recovery_timeout_s: float


SHORT = Form(citizens=24, pause_s=2.0, warmup_s=15, after_s=8, recovery_timeout_s=150)
LEFTOVER_TIMEOUT_S = 10.0
FINISH_TIMEOUT_S = 300.0  # after the last fault, for the intakes in hand (one takes about 2 minutes)
LONG = Form(citizens=100, pause_s=6.0, warmup_s=60, after_s=30, recovery_timeout_s=300)


@dataclass
class FaultWindow:
    name: str
    started: float = 0.0
    recovered: float = 0.0
    ended: float = 0.0
    recovery_s: float = 0.0


@dataclass
class Report:
    citizens: int
    intakes: int = 0
    finished: int = 0
    sent: int = 0
    replies: int = 0
    retries: int = 0
    errors: int = 0
    unanswered: int = 0
    duplicates: int = 0
    lost_messages: int = 0
    lost_slots: int = 0
    duplicate_cases: int = 0
    cases_missing: int = 0
    stuck: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    p95: list[dict[str, object]] = field(default_factory=list)
    problems: list[dict[str, object]] = field(default_factory=list)  # which intakes went wrong, and when
    faults_at_s: list[float] = field(default_factory=list)  # since the start, like `no_reply_at_s`

    @property
    def clean(self) -> bool:
        return (
            self.unanswered == 0
            and self.duplicates == 0
            and self.lost_messages == 0
            and self.lost_slots == 0
            and self.duplicate_cases == 0
            and self.cases_missing == 0
            and self.finished == self.intakes
        )


def faults(cluster: Cluster) -> list[tuple[str, Callable[[], None]]]:
    return [
        ("kill -9 rasa1", lambda: cluster.kill9("app:rasa1")),
        ("restart action1", lambda: cluster.restart("app:action1")),
        ("restart PostgreSQL", lambda: cluster.restart("postgres")),
        ("restart Redis", lambda: cluster.restart("redis")),
    ]


async def _citizen(index: int, cluster: Cluster, form: Form, stop: asyncio.Event, out: list[Outcome]) -> None:
    rng = random.Random(index)
    await asyncio.sleep(rng.uniform(0, form.warmup_s / 2))  # arrivals spread out
    async with aiohttp.ClientSession() as http:
        reader = TrackerReader(cluster, http)
        turn = index
        while not stop.is_set():
            channel = CHANNELS[turn % len(CHANNELS)](cluster, http)
            out.append(await play(channel, reader, rng, form.pause_s))
            turn += 1


async def _faults(cluster: Cluster, form: Form, stop: asyncio.Event) -> list[FaultWindow]:
    windows = []
    await asyncio.sleep(form.warmup_s)
    for name, do in faults(cluster):
        window = FaultWindow(name, started=time.monotonic())
        await asyncio.to_thread(do)
        await asyncio.sleep(3.5)  # the proxy's health check notices (1 s interval, 3 failures)
        window.recovery_s = await asyncio.to_thread(cluster.wait_healthy, form.recovery_timeout_s)
        window.recovery_s += 3.5
        window.recovered = time.monotonic()
        await asyncio.sleep(form.after_s)
        window.ended = time.monotonic()
        windows.append(window)
        print(f"soak: {name}: healthy again after {window.recovery_s:.1f} s", file=sys.stderr, flush=True)
    stop.set()
    return windows


def _p95(times: list[float]) -> float | None:
    return round(percentile(times, 0.95), 3) if times else None


def latency_table(
    outcomes: list[Outcome], windows: list[FaultWindow], before_s: float
) -> list[dict[str, object]]:
    sent = [s for o in outcomes for s in o.sent if s.seconds is not None]

    def within(start: float, end: float) -> list[float]:
        return [s.seconds for s in sent if start <= s.at < end and s.seconds is not None]

    return [
        {
            "fault": w.name,
            "recovery_s": round(w.recovery_s, 1),
            "before": _p95(within(w.started - before_s, w.started)),
            "during": _p95(within(w.started, w.recovered)),
            "after": _p95(within(w.recovered, w.ended)),
        }
        for w in windows
    ]


def duplicate_cases(database_url: str, senders: list[str]) -> tuple[int, dict[str, int]]:
    """(conversations with more than one case, cases per conversation)."""
    engine = sa.create_engine(database_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT conversation_id, count(*) FROM intake_cases"
                    " WHERE conversation_id = ANY(:senders) GROUP BY conversation_id"
                ),
                {"senders": senders},
            ).all()
    finally:
        engine.dispose()
    counts = {str(sender): int(count) for sender, count in rows}
    return sum(1 for count in counts.values() if count > 1), counts


def summarise(
    outcomes: list[Outcome], windows: list[FaultWindow], form: Form, cluster: Cluster, began: float
) -> Report:
    report = Report(citizens=form.citizens, intakes=len(outcomes))
    for o in outcomes:
        report.finished += o.case_number is not None
        report.sent += len(o.sent)
        report.replies += sum(1 for s in o.sent if s.seconds is not None)
        report.retries += o.retries
        report.unanswered += o.unanswered
        report.errors += len(o.errors) + sum(1 for s in o.sent if s.seconds is None)
        report.duplicates += o.duplicates
        report.lost_messages += o.lost_messages
        report.lost_slots += len(o.lost_slots)
        report.by_channel[o.kind] = report.by_channel.get(o.kind, 0) + 1
        if o.stuck:
            report.stuck[o.stuck] = report.stuck.get(o.stuck, 0) + 1
        if o.stuck or o.unanswered or o.duplicates or o.lost_messages or o.lost_slots or o.errors:
            failed = [round(s.at - began, 1) for s in o.sent if s.seconds is None]
            report.problems.append(
                {"kind": o.kind, "sender": o.sender, "stuck": o.stuck, "lost_slots": o.lost_slots,
                 "duplicates": o.duplicates, "lost_messages": o.lost_messages, "errors": o.errors,
                 "no_reply_at_s": failed}
            )  # fmt: skip
    senders = [o.sender for o in outcomes if o.sender]
    report.duplicate_cases, counts = duplicate_cases(cluster.database_url, senders)
    report.cases_missing = sum(1 for o in outcomes if o.case_number and not counts.get(o.sender))
    report.p95 = latency_table(outcomes, windows, before_s=max(form.after_s, 10))
    report.faults_at_s = [round(w.started - began, 1) for w in windows]
    return report


async def soak(cluster: Cluster, form: Form) -> Report:
    stop = asyncio.Event()
    began = time.monotonic()
    outcomes: list[Outcome] = []
    citizens = [
        asyncio.ensure_future(_citizen(i, cluster, form, stop, outcomes)) for i in range(form.citizens)
    ]
    windows = await _faults(cluster, form, stop)
    # each citizen ends the intake in hand; one that cannot is counted and shown, never waited for forever
    _, pending = await asyncio.wait(citizens, timeout=FINISH_TIMEOUT_S)
    for task in pending:
        print("soak: an intake did not finish; where its citizen waits:", file=sys.stderr)
        task.print_stack(file=sys.stderr)
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    report = summarise(outcomes, windows, form, cluster, began)
    if pending:
        report.intakes += len(pending)
        report.stuck["did not finish"] = len(pending)
    return report


def run_soak(cluster: Cluster, form: Form) -> Report:
    """`asyncio.run(soak(…))`, except that socket.io clients still reconnecting in the background at the end
    get a few seconds to stop, not forever (asyncio.run waits for every task it cancels)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(soak(cluster, form))
    finally:
        leftover = asyncio.all_tasks(loop)
        for task in leftover:
            task.cancel()
        if leftover:
            loop.run_until_complete(asyncio.wait(leftover, timeout=LEFTOVER_TIMEOUT_S))
        loop.close()


def render(report: Report) -> str:
    lines = [
        f"citizens {report.citizens}, intakes {report.intakes} ({report.by_channel}), finished {report.finished}",
        f"messages sent {report.sent}, replies {report.replies}, retries {report.retries}, "
        f"errors {report.errors}, unanswered after retry {report.unanswered}",
        f"duplicates {report.duplicates}, lost messages {report.lost_messages}, lost slots {report.lost_slots}, "
        f"duplicate cases "
        f"{report.duplicate_cases}, filed cases missing {report.cases_missing}, stuck {report.stuck or 0}",
        "| fault | recovery s | p95 before s | p95 during s | p95 after s |",
        "| --- | --- | --- | --- | --- |",
        *(
            f"| {row['fault']} | {row['recovery_s']} | {row['before']} | {row['during']} | {row['after']} |"
            for row in report.p95
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="make soak: 100 citizens, longer windows")
    parser.add_argument("--reuse", action="store_true", help="use (and keep) the cluster in var/cluster-soak")
    parser.add_argument("--citizens", type=int, default=None)
    args = parser.parse_args(argv)
    form = LONG if args.long else SHORT
    if args.citizens:
        form = Form(args.citizens, form.pause_s, form.warmup_s, form.after_s, form.recovery_timeout_s)
    with running_cluster(reuse=args.reuse) as cluster:
        report = run_soak(cluster, form)
    out = ROOT / "results" / "cluster"
    out.mkdir(parents=True, exist_ok=True)
    (out / "soak.json").write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2), encoding="utf-8")
    print(render(report))
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
