"""`make bench` / `python -m bench [--skip-nlu] [--skip-places] [--only-speed]`: one table, also written to
docs/benchmarks.md (or --out)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from pathlib import Path

from bench import category, conversations, nlu, places, routes, speed
from bench.cluster.doc_section import section, with_section
from bench.report import machine, render

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "benchmarks.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--skip-nlu", action="store_true", help="skip the rasa train/test of intents")
    parser.add_argument("--skip-places", action="store_true")
    parser.add_argument(
        "--skip-routes", action="store_true", help="skip the route benchmark (bench/routes.yml)"
    )
    parser.add_argument(
        "--skip-conversations",
        action="store_true",
        help="skip the conversation corpus through the real stack (tests/conversations, a few minutes)",
    )
    parser.add_argument(
        "--skip-speed", action="store_true", help="skip the REST speed runs (about 4 minutes)"
    )
    parser.add_argument(
        "--skip-category", action="store_true", help="skip the category figures (needs the shared data sets)"
    )
    parser.add_argument(
        "--only-speed", action="store_true", help="the REST speed runs only (= all the other --skip-* flags)"
    )
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each speed run")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--note", default=os.environ.get("BENCH_NOTE", ""), help="e.g. other load")
    args = parser.parse_args(argv)
    if args.only_speed:
        args.skip_category = args.skip_places = args.skip_routes = args.skip_nlu = True
        args.skip_conversations = True
        args.skip_speed = False
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

    results: dict = {"when": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}
    results["machine"] = machine()
    results["note"] = args.note
    if not args.skip_category:
        print("category …", file=sys.stderr)
        results["category"], results["category_info"] = category.run()
    if not args.skip_places:
        print("places …", file=sys.stderr)
        results["places"] = places.run()
    if not args.skip_routes:
        print("routes …", file=sys.stderr)
        results["routes"] = routes.run()
    if not args.skip_conversations:
        print("conversations (tests/conversations through the REST channel) …", file=sys.stderr)
        results["conversations"] = conversations.run(progress=False)
    if not args.skip_nlu:
        print("intents (rasa train + test nlu on four splits, about 8 minutes) …", file=sys.stderr)
        results["nlu"] = nlu.run_splits()
    if not args.skip_speed:
        print("speed (stock rasa init bot, then this stack) …", file=sys.stderr)
        results["speed"] = speed.run(args.seconds)
    table, document = render(results, python=platform.python_version())
    print(table)
    kept = section(args.out.read_text(encoding="utf-8")) if args.out.exists() else ""  # bench.cluster.load's
    args.out.write_text(with_section(document, kept) if kept else document, encoding="utf-8")
    print(f"\nwritten to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
