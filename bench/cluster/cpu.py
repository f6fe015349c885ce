"""Where the CPU went while the cluster served a level: each part's ticks (with its children) and the machine's, read
from /proc, and their shares of the machine's CPU time (bench.cluster.load)."""

from __future__ import annotations

import os
from dataclasses import asdict

from bench import citizens
from bench.cluster.harness import Cluster

SHARED_PARTS = ("action1", "action2", "web", "postgres", "redis", "haproxy")
TICKS = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1


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
