"""The numbered options last offered to each WeChat follower, in Redis when the cluster shares it: a follower
who answers "2" after the server that offered the options died is understood by whichever server the proxy picks.

Same interface as `bot.channels.wechat.options.OptionStore`; only a message that is a bare number asks Redis.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass

from bot.channels.wechat.options import OptionStore, choice_number
from bot.channels.wechat.reply import Option
from bot.shared_state.connection import ERRORS, sync_client

logger = logging.getLogger(__name__)

PREFIX = "intake:wechat:options:"


@dataclass
class RedisOptionStore:
    url: str
    fallback: OptionStore  # this process's memory, used while Redis does not answer

    @property
    def ttl_s(self) -> float:
        return self.fallback.ttl_s

    @ttl_s.setter
    def ttl_s(self, value: float) -> None:
        self.fallback.ttl_s = value

    def remember(self, open_id: str, options: list[Option]) -> None:
        self.fallback.remember(open_id, options)
        try:
            if options:
                kept = json.dumps([asdict(option) for option in options], ensure_ascii=False)
                sync_client(self.url).set(PREFIX + open_id, kept, px=int(self.ttl_s * 1000))
            else:
                sync_client(self.url).delete(PREFIX + open_id)
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable options: %r (this process's memory used)", error)

    def forget(self, open_id: str) -> None:
        self.remember(open_id, [])

    def resolve(self, open_id: str, text: str) -> Option | None:
        number = choice_number(text)
        if number is None:
            return None
        try:
            kept = sync_client(self.url).get(PREFIX + open_id)
        except ERRORS as error:
            logger.warning("shared_state.redis_unavailable options: %r (this process's memory used)", error)
            return self.fallback.resolve(open_id, text)
        if not kept:
            return None
        options = [Option(**fields) for fields in json.loads(kept)]
        return next((option for option in options if option.number == number), None)
