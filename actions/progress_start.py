"""A progress check started from another turn: "我上个月在你们这登记过一个事 想问问到哪一步了" as a first message.

Apart from actions/progress.py so the turns that start a check need not import the check itself (which files a
summary's yes taken for a check, and so reaches the filing).
"""

from __future__ import annotations

from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher


def start_check(dispatcher: CollectingDispatcher) -> list[EventType]:
    """The progress check, no new intake."""
    dispatcher.utter_message(text="好的，帮您查一下进度。")
    return [FollowupAction("progress_form")]
