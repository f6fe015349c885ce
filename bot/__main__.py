"""`python -m bot staff …` manages staff accounts; `python -m bot <command>` runs bot.ops.cli (run, train, …)."""

from __future__ import annotations

import sys

from bot.ops import cli as ops_cli
from bot.staff import cli as staff_cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["staff"]:
        return staff_cli.main(argv[1:])
    return ops_cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
