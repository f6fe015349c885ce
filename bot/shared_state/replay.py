"""WeChat's replay and retry memory in Redis, shared by every Rasa server behind the proxy.

Same interface as `bot.channels.wechat.replay.ReplayGuard`: `check(nonce, message_key) -> Seen`, plus
`finished(key)` / `finish(key, reply)` / `reply_of(key)`: a message seen before whose run is not known to have
finished anywhere (the server that took it died) is run again by the server its retry reaches, instead of being
dropped; one that finished elsewhere is answered with the reply kept for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.channels.wechat.replay import ReplayGuard, Seen
from bot.shared_state.connection import ERRORS, sync_client

logger = logging.getLogger(__name__)

PREFIX = "intake:wechat:"
# atomic: a nonce already used with another message is forged; else remember both, the message only once
CHECK = """
local known = redis.call('GET', KEYS[1])
if known and known ~= ARGV[1] then return 'forged' end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if redis.call('SET', KEYS[2], '1', 'PX', ARGV[2], 'NX') then return 'new' end
return 'again'
"""


@dataclass
class RedisReplayGuard:
    url: str
    ttl_s: float
    fallback: ReplayGuard  # this process's memory, used while Redis does not answer

    def check(self, nonce: str, message_key: str) -> Seen:
        keys = [f"{PREFIX}nonce:{nonce}", f"{PREFIX}msg:{message_key}"]
        try:
            answer = sync_client(self.url).eval(CHECK, 2, *keys, message_key, int(self.ttl_s * 1000))
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable replay: %r (this process's memory used)", error)
            return self.fallback.check(nonce, message_key)
        self.fallback.check(nonce, message_key)  # kept warm for a Redis outage
        return Seen(answer.decode() if isinstance(answer, bytes) else answer)

    def finished(self, message_key: str) -> bool:
        try:
            return bool(sync_client(self.url).exists(f"{PREFIX}done:{message_key}"))
        except ERRORS:
            return True  # unknown: do not run a message twice

    def finish(self, message_key: str, reply: str | None = None) -> None:
        """Marks the run finished, keeping its passive reply for a retry that reaches another server."""
        try:
            sync_client(self.url).set(f"{PREFIX}done:{message_key}", reply or "", px=int(self.ttl_s * 1000))
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable finish: %r", error)

    def reply_of(self, message_key: str) -> str | None:
        try:
            kept = sync_client(self.url).get(f"{PREFIX}done:{message_key}")
        except ERRORS:
            return None
        return kept.decode() if kept else None

    def __len__(self) -> int:
        return len(self.fallback)
