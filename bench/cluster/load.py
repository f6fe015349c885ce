"""Citizens served at p95 under 1 s (one message every 15 s each, bench.citizens) through the cluster's proxy,
with 1 and then 2 (or more) Rasa servers in one run on one cluster (the others stopped, then started), and where
the CPU went: the bottleneck named from each part's share of the machine's CPU time at the level that failed.

    python -m bench.cluster.load [--first 300 --step 300 --levels 4 --seconds 60] [--servers 1,2,4] [--reuse]

Writes its own section of docs/benchmarks.md (bench.cluster.doc_section) and results/cluster/load.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field

from bench import citizens
from bench.cluster.doc_section import write_section
from bench.cluster.harness import Cluster, running_cluster
from bench.speed import OUR_SCRIPT
from bench.stack import ROOT

SHARED_PARTS = ("action1", "action2", "web", "postgres", "redis", "haproxy")
TICKS = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1


@dataclass
class Row:
    rasa_servers: int
    served: int  # the largest level with p95 < 1 s and no errors
    levels: list[dict] = field(default_factory=list)  # each with its own CPU shares (`cpu`)
    cpu_share: dict[str, float] = field(
        default_factory=dict
    )  # of the machine's CPU time, the level that failed
    machine_busy: float = 0.0  # share of all cores busy then (every process on the machine, ours or not)


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    return children


def _cpu_ticks(pid: int, children: dict[int, list[int]]) -> int:
    """utime + stime of a process and all its descendants (PostgreSQL's backends, Rasa's workers)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
        stack.extend(children.get(current, []))
    return total


def _machine_ticks() -> tuple[int, int]:
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def parts(rasa_servers: int) -> tuple[str, ...]:
    return (*(f"rasa{n}" for n in range(1, rasa_servers + 1)), *SHARED_PARTS)


def cpu_snapshot(cluster: Cluster, rasa_servers: int) -> dict[str, int]:
    children = _children_map()
    snapshot = {}
    for part in parts(rasa_servers):
        name = part if part in ("postgres", "redis", "haproxy") else f"app:{part}"
        try:
            snapshot[part] = _cpu_ticks(cluster.pid(name), children)
        except (RuntimeError, ValueError):
            snapshot[part] = 0
    own = os.times()  # the simulated citizens themselves (this process)
    snapshot["load generator"] = round((own.user + own.system) * TICKS)
    snapshot["_busy"], snapshot["_all"] = _machine_ticks()
    return snapshot


def _shares(before: dict[str, int], after: dict[str, int]) -> tuple[dict[str, float], float]:
    elapsed_all = max(1, after["_all"] - before["_all"])
    names = [p for p in before if not p.startswith("_")]
    share = {p: round((after[p] - before[p]) / elapsed_all, 3) for p in names if after[p] - before[p] > 0}
    busy = round((after["_busy"] - before["_busy"]) / elapsed_all, 3)
    return dict(sorted(share.items(), key=lambda kv: -kv[1])), busy


def level_rows(levels: list[citizens.Level], snapshots: list[dict[str, int]]) -> list[dict]:
    """Each level with the CPU shares of the parts while it ran and the cluster's CPU ms per message sent."""
    rows = []
    for level, before, after in zip(levels, snapshots, snapshots[1:], strict=False):
        share, busy = _shares(before, after)
        ticks = sum(after[p] - before[p] for p in before if not p.startswith("_") and p != "load generator")
        per_message = 1000 * ticks / TICKS / max(1, level.sent)
        rows.append(
            {**asdict(level), "cpu": share, "machine_busy": busy, "cpu_ms_per_message": round(per_message, 1)}
        )
    return rows


def measure(cluster: Cluster, servers: int, args: argparse.Namespace) -> Row:
    """The levels, each with the CPU shares of the parts while it ran (ramp and timed minute)."""
    url = f"{cluster.rasa_url}/webhooks/rest/webhook"
    snapshots = [cpu_snapshot(cluster, servers)]
    levels = citizens.measure(
        url, OUR_SCRIPT, bound=100_000, seconds=args.seconds, first=args.first, step=args.step,
        max_levels=args.levels, on_level=lambda _level: snapshots.append(cpu_snapshot(cluster, servers)),
    )  # fmt: skip
    rows = level_rows(levels, snapshots)
    decisive = next((r for r in rows if not (r["p95"] < citizens.P95_LIMIT_S and not r["errors"])), rows[-1])
    return Row(
        rasa_servers=servers,
        served=citizens.served(levels),
        levels=rows,
        cpu_share=decisive["cpu"],
        machine_busy=decisive["machine_busy"],
    )


def _cluster_share(row: Row) -> dict[str, float]:
    return {p: s for p, s in row.cpu_share.items() if p != "load generator"}


def bottleneck(row: Row) -> str:
    cluster = _cluster_share(row)
    top = next(iter(cluster), "?")
    others = row.machine_busy - sum(row.cpu_share.values())
    return (
        f"CPU at the level that decided: both cores {row.machine_busy:.0%} busy: cluster {sum(cluster.values()):.0%} "
        f"(most: {top} {cluster.get(top, 0):.0%}, i.e. {cluster.get(top, 0) * CORES:.0%} of one core), load "
        f"generator {row.cpu_share.get('load generator', 0):.0%}, other jobs on this machine {max(0.0, others):.0%}"
    )


def demand(row: Row, level: dict) -> tuple[float, float]:
    """Cores the cluster, and each Rasa server, would need at the level's full rate (its citizens / 15 s), from
    the CPU per message measured in that level (shares over the ramp understate the full load)."""
    rate = level["citizens"] / citizens.INTERVAL_S
    cluster_cores = level.get("cpu_ms_per_message", 0.0) * rate / 1000
    shares = {p: s for p, s in level.get("cpu", {}).items() if p != "load generator"}
    rasa_part = sum(s for p, s in shares.items() if p.startswith("rasa")) / (sum(shares.values()) or 1.0)
    return cluster_cores, cluster_cores * rasa_part / max(1, row.rasa_servers)


def verdict(rows: list[Row]) -> str:
    """What limited the citizens served, read from the figures of the level that failed in each row."""
    lines = []
    for row in rows:
        others = max(0.0, row.machine_busy - sum(row.cpu_share.values()))
        failed = [lv for lv in row.levels if lv["p95"] >= citizens.P95_LIMIT_S or lv["errors"]]
        head = (
            f"With {row.rasa_servers} Rasa server{'s' if row.rasa_servers > 1 else ''}, {row.served} citizens"
        )
        if not failed:
            lines.append(f"{head}: every level passed; the limit lies above the levels tried.")
            continue
        level = failed[0]
        kinds = ", ".join(f"{k} ×{n}" for k, n in level.get("error_kinds", {}).items())
        errors = (
            f"; the errors were {kinds} (HAProxy answers 503 while a busy server's health check is late)"
            if kinds
            else ""
        )
        cluster_cores, rasa_core = demand(row, level)
        need = (
            f"at {level['citizens']} citizens ({level['citizens'] / citizens.INTERVAL_S:.0f} messages a second at "
            f"{level.get('cpu_ms_per_message', 0):.0f} ms of the cluster's CPU each) the cluster needs "
            f"{cluster_cores:.1f} of the {CORES} cores and each Rasa server {rasa_core:.0%} of one"
        )
        if others >= 0.3:
            lines.append(
                f"{head}: other jobs on this machine took {others:.0%} of the cores at the level that failed, so "
                f"this row measures the contention, not the cluster{errors}."
            )
        elif cluster_cores >= 0.9 * CORES:
            lines.append(
                f"{head}: CPU bound — {need}. Only less CPU per message (or more cores) serves more on this machine"
                f"{errors}."
            )
        elif rasa_core >= 0.9:
            lines.append(
                f"{head}: each Rasa server's one core — {need}; a Rasa server is one Python process on one event "
                f"loop, so more servers per machine (up to its cores) or less CPU per message raise it{errors}."
            )
        else:
            lines.append(
                f"{head}: not CPU — {need}; work that blocks a server's event loop (waits on the database, the "
                f"lock store) caps what one server takes before its core is used{errors}."
            )
    return "\n".join(lines)


def render(rows: list[Row], args: argparse.Namespace, when: float | None = None) -> str:
    lines = [
        "Citizens served with p95 under 1 s, one message every 15 s each (the scripted intake of bench.speed,",
        f"REST through HAProxy), levels from {args.first} by {args.step}, {args.seconds:.0f} s timed after a ramp;",
        "PostgreSQL, Redis lock store, 2 action servers; measured on this 2-core machine, which other jobs share.",
        "`python -m bench.cluster.load` "
        f"(`--first {args.first} --step {args.step} --levels {args.levels} --seconds {args.seconds:.0f}`), "
        f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime(when))} UTC.",
        "",
        "| Rasa servers | citizens served | levels: citizens → p95 s (msg/s, errors, cluster CPU per message) | bottleneck |",
        "| --- | --- | --- | --- |",
    ]
    for row in rows:
        levels = "; ".join(
            f"{lv['citizens']} → {lv['p95']:.2f} ({lv['msgs_per_s']:.1f}, {lv['errors']}, "
            f"{lv.get('cpu_ms_per_message', 0):.0f} ms)"
            for lv in row.levels
        )
        lines.append(f"| {row.rasa_servers} | {row.served} | {levels} | {bottleneck(row)} |")
    return "\n".join([*lines, "", verdict(rows), "", target_line(rows)]) + "\n"


TARGET_CITIZENS = 1200  # issue 17: per 2-core machine, p95 under 1 s


def target_line(rows: list[Row]) -> str:
    """What the target asks of the CPU per message, from the lowest CPU per message measured under load."""
    measured = [lv["cpu_ms_per_message"] for row in rows for lv in row.levels if lv.get("cpu_ms_per_message")]
    if not measured:
        return ""
    rate = TARGET_CITIZENS / citizens.INTERVAL_S
    best = min(measured)
    return (
        f"The target of {TARGET_CITIZENS:,} citizens ({rate:.0f} messages a second) needs {best * rate / 1000:.1f} "
        f"cores at the lowest CPU per message measured here ({best:.0f} ms, all parts of the cluster); {CORES} cores "
        f"allow at most {1000 * CORES / best:.0f} messages a second, about {1000 * CORES / best * citizens.INTERVAL_S:,.0f} "
        f"citizens, and {TARGET_CITIZENS:,} needs the cluster's CPU per message at or under "
        f"{1000 * CORES / rate * 0.9:.0f} ms (10% headroom)."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster.load", description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=300)
    parser.add_argument("--step", type=int, default=300)
    parser.add_argument("--levels", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--servers",
        default="1,2",
        help="Rasa servers per row, e.g. 1,2,4 (one cluster with the most, the rest stopped)",
    )
    parser.add_argument("--reuse", action="store_true", help="use (and keep) the cluster in var/cluster-soak")
    parser.add_argument(
        "--no-write", action="store_true", help="print only (a trial run): docs and results untouched"
    )
    parser.add_argument(
        "--from-results",
        action="store_true",
        help="render results/cluster/load.json again (no cluster, no load)",
    )
    args = parser.parse_args(argv)
    if args.from_results:
        results = ROOT / "results" / "cluster" / "load.json"
        saved = json.loads(results.read_text(encoding="utf-8"))
        text = render(
            [Row(**row) for row in saved], args, when=results.stat().st_mtime
        )  # when it was measured
        print(text)
        if not args.no_write:
            write_section(ROOT / "docs" / "benchmarks.md", text)
        return 0
    counts = sorted({int(n) for n in args.servers.split(",")})
    rows = []
    with running_cluster(rasa_servers=counts[-1], reuse=args.reuse) as cluster:
        for servers in counts:
            for n in range(1, counts[-1] + 1):
                cluster.ctl("start" if n <= servers else "stop", f"app:rasa{n}", check=False)
            cluster.wait_healthy(servers=tuple(f"rasa{n}" for n in range(1, servers + 1)))
            time.sleep(4)  # the proxy's health check takes the stopped ones out (3 failed checks, 1 s apart)
            rows.append(measure(cluster, servers, args))
            print(render(rows, args), file=sys.stderr, flush=True)
    text = render(rows, args)
    print(text)
    if args.no_write:
        return 0
    out = ROOT / "results" / "cluster"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load.json").write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    write_section(ROOT / "docs" / "benchmarks.md", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
