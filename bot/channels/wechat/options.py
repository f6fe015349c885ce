"""The numbered options last offered to each citizen, so that a reply of "1" means the first button."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.channels.wechat.reply import Option

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CHINESE_NUMBERS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
# "1", "１", "1.", "回复1", "选 2", "第三个", "3号"; anything longer is a sentence, not a choice
_CHOICE = re.compile(
    r"^(?:回复|回|选择?|选项|我选|第)?\s*([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:个|项|号|条)?[\s.。!！、,，]*$"
)


def choice_number(text: str) -> int | None:
    match = _CHOICE.match(text.strip().translate(_FULLWIDTH_DIGITS))
    if not match:
        return None
    value = match.group(1)
    return int(value) if value.isdigit() else _CHINESE_NUMBERS[value]


@dataclass
class OptionStore:
    """In memory, per OpenID, forgotten after `ttl_s` (a choice an hour later is just text again)."""

    ttl_s: float = 1800.0
    clock: Callable[[], float] = time.monotonic
    _entries: dict[str, tuple[float, list[Option]]] = field(default_factory=dict)

    def remember(self, open_id: str, options: list[Option]) -> None:
        self._purge()
        if options:
            self._entries[open_id] = (self.clock() + self.ttl_s, list(options))
        else:
            self._entries.pop(open_id, None)

    def forget(self, open_id: str) -> None:
        self._entries.pop(open_id, None)

    def resolve(self, open_id: str, text: str) -> Option | None:
        """The option the citizen picked by its number, if the text is just a number we offered."""
        entry = self._entries.get(open_id)
        if entry is None or entry[0] < self.clock():
            return None
        number = choice_number(text)
        return next((option for option in entry[1] if option.number == number), None)

    def _purge(self) -> None:
        now = self.clock()
        for key in [k for k, (expires, _) in self._entries.items() if expires < now]:
            del self._entries[key]
