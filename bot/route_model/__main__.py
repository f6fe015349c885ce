"""`python -m bot.route_model [--force]`: build the route model now (run by `make train`; else built on first use)."""

from __future__ import annotations

import sys
import time

from bot.route_model.store import build


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    started = time.perf_counter()
    path, trained = build(force="--force" in args)
    verb = "trained" if trained else "up to date"
    print(f"route model: {verb} ({time.perf_counter() - started:.1f} s), {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
