"""The reply a WeChat message already got, read back from its conversation in Rasa's tracker store.

A Rasa server killed after saving a message's turn but before marking it finished in the shared replay memory
leaves a run that looks unfinished, and WeChat's retry reaches another server. Running it again there would
put a second user event in the conversation. Instead that server looks first, through Rasa's agent: under the
conversation's lock (a run still going elsewhere ends first; a dead server's ticket runs out) it reads the
tracker and, when the user event with this message id is there, replays the bot events recorded after it
through a `CollectingOutputChannel`, exactly as Rasa's processor sent them the first time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.events import BotUttered, Event, UserUttered


def rasa_message_id(msg_id: str) -> str:
    """The `message_id` of the user event a WeChat MsgId becomes (the same id on every retry)."""
    return f"wechat-{msg_id}"


def bot_events_after(events: Iterable[Event], message_id: str) -> list[BotUttered] | None:
    """What the bot said in answer to the user event `message_id` (up to the next user event), or None when
    the conversation has no such user event."""
    found = False
    said: list[BotUttered] = []
    for event in events:
        if isinstance(event, UserUttered):
            if found:
                break
            found = event.message_id == message_id
        elif found and isinstance(event, BotUttered):
            said.append(event)
    return said if found else None


async def as_sent(events: Iterable[BotUttered], recipient_id: str) -> list[dict[str, Any]]:
    """The messages a channel received for these bot events (Rasa's processor sends `event.message()`)."""
    collector = CollectingOutputChannel()
    for event in events:
        await collector.send_response(recipient_id, event.message())
    return collector.messages


@dataclass
class TrackerReplies:
    """`(open_id, msg_id) -> the bot's messages, or None` for the WeChat endpoint, from the agent that Rasa
    keeps on the Sanic app serving the channel (`app.ctx.agent`, replaced when a model is loaded)."""

    app: Any = None

    async def __call__(self, open_id: str, msg_id: str) -> list[dict[str, Any]] | None:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        if agent is None or agent.tracker_store is None:
            return None
        async with agent.lock_store.lock(open_id):
            tracker = await agent.tracker_store.retrieve(open_id)
        if tracker is None:
            return None
        said = bot_events_after(tracker.events, rasa_message_id(msg_id))
        return None if said is None else await as_sent(said, open_id)
