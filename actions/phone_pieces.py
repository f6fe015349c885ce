"""A phone told in pieces ("13925", "180", "667 我在报电话"): the earlier pieces, sent while the phone was asked.

People type a number the way they read it off a card, a few digits a message. The messages sent since the
phone question was last asked are kept for the phone reader, which joins their digits with the latest ones.
"""

from __future__ import annotations

from typing import Any

MAX_PIECES = 3  # a number is not told in more pieces than this


def said_since_asked(events: list[dict[str, Any]], slot: str | None) -> tuple[str, ...]:
    """The citizen's messages since the question for `slot` was last asked, the latest message left out."""
    if not slot:
        return ()
    said: list[str] = []
    asked_now = None
    for event in events:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            if event.get("value") != asked_now:
                said = []
            asked_now = event.get("value")
        elif kind == "slot" and event.get("name") == slot and event.get("value") is not None:
            said = []
        elif kind == "user" and asked_now == slot:
            said.append(event.get("text") or "")
    return tuple(said[:-1][-MAX_PIECES:]) if said else ()
