"""`python -m bot staff …` manages staff accounts; `python -m bot <command>` runs bot.ops.cli (run, train, …)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["staff"]:
        from bot.staff.cli import main as staff_main

        return staff_main(argv[1:])
    from bot.ops.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
