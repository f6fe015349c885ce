"""Citizens served at p95 under 1 s (one message every 15 s each, bench.citizens) through the cluster's proxy,
with 1 and then 2 (or more) Rasa servers in one run on one cluster (the others stopped, then started), and where
the CPU went: the bottleneck named from each part's share of the machine's CPU time at the level that failed.

    python -m bench.cluster.load [--first 300 --step 300 --levels 4 --seconds 60] [--servers 1,2,4] [--reuse]

Writes its own section of docs/benchmarks.md (bench.cluster.doc_section) and results/cluster/load.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from bench import citizens
from bench.cluster.cpu import TICKS, cpu_snapshot, level_rows
from bench.cluster.doc_section import write_section
from bench.cluster.harness import Cluster, running_cluster
from bench.cluster.load_report import Row, render, target_line, verdict
from bench.speed import OUR_SCRIPT
from bench.stack import ROOT

# the figures' readers are also asked for by name from here (tests/unit/test_cluster_load_verdict.py)
__all__ = ["TICKS", "Row", "level_rows", "main", "measure", "render", "target_line", "verdict"]


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
