"""A quarrel about to turn into a fight, told in the story ("这事再不管就要打起来了", "两家迟早要出人命"): no danger
yet, so no hotline card, but the citizen hears before the questions not to strike first and to call 110 if it
comes to blows."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_BLOWS = r"(?:打起来|打架|干起来|动手|动刀|拼命)"
_BREWING = re.compile(
    rf"(?:就|快|要|得|非|迟早|早晚|肯定|准)(?:要|得|会)?{_BLOWS}"
    rf"|(?:再|在)不管[^。!！?？]{{0,8}}(?:{_BLOWS}|出人命)"
)
# a life at stake in a quarrel ("两家吵了好几回 迟早要出人命"), not a hazard at a building site
_LIFE_AT_STAKE = re.compile(r"(?:迟早|早晚|就要|要|会)(?:闹|弄)?出人命")
_QUARREL = re.compile(r"吵|骂|邻居|隔壁|两家|对门|打架|结仇|记恨")
# a fight that already happened is told as such, not as one coming
_ALREADY = re.compile(
    r"(?:已经|昨天|前天|上次|那次|刚才)(?:就)?(?:打起来|干起来|动手|打了)|(?<![就快要得会])打起来了|打过架"
)
BREWING_NOTE = "千万别先动手，有理咱们按正路讲。真要吵起来、有人动手，马上打110。"


def fight_brewing(text: str | None) -> bool:
    """Does the story say a quarrel may come to blows soon ("这事在不管就要打起来了")?"""
    clean = normalize_for_parsing(text or "")
    coming = _BREWING.search(clean) or (_LIFE_AT_STAKE.search(clean) and _QUARREL.search(clean))
    return bool(coming) and not _ALREADY.search(clean)


def brewing_note(text: str | None) -> str | None:
    """The word before the questions for a fight about to break out; None for any other story."""
    return BREWING_NOTE if fight_brewing(text) else None
