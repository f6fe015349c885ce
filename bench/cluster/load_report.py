"""What a load run found, in words: the bottleneck of each row, what limited the citizens served, what the target
asks of the CPU per message, and the table written to docs/benchmarks.md (bench.cluster.load)."""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field

from bench import citizens
from bench.cluster.cpu import CORES


@dataclass
class Row:
    rasa_servers: int
    served: int  # the largest level with p95 < 1 s and no errors
    levels: list[dict] = field(default_factory=list)  # each with its own CPU shares (`cpu`)
    cpu_share: dict[str, float] = field(
        default_factory=dict
    )  # of the machine's CPU time, the level that failed
    machine_busy: float = 0.0  # share of all cores busy then (every process on the machine, ours or not)


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
            f"; the errors were {kinds} (HAProxy answers 503 when a request waited 30 s in its queue for a "
            "free server, or when no server passes its health check)"
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
