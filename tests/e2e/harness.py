"""The e2e tests' view of the stack harness, which lives in `bench/stack.py` so the benchmarks can start the
same stack without importing from tests; and `wait_until`, how these tests wait (never a fixed sleep)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from bench.stack import (
    ROOT,
    Services,
    Stack,
    _healthy,
    ensure_model,
    free_port,
    request_json,
    running_services,
    running_stack,
    stop,
)

__all__ = [
    "ROOT",
    "Services",
    "Stack",
    "_healthy",
    "ensure_model",
    "free_port",
    "request_json",
    "running_services",
    "running_stack",
    "stop",
    "wait_until",
]

T = TypeVar("T")
POLL_S = 0.1


def wait_until(condition: Callable[[], T], timeout: float, what: str) -> T:
    """`condition()` once it is truthy, asked every POLL_S seconds; TimeoutError naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"not within {timeout:g} s: {what}")
        time.sleep(POLL_S)
