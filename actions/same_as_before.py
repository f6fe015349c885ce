"""A name said to be the one given before ("名字跟上次一样", "姓名同上", "名字还是以前那个"): the name on record earlier
in this conversation, or, when none was given here, said plainly as not left, so the name question is not asked
again and again (a citizen coming back another day cannot be asked to guess what the bot remembers)."""

from __future__ import annotations

import re
from typing import Any

from actions.intake_turn import Turn, TurnResult, asked
from actions.slots import NOT_PROVIDED
from bot.domain import text as textutil

_BEFORE = r"(?:上回|上次|之前|以前|刚才|刚刚|前面|那回|上一次|上一回)"
# "跟上次一样", "同上", "还是以前那个"
_SAME = rf"(?:(?:跟|和|同|与){_BEFORE}?(?:的|那个|说的|留的)?(?:一样|相同|一致)|同上|还是{_BEFORE}(?:的|那个|说的|留的)+)"
_NAME_AS_BEFORE = re.compile(rf"(?:名字|姓名|名)(?:也|还|都)?(?:是)?{_SAME}")
NO_NAME_BEFORE = "我这边看不到您之前留的姓名，这件先按没留姓名登记；想留的话，直接告诉我名字就行。"
NAME_AS_BEFORE = "好的，姓名还是{}。"


def says_name_as_before(text: str | None) -> bool:
    """Whether the message says the name is the one given before."""
    return bool(_NAME_AS_BEFORE.search(textutil.normalize_for_parsing(text or "")))


def name_given_earlier(events: list[dict[str, Any]]) -> str:
    """The latest name the citizen left in this conversation ("" when none): kept for "名字跟上次一样"."""
    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") == "petitioner_name":
            value = event.get("value")
            if isinstance(value, str) and value and value != NOT_PROVIDED:
                return value
    return ""


def read_name_as_before(turn: Turn, clean: str, result: TurnResult) -> bool:
    """At the name question, "名字跟上次一样": that name, or no name with a word why. True when read."""
    if not asked(turn, "petitioner_name") or not says_name_as_before(clean):
        return False
    if turn.name_said_earlier:
        result.set("petitioner_name", turn.name_said_earlier)
        result.say(NAME_AS_BEFORE.format(turn.name_said_earlier))
    else:
        result.set("petitioner_name", NOT_PROVIDED)
        result.say(NO_NAME_BEFORE)
    return True
