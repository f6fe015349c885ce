"""The turn for a threat of one's own taken back in the same message ("气得我想跳楼 哈哈 开玩笑的"): a warm word
with the help line in reach, no urgent flag, and the message read as what it is, a story or an answer."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis_asides import help_line
from actions.crisis_reading import tells_a_matter
from actions.crisis_turns import read_as_likely_meant
from actions.turn_adapter import story_events
from bot.domain.safety import CrisisSignal
from bot.domain.safety_jest import JEST_KINDS, takes_it_back

JEST_REPLY = (
    "听您说是开玩笑，那就好。碰上这种事，搁谁都窝火。"
    "哪天心里真憋得慌、过不去了，随时可以打{line}心理援助热线，有人陪您说说话。"
)


def jest_taken_back(text: str, signal: CrisisSignal | None) -> bool:
    """Did the citizen take back their own words of harm in this message, with no other danger told?"""
    return (
        signal is not None
        and signal.kind in JEST_KINDS
        and not set(signal.also) - JEST_KINDS
        and takes_it_back(text, signal.matched)
    )


def jest_turn(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """The light check-in, then the story starts the intake (or the answer fills the question asked)."""
    dispatcher.utter_message(text=JEST_REPLY.format(line=help_line()))
    if tracker.active_loop.get("name") or tracker.get_slot("issue_text"):
        return read_as_likely_meant(dispatcher, tracker)
    if tells_a_matter(text):
        return [*story_events(tracker, text), FollowupAction("intake_form")]
    return []
