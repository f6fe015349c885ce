"""One bot run per WeChat message, however often WeChat retries it (keyed by MsgId, kept for a TTL)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.channels.wechat.reply import RenderedReply


@dataclass
class Job:
    key: str
    open_id: str
    task: asyncio.Task[RenderedReply]
    expires_at: float
    waiters: int = 0  # requests (first try or retries) waiting for the reply right now
    claimed: str | None = None  # "passive": answered in an HTTP response; "async": sent by the API
    passive_text: str | None = None  # what a later retry gets again if the first answer got lost
    deliverer: asyncio.Task[None] | None = None


@dataclass
class JobRegistry:
    ttl_s: float = 120.0
    clock: Callable[[], float] = time.monotonic
    _jobs: dict[str, Job] = field(default_factory=dict)

    def get_or_start(
        self, key: str, open_id: str, work: Callable[[], Awaitable[RenderedReply]]
    ) -> tuple[Job, bool]:
        """The job for `key`, and whether this call started it (False: a retry)."""
        self._purge()
        job = self._jobs.get(key)
        if job is not None:
            return job, False
        task = asyncio.ensure_future(work())
        job = Job(key, open_id, task, self.clock() + self.ttl_s)
        self._jobs[key] = job
        return job, True

    def __len__(self) -> int:
        return len(self._jobs)

    def __contains__(self, key: str) -> bool:
        self._purge()
        return key in self._jobs

    def _purge(self) -> None:
        now = self.clock()
        for key in [k for k, job in self._jobs.items() if job.expires_at < now and job.task.done()]:
            del self._jobs[key]
