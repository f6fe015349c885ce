"""One simulated citizen's whole intake on a cluster, through any channel: tells the story, answers whatever
the bot asks (read from the tracker, as bench.conversation_play does), confirms, and records what went wrong.

A message without a reply within the timeout is sent once more (as WeChat's servers and the widget do). After
each turn the tracker is read: a detail known before and empty now is a lost slot; the same user message
twice in a row in the tracker is a duplicate.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from actions.slots import INTAKE_SLOTS
from bench.cluster.channels import Sent
from bench.cluster.harness import Cluster
from bench.conversation_play import CONFIRM, asking

MAX_TURNS = 30
MAX_SAME_QUESTION = 3
TURN_DONE_TIMEOUT_S = 30.0
CLOSE_TIMEOUT_S = 10.0
STORY = (
    "我在广州市天河区石牌街道的鸿运装饰公司上班，去年三月开始公司就拖欠我们工资，一共欠了三个多月，"
    "老板一直拖着不给。我们有十几个工人都是这样。我电话{phone}。"
)
ANSWERS = {
    "issue_text": STORY,
    "location": "广州市天河区石牌街道",
    "occurred_at": "去年三月开始的",
    "respondent": "鸿运装饰公司",
    "legal_status": "没有打官司，也没有仲裁",
    "prior_report": "打过12345，让我们找劳动监察，也没下文",
    "people_count": "十几个人",
    "petitioner_name": "王建国",
    "address": "跳过",
    "route_question": "不知道",
    "contact_note": "白天都可以打",
    CONFIRM: "对，提交",
}


@dataclass
class Outcome:
    kind: str
    sender: str = ""
    sent: list[Sent] = field(default_factory=list)  # every attempt, retries included
    retries: int = 0
    messages: int = 0  # what the citizen wrote, each message once however often it was sent
    unanswered: int = 0  # messages without a reply even after the retry
    errors: list[str] = field(default_factory=list)
    lost_slots: list[str] = field(default_factory=list)
    duplicates: int = 0
    lost_messages: int = 0  # answered, yet missing from the conversation's record
    case_number: str | None = None
    stuck: str | None = None


def new_phone(rng: random.Random) -> str:
    return f"139{rng.randrange(10**8):08d}"


class TrackerReader:
    def __init__(self, cluster: Cluster, http: aiohttp.ClientSession) -> None:
        self.cluster, self.http = cluster, http

    async def read(self, sender: str) -> dict[str, Any]:
        url = f"{self.cluster.rasa_url}/conversations/{sender}/tracker?token={self.cluster.token}"
        try:
            async with self.http.get(url, timeout=aiohttp.ClientTimeout(total=10)) as response:
                return await response.json() if response.status == 200 else {}
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            return {}

    async def after_turn(self, sender: str, users_before: int) -> dict[str, Any]:
        """The tracker once the bot has handled a new user message and listens again (or the last read)."""
        deadline = time.monotonic() + TURN_DONE_TIMEOUT_S
        tracker: dict[str, Any] = {}
        while time.monotonic() < deadline:
            tracker = await self.read(sender) or tracker
            events = tracker.get("events") or []
            listening = bool(events) and events[-1].get("name") == "action_listen"
            if listening and user_count(events) > users_before:
                return tracker
            await asyncio.sleep(0.2)
        return tracker


def user_count(events: list[dict[str, Any]]) -> int:
    return sum(1 for e in events if e.get("event") == "user")


def bot_texts_since(events: list[dict[str, Any]], users: int) -> list[str]:
    seen, texts = 0, []
    for event in events:
        if event.get("event") == "user":
            seen += 1
        elif event.get("event") == "bot" and seen >= users and event.get("text"):
            texts.append(str(event["text"]))
    return texts


async def play(channel: Any, reader: TrackerReader, rng: random.Random, pause_s: float) -> Outcome:
    """A whole intake; `pause_s` is the mean time the citizen takes to write each message."""
    outcome = Outcome(channel.kind)
    phone = new_phone(rng)
    answers = {**ANSWERS, "phone": phone, "issue_text": STORY.format(phone=phone)}
    known: dict[str, Any] = {}
    asked: dict[str, int] = {}
    text = answers["issue_text"]
    users = 0  # user messages in the tracker after the latest turn
    if not await _open(channel, outcome):
        outcome.stuck = "connect"
        return outcome
    try:
        for _ in range(MAX_TURNS):
            users_before = users
            if not await _say(channel, text, outcome):
                outcome.stuck = "no reply"
                return outcome
            outcome.sender = channel.sender
            tracker = await reader.after_turn(channel.sender, users_before)
            events = tracker.get("events") or []
            users = max(users, user_count(events))
            slots = dict(tracker.get("slots") or {})
            if slots.get("case_number"):
                outcome.case_number = str(slots["case_number"])
                return outcome
            for slot in INTAKE_SLOTS:
                if known.get(slot) and not slots.get(slot):
                    outcome.lost_slots.append(slot)
                if slots.get(slot):
                    known[slot] = slots[slot]
            what = asking(slots, tracker.get("active_loop") or {}, bot_texts_since(events, users_before))
            asked[what or ""] = asked.get(what or "", 0) + 1
            if asked[what or ""] > MAX_SAME_QUESTION:
                outcome.stuck = str(what)
                return outcome
            text = answers.get(what or "", "跳过") if what else answers[CONFIRM]
            await asyncio.sleep(rng.uniform(0.5, 1.5) * pause_s)
        outcome.stuck = "too many turns"
        return outcome
    finally:
        try:  # a client that cannot hang up is the client's fault: noted, not waited for
            await asyncio.wait_for(channel.close(), CLOSE_TIMEOUT_S)
        except (asyncio.TimeoutError, OSError) as error:
            outcome.errors.append(f"close: {type(error).__name__}")
        if (
            outcome.sender
        ):  # a message handled twice (a retry of one that was handled) is one user event too many
            final = await reader.after_turn(outcome.sender, 0)
            recorded = user_count(final.get("events") or [])
            outcome.duplicates = max(0, recorded - outcome.messages)
            outcome.lost_messages = max(0, outcome.messages - outcome.unanswered - recorded)


async def _open(channel: Any, outcome: Outcome) -> bool:
    """Connect, once more after a second if the first try fails (as the widget reconnects by itself)."""
    for attempt in range(2):
        try:
            await channel.open()
            return True
        except Exception as error:  # noqa: BLE001 - a citizen who cannot connect is counted, not fatal
            await channel.close()
            if attempt:
                outcome.errors.append(f"open: {type(error).__name__}")
            else:
                outcome.retries += 1
                await asyncio.sleep(1.0)
    return False


async def _say(channel: Any, text: str, outcome: Outcome) -> bool:
    outcome.messages += 1
    sent = await channel.send(text)
    outcome.sent.append(sent)
    if sent.seconds is not None:
        return True
    outcome.retries += 1
    await asyncio.sleep(1.0)
    again = await channel.send(text, again=True)
    outcome.sent.append(again)
    if again.seconds is None:
        outcome.unanswered += 1
        return False
    return True
