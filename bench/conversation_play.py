"""Plays one corpus conversation through the REST channel of a running stack and records what happened.

What is asked is read from the tracker (`requested_slot` of the active form, `awaiting_confirmation` for the
summary), with the question texts of domain.yml as a fallback, so a script never depends on the order of
the questions.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from actions.slots import INTAKE_SLOTS
from bench.conversation_corpus import DERIVED_SLOTS, Conversation, Turn, said
from bench.stack import ROOT, Stack, request_json

WATCHED_SLOTS = (*INTAKE_SLOTS, "id_number")
ERROR_PHRASES = ("出了点问题", "出错了", "Sorry, I", "trouble")
# what a citizen whose script says nothing of it answers: the address and route questions came after most
# scripts ("不知道" keeps the route the bot found)
UNSCRIPTED_DEFAULTS = {"address": ("跳过",), "route_question": ("不知道",)}
MAX_SAME_QUESTION = 3  # a citizen asked the same thing a fourth time gives up
MAX_MESSAGES_PER_STEP = 25
CONFIRM = "confirm"
FORMS = ("intake_form", "progress_form")
QUERY_CODE = re.compile(r"查询码[：:]\s*(\d{6})")
STORY_MIN_CHARS = 12  # shorter messages ("好的，帮我登记一下") tell no matter


@lru_cache(maxsize=1)
def question_cues() -> tuple[tuple[str, str], ...]:
    """(opening words of a question, what it asks), from the domain's `utter_ask_*` responses."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    cues: list[tuple[str, str]] = []
    for name, variants in (domain.get("responses") or {}).items():
        slot = name.removeprefix("utter_ask_")
        if name.startswith("utter_ask_") and slot != "which_to_correct":
            for variant in variants:
                text = str(variant.get("text") or "")
                opening = text.replace("？", "，").replace("。", "，").split("，")[0]
                if len(opening) >= 4:
                    cues.append((opening, slot))
    cues += [("属于哪一类", "category"), ("发生在哪里", "location"), ("是哪个地方", "location")]
    return tuple(cues)


@dataclass
class Played:
    """What one conversation did: every message, the problems seen, the slots at the end."""

    sender: str
    earlier_senders: list[str] = field(default_factory=list)  # the chats before a `later` turn
    messages: list[dict[str, Any]] = field(default_factory=list)  # {said, replies, status, seconds}
    crashes: list[str] = field(default_factory=list)
    questions_stored: list[str] = field(default_factory=list)
    corrections_damaging: list[str] = field(default_factory=list)
    unscripted: list[str] = field(default_factory=list)
    asked_again: list[str] = field(default_factory=list)  # questions the citizen had to answer again
    stuck: str | None = None
    failed_turn_checks: list[str] = field(default_factory=list)

    @property
    def all_replies(self) -> str:
        return "\n".join(r for m in self.messages for r in m["replies"])


class Player:
    def __init__(self, stack: Stack, conversation: Conversation, timeout: float = 60) -> None:
        self.stack = stack
        self.conversation = conversation
        self.timeout = timeout
        self.played = Played(sender=f"conv-{conversation.id}-{uuid.uuid4().hex[:8]}")
        self.slots: dict[str, Any] = {}
        self.asking: str | None = None
        self.story = ""  # the latest message telling a matter: told again if the bot asks for it
        self.filed: dict[
            str, str
        ] = {}  # case_number and query_code of the latest filing, for progress queries

    def play(self) -> Played:
        for turn in self.conversation.turns:
            if self.played.stuck:
                break
            if turn.say is not None:
                self._say_turn(turn)
            else:
                self._answer_turn(turn)
        return self.played

    def _say_turn(self, turn: Turn) -> None:
        if turn.later:  # a new chat: the bot remembers nothing; what was filed stays in the case store
            self.played.earlier_senders.append(self.played.sender)
            self.played.sender = f"conv-{self.conversation.id}-{uuid.uuid4().hex[:8]}"
            self.slots, self.asking = {}, None
        if not turn.question and not turn.corrects and len(turn.say or "") >= STORY_MIN_CHARS:
            self.story = turn.say or ""
        before = dict(self.slots)
        replies = self._send(self._fill(turn.say or ""))
        text = "\n".join(replies)
        for phrase in turn.reply_has:
            if not said(phrase, text):
                self.played.failed_turn_checks.append(f"{turn.say[:20]}…: reply lacks {phrase!r}")
        for phrase in turn.reply_lacks:
            if said(phrase, text):
                self.played.failed_turn_checks.append(f"{turn.say[:20]}…: reply has {phrase!r}")
        changed = changed_slots(before, self.slots)
        if turn.question and changed:
            self.played.questions_stored.append(f"{turn.say!r} changed {changed}")
        if turn.corrects:
            allowed = set(turn.corrects)
            allowed |= {d for f in turn.corrects for d in DERIVED_SLOTS.get(f, ())}
            if "location_code" in allowed:
                allowed.add("location")
            damaged = [s for s in changed if s not in allowed]
            if damaged:
                values = {s: (before.get(s), self.slots.get(s)) for s in damaged}
                self.played.corrections_damaging.append(f"{turn.say!r} also changed {values}")

    def _answer_turn(self, turn: Turn) -> None:
        """Answers whatever is asked from the table, until nothing in it is asked or a case is filed."""
        asked: Counter[str] = Counter()
        start_case = self.slots.get("case_number")
        for _ in range(MAX_MESSAGES_PER_STEP):
            if self.slots.get("case_number") != start_case:
                return
            what = self.asking
            answers = turn.answers.get(what or "") or ((self.story,) if what == "issue_text" else ())
            answers = answers or UNSCRIPTED_DEFAULTS.get(what or "", ())
            if not answers:
                if what not in (None, CONFIRM):  # a table without `confirm` stops at the summary
                    self.played.unscripted.append(what)
                return
            asked[what] += 1
            if asked[what] > 1:
                self.played.asked_again.append(what)
            if asked[what] > MAX_SAME_QUESTION:
                self.played.stuck = what
                return
            self._send(self._fill(answers[min(asked[what], len(answers)) - 1]))  # rephrased when asked again
        self.played.stuck = "too many messages"

    def _send(self, message: str) -> list[str]:
        url = f"{self.stack.rasa_url}/webhooks/rest/webhook"
        started = time.perf_counter()
        try:
            status, body = request_json(url, {"sender": self.played.sender, "message": message}, self.timeout)
        except OSError as error:  # timeouts and refused connections: the citizen got nothing
            status, body = 0, None
            self.played.crashes.append(f"{message[:30]!r}: {type(error).__name__}")
        seconds = time.perf_counter() - started
        replies = [str(r.get("text") or "") for r in body or [] if isinstance(r, dict)]
        replies = [r for r in replies if r.strip()]
        if status >= 500:
            self.played.crashes.append(f"{message[:30]!r}: HTTP {status}")
        elif status == 200 and not replies:
            self.played.crashes.append(f"{message[:30]!r}: no reply")
        elif any(p in r for r in replies for p in ERROR_PHRASES):
            self.played.crashes.append(f"{message[:30]!r}: error reply")
        self.played.messages.append(
            {"said": message, "replies": replies, "status": status, "seconds": seconds}
        )
        self._observe(replies)
        return replies

    def _fill(self, text: str) -> str:
        """{case_number} and {query_code}: what the bot gave at the latest filing."""
        for key, value in self.filed.items():
            text = text.replace("{" + key + "}", value)
        return text

    def _observe(self, replies: list[str]) -> None:
        status, tracker = request_json(
            f"{self.stack.rasa_url}/conversations/{self.played.sender}/tracker?token={self.stack.token}"
        )
        tracker = tracker if status == 200 and isinstance(tracker, dict) else {}
        self.slots = dict(tracker.get("slots") or {})
        self.asking = asking(self.slots, tracker.get("active_loop") or {}, replies)
        if self.slots.get("case_number"):
            self.filed["case_number"] = str(self.slots["case_number"])
        code = QUERY_CODE.search("\n".join(replies))
        if code:
            self.filed["query_code"] = code.group(1)


def changed_slots(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The watched slots a message changed. A message that filed a case leaves the slots emptied for the next
    matter: that reset is the filing's, not a change of the details (the case filed is checked on its own)."""
    filed = bool(after.get("case_number")) and after.get("case_number") != before.get("case_number")
    return [
        s
        for s in WATCHED_SLOTS
        if after.get(s) != before.get(s) and not (filed and after.get(s) in (None, "", []))
    ]


def asking(slots: dict[str, Any], active_loop: dict[str, Any], replies: list[str]) -> str | None:
    """The slot the bot is asking for now, `route_question` before the summary, `confirm` at it, or None."""
    if slots.get("route_question"):  # one yes/no question about the route (actions.route_question)
        return "route_question"
    if slots.get("awaiting_confirmation"):
        return CONFIRM
    requested = slots.get("requested_slot")
    if active_loop.get("name") in FORMS and requested:
        return str(requested)
    last = replies[-1] if replies else ""
    for opening, slot in question_cues():
        if opening in last:
            return slot
    return None


def case_rows(database_url: str, *senders: str) -> list[dict[str, Any]]:
    """The cases this conversation filed (in all its chats), oldest first, as plain dicts of their columns."""
    from sqlalchemy import select

    from bot.cases import make_engine
    from bot.cases.models import Case

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            table = Case.__table__
            rows = conn.execute(
                select(table).where(table.c.conversation_id.in_(senders)).order_by(table.c.id)
            )
            found = [dict(row._mapping) for row in rows]
    finally:
        engine.dispose()
    for row in found:  # a head count said in words is judged on the words the case keeps
        row["people_count"] = row.get("people_said") or row.get("people_count")
    return found


def log_errors(log_dir: Path) -> int:
    """Tracebacks in the servers' logs: an action that failed even if the citizen got some reply."""
    return sum(p.read_text(errors="replace").count("Traceback") for p in log_dir.glob("*.log"))
