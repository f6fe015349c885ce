"""The e2e tests' view of the stack harness, which lives in `bench/stack.py` so the benchmarks can start the
same stack without importing from tests."""

from __future__ import annotations

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
]
