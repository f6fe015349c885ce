"""jionlp's time extraction with bounded work, so a long message cannot stall the action server.

jionlp tries every substring (up to 35 characters) of each run of "time characters" with its full parser:
a 2,000-character message of dense dates took 12 s, a random one 170 ms. Here each comma-separated piece
of a run is read on its own (no time expression spans a comma), at most `MAX_PIECE_CHARS` long, and pieces
are read in order until `MAX_SCANNED_CHARS` of them are read: an ordinary message is read whole, a long
letter or a flood of dates only in its first part. The bound counts characters, not seconds, so a busy
machine reads a message the same way as an idle one ("上个礼拜五" was lost under load with a 40 ms budget);
`BUDGET_S` is only a last guard.
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
MAX_SCANNED_CHARS = 500  # a chat message has far fewer; a 2,000-character letter about 1,000
BUDGET_S = 0.5
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
    with contextlib.suppress(Exception):  # its first parse loads tables (0.3 s): done here, not in a message
        module.ner.extract_time("去年三月", time_base=datetime(2026, 1, 1), with_parsing=True)
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
    started, scanned = time.perf_counter(), 0
    for start, end in _pieces(text):
        scanned += end - start
        if scanned > MAX_SCANNED_CHARS or time.perf_counter() - started > BUDGET_S:
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
