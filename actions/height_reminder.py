"""Someone who threatened to jump from a crane or a roof and is still up there is reminded to come down with each
answer to their questions, until they say they are down ("我下来了 现在在地上"). Pure: no I/O."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from actions.crisis_timing import at_a_height_now, held_story
from bot.domain.safety import says_safe_now

STILL_UP = "您要是还在上面，请先下来，回到地面上安全的地方。您说的事我们管，下来了跟我说一声。"


def height_reminder(slots: Mapping[str, Any], texts: Sequence[str]) -> str | None:
    """The reminder to come down, while the story kept is of someone up high now and nothing said since
    (`texts`, the citizen's messages, the latest last) tells they are down; else None."""
    if not held_story(slots) or not at_a_height_now(slots.get("issue_text") or ""):
        return None
    return None if any(says_safe_now(text) for text in texts) else STILL_UP
