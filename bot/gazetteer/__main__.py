"""`python -m bot.gazetteer userdict build/jieba/userdict.txt` | `python -m bot.gazetteer resolve "<text>" [code]`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict

from bot.gazetteer.gazetteer import get_gazetteer
from bot.gazetteer.userdict import write_jieba_userdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.gazetteer")
    commands = parser.add_subparsers(dest="command", required=True)
    userdict = commands.add_parser("userdict", help="write the jieba user dictionary")
    userdict.add_argument("path", nargs="?", default="build/jieba/userdict.txt")
    resolve = commands.add_parser("resolve", help="resolve a place in free text")
    resolve.add_argument("text")
    resolve.add_argument("--context", default=None, help="code prefix the conversation already knows")
    args = parser.parse_args(argv)

    if args.command == "userdict":
        count = write_jieba_userdict(args.path)
        print(f"wrote {count} lines to {args.path}")
        return 0

    gazetteer = get_gazetteer()
    started = time.perf_counter()
    result = gazetteer.resolve(args.text, args.context)
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    print(f"resolved in {elapsed_ms:.2f} ms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
