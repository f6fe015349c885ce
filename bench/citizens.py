"""Citizens per machine, measured: N citizens each writing the next message of the scripted intake every 15 s.

Open loop, as citizens behave: each citizen writes every 15 s whatever the others are doing (a citizen still
waits for their own reply before writing again), and starts a new conversation when the script ends. The
citizens start their first conversations spread evenly over one whole conversation (script length × 15 s),
so once all have started they are at every step of the script in equal numbers, as a real crowd would be
(started together, all would send the long first story in the same 15 s). Replies are timed after that
ramp, for `seconds`. The figure is the largest N tried whose replies have p95 under 1 s; levels go up in
steps (at most three) until one fails or the saturation bound (messages per second with 20 users and no
think time, × 15) is passed.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

from bench.stats import percentile

INTERVAL_S = 15.0
P95_LIMIT_S = 1.0
FIRST_LEVEL = 300
STEP = 150
MAX_LEVELS = 3  # each level takes a ramp of one conversation plus the timed minute


@dataclass(frozen=True)
class Level:
    citizens: int
    p95: float
    msgs_per_s: float
    messages: int
    errors: int
    error_kinds: dict[str, int] = field(default_factory=dict)  # HTTP status, or "no reply" (timeout, refused)
    sent: int = 0  # every message sent, the ramp's included (what the servers' CPU time was spent on)

    @property
    def ok(self) -> bool:
        return self.p95 < P95_LIMIT_S and self.errors == 0


async def _citizen(
    session,
    url: str,
    script,
    start: float,
    timed_from: float,
    until: float,
    times: list,
    errors: list,
    sent_count: list[int],
) -> None:
    next_at, sender, step = start, f"citizen-{uuid.uuid4().hex[:10]}", 0
    while next_at < until:
        await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        if step == len(script):  # the intake is over: the next message starts a new conversation
            sender, step = f"citizen-{uuid.uuid4().hex[:10]}", 0
        sent = time.perf_counter()
        sent_count[0] += 1
        try:
            async with session.post(url, json={"sender": sender, "message": script[step]}) as response:
                await response.read()
                if response.status != 200:
                    errors.append(response.status)
        except Exception:  # noqa: BLE001 - counted, not fatal
            errors.append(0)
        if sent >= timed_from:
            times.append(time.perf_counter() - sent)
        step += 1
        next_at += INTERVAL_S


async def _level(url: str, script: tuple[str, ...], citizens: int, seconds: float) -> Level:
    times: list[float] = []
    errors: list[int] = []
    sent_count = [0]
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        ramp = len(script) * INTERVAL_S
        began = time.perf_counter()
        timed_from, until = began + ramp, began + ramp + seconds
        await asyncio.gather(
            *(
                _citizen(
                    session,
                    url,
                    script,
                    began + i * ramp / citizens,
                    timed_from,
                    until,
                    times,
                    errors,
                    sent_count,
                )
                for i in range(citizens)
            )
        )
        elapsed = time.perf_counter() - timed_from
    kinds = Counter(str(status) if status else "no reply" for status in errors)
    return Level(
        citizens, percentile(times, 0.95) if times else 0.0, len(times) / elapsed, len(times), len(errors),
        dict(kinds.most_common()), sent_count[0],
    )  # fmt: skip


def measure(
    url: str,
    script: tuple[str, ...],
    bound: int,
    seconds: float = 60.0,
    *,
    first: int = FIRST_LEVEL,
    step: int = STEP,
    max_levels: int = MAX_LEVELS,
    on_level: Callable[[Level], None] | None = None,
) -> list[Level]:
    """Levels from `first` up by `step` (at most `max_levels`) while p95 stays under 1 s and within the
    saturation bound (300, 450, 600 unless told otherwise); `on_level` is called after each."""
    levels: list[Level] = []
    citizens = first
    while True:
        level = asyncio.run(_level(url, script, citizens, seconds))
        levels.append(level)
        if on_level:
            on_level(level)
        if not level.ok or citizens + step > bound or len(levels) == max_levels:
            return levels
        citizens += step


def served(levels: list[Level]) -> int:
    """The largest level measured with p95 under 1 s (0 if even the first failed)."""
    return max((lv.citizens for lv in levels if lv.ok), default=0)
