"""Waiting out a database that restarts or fails over: retry a call on transient errors, with doubling waits.

Rasa-free, shared by the filing action (`actions/filing.py`) and the cluster's tracker store
(`bot/rasa_plugins/resilient_tracker_store.py`). Each caller says which errors are worth waiting for, the waits
and, optionally, a deadline in real time; any other error, or the error of the last try, reaches the caller.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

logger = logging.getLogger(__name__)

T = TypeVar("T")


def doubling_waits(first_s: float, max_s: float, total_s: float = math.inf) -> Iterator[float]:
    """first_s, 2·first_s, 4·first_s … each at most `max_s`, while their sum stays within `total_s`."""
    wait, waited = first_s, 0.0
    while waited + wait <= total_s:
        yield wait
        waited += wait
        wait = min(max_s, wait * 2)


def lost_connection(error: BaseException) -> bool:
    """The database is away (restarting, failing over, a dropped pooled connection): worth waiting for."""
    return isinstance(error, OperationalError) or (
        isinstance(error, DBAPIError) and error.connection_invalidated
    )


def _cause(error: Exception) -> str:
    # the driver's error class says what happened without echoing the statement or its personal data
    return type(getattr(error, "orig", None) or error).__name__


async def retry_transient(
    call: Callable[[], Awaitable[T]],
    *,
    transient: Callable[[Exception], bool],
    waits: Iterable[float],
    event: str,
    within_s: float | None = None,
) -> T:
    """`await call()`, again after each of `waits` while it fails with a `transient` error.

    Gives up (raising the error) when the waits run out, or when the next wait would end after `within_s`
    seconds of real time from the first try; an error that is not transient is raised at once.
    """
    deadline = None if within_s is None else time.monotonic() + within_s
    for wait in waits:
        try:
            return await call()
        except Exception as error:
            if not transient(error) or (deadline is not None and time.monotonic() + wait > deadline):
                raise
            logger.warning("%s, again in %.1f s: %s", event, wait, _cause(error))
            await asyncio.sleep(wait)
    return await call()  # the last try: its error is what the caller hears
