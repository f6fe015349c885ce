"""No phone or ID number in clear in any log line of our processes (PIPL: the least personal data needed).

`install_log_masking()` is called once at the start of every process (Rasa server, action server, web app,
the `bot.ops.cli` orchestrator). It wraps the log record factory, so every record of every logger (Rasa's
structlog output, Sanic, aiohttp, ours) has its message, arguments and traceback masked before any handler
or formatter sees it, whichever handlers are configured later.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

from bot.parsing.masking import mask_personal_numbers

WITHHELD = "[log message withheld: it could not be checked for personal numbers]"


# Rasa renders its structlog events as JSON (ASCII only) when not on a terminal, and reprs escape too:
# "\u7535\u8bdd13812345678", "110105\t19491231". Escapes are read back so the numbers are found.
_ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[tnr]")


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1)
    if code is None:
        return " "
    char = chr(int(code, 16))
    return match.group() if 0xD800 <= ord(char) <= 0xDFFF else char  # a lone surrogate cannot be written


def mask_log_text(text: str) -> str:
    """Phones and ID numbers masked in a log line, escaped (JSON, repr) or not."""
    if "\\" in text:
        text = _ESCAPE_RE.sub(_unescaped, text)
    return mask_personal_numbers(text)


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    """The record with phones and ID numbers masked in its message, traceback and stack."""
    try:
        record.msg = mask_log_text(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            # formatters use exc_text when it is set: the traceback is shown masked
            shown = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = mask_log_text(shown)
        if record.stack_info:
            record.stack_info = mask_log_text(record.stack_info)
    except Exception:  # a log call must never fail, nor leak what could not be checked
        record.msg, record.args, record.exc_text = WITHHELD, (), None
        record.exc_info = None
    return record


class _MaskingFactory:
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(self.inner(*args, **kwargs))


def install_log_masking() -> None:
    """Mask personal numbers in every log record made in this process from now on. Idempotent."""
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _MaskingFactory):
        logging.setLogRecordFactory(_MaskingFactory(factory))
