"""jionlp's time extraction with bounded work, so a long message cannot stall the action server.

jionlp tries every substring (up to 35 characters) of each run of "time characters" with its full parser:
a 2,000-character message of dense dates took 12 s, a random one 170 ms. Here each comma-separated piece
of a run is read on its own (no time expression spans a comma), at most `MAX_PIECE_CHARS` long, and pieces
are read in order until `BUDGET_S` is spent: an ordinary message is read whole (a 2,000-character letter
takes about 35 ms), a flood of dates only in its first part.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import time
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

MAX_PIECE_CHARS = 20  # "2023年5月1日至2023年6月30日" is 19; longer runs are lists, not one time
BUDGET_S = 0.04
_LOOKAHEAD = 2  # jionlp checks the two characters after "2033" for 元/万 (a sum, not a year)


class _DropJionlpLogs(logging.Filter):
    """jionlp logs a traceback to the root logger for every sub-string it cannot parse."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "jionlp" not in record.pathname


@lru_cache(maxsize=1)
def jionlp() -> Any:
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp as module
    logging.getLogger().addFilter(_DropJionlpLogs())
    return module


@lru_cache(maxsize=1)
def _run_re() -> re.Pattern[str]:
    from jionlp.rule.rule_pattern import TIME_CHAR_STRING

    return re.compile(TIME_CHAR_STRING)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each comma-separated piece of each run of time characters, cut to MAX_PIECE_CHARS."""
    for run in _run_re().finditer(text):
        start = run.start()
        for part in run.group().split(","):
            if part.strip():
                yield start, start + min(len(part), MAX_PIECE_CHARS)
            start += len(part) + 1


def extract_times(text: str, now: datetime) -> list[dict[str, Any]]:
    """`jionlp.ner.extract_time(text, time_base=now, with_parsing=True)`, piece by piece, offsets into `text`."""
    jio = jionlp()
    found: list[dict[str, Any]] = []
    started = time.perf_counter()
    for start, end in _pieces(text):
        if time.perf_counter() - started > BUDGET_S:
            break
        try:
            items = jio.ner.extract_time(text[start : end + _LOOKAHEAD], time_base=now, with_parsing=True)
        except Exception:  # a parsing bug in jionlp must not break the conversation
            continue
        for item in items:
            begin, stop = item["offset"]
            if begin < end - start:  # not one that only starts in the look-ahead
                found.append({**item, "offset": [start + begin, start + stop]})
    return found
