"""Replayed pushes: a captured signed request must not be processed again while its timestamp still passes.

The timestamp check lets a request through for `max_clock_skew_s` either side of now, so nonces and message
keys are remembered for that whole window (twice the skew). WeChat's own retries repeat the message key (and
may repeat the nonce): they are retries, answered from the message's one bot run. A nonce seen with another
message is a forgery.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol


class Seen(Enum):
    NEW = "new"
    AGAIN = "again"  # the same message again (a retry, or a replay of it)
    FORGED = "forged"  # a nonce already used for another message


class ReplayMemory(Protocol):
    """What the endpoint needs: this process's `ReplayGuard`, or one shared by a cluster (bot.shared_state)."""

    def check(self, nonce: str, message_key: str) -> Seen: ...

    def finished(self, message_key: str) -> bool: ...

    def finish(self, message_key: str, reply: str | None = None) -> None: ...

    def reply_of(self, message_key: str) -> str | None: ...


@dataclass
class ReplayGuard:
    ttl_s: float
    clock: Callable[[], float] = time.time
    _nonces: dict[str, tuple[str, float]] = field(default_factory=dict)  # nonce → (message key, expiry)
    _messages: dict[str, float] = field(default_factory=dict)  # message key → expiry

    def check(self, nonce: str, message_key: str) -> Seen:
        """Whether this (nonce, message) pair is new, a repeat of a known message, or a forged reuse."""
        now = self.clock()
        self._purge(now)
        known_nonce = self._nonces.get(nonce)
        if known_nonce is not None and known_nonce[0] != message_key:
            return Seen.FORGED
        seen = Seen.AGAIN if message_key in self._messages else Seen.NEW
        expiry = now + self.ttl_s
        self._nonces[nonce] = (message_key, expiry)
        self._messages.setdefault(message_key, expiry)  # a replayed message does not extend its own memory
        return seen

    def finished(self, message_key: str) -> bool:
        """Whether a message seen before was run to its end (here: by this process, whose jobs are gone)."""
        return True

    def finish(self, message_key: str, reply: str | None = None) -> None:
        """The message's run has ended, with this passive reply (one process needs no record: its jobs keep it)."""

    def reply_of(self, message_key: str) -> str | None:
        """The passive reply of a message handled elsewhere (here: never elsewhere)."""
        return None

    def __len__(self) -> int:
        return len(self._messages)

    def _purge(self, now: float) -> None:
        for nonce in [n for n, (_, expiry) in self._nonces.items() if expiry < now]:
            del self._nonces[nonce]
        for key in [k for k, expiry in self._messages.items() if expiry < now]:
            del self._messages[key]
