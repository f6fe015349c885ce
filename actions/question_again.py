"""A complaint that a question went unanswered ("你咋不回答我的问题嘛", "我问的你还没回答"): the citizen's last
question is answered again, from the knowledge file, instead of "没太看懂".

Pure: `last_question` reads the earlier messages the tracker holds, `answer_again` builds the note.
"""

from __future__ import annotations

from typing import Any

from actions.question_detect import detect_question
from actions.question_forms import COMPLAINS_UNANSWERED
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.domain import text as textutil

# how many earlier messages to look back for the question
LOOK_BACK = 4
# how many earlier messages a question may refer back to
LOOK_BACK_CONTEXT = 12
SORRY = "抱歉，刚才可能没说清楚，我再回答一遍："


def complains_unanswered(text: str | None) -> bool:
    """Whether the message says the citizen's question went unanswered."""
    return bool(COMPLAINS_UNANSWERED.search(textutil.normalize_for_parsing(text or "")))


def last_question(events: list[dict[str, Any]]) -> str:
    """The citizen's latest earlier message that asks something we can answer (the latest message left out)."""
    said = [event.get("text") or "" for event in events if event.get("event") == "user"][:-1]
    for text in reversed(said[-LOOK_BACK:]):
        if detect_question(text) not in (None, QuestionKind.OTHER) and not complains_unanswered(text):
            return text
    return ""


def said_since_filing(events: list[dict[str, Any]]) -> str:
    """The citizen's earlier messages since the last case was filed (the latest left out), joined by line breaks:
    what a short question refers back to ("今年涨没涨" after "养老金咋没见涨", asked before the story)."""
    said: list[str] = []
    for event in events:
        if event.get("event") == "user":
            said.append(event.get("text") or "")
        elif event.get("event") == "slot" and event.get("name") == "case_number" and event.get("value"):
            said = []
    return "\n".join(said[:-1][-LOOK_BACK_CONTEXT:])


def answer_again(text: str | None, asked: str, story: str | None) -> str | None:
    """The answer to the earlier question `asked`, with an apology, when `text` complains it went unanswered;
    None when it does not complain, or no earlier question is known (the question is then awaited)."""
    if not complains_unanswered(text) or not asked:
        return None
    answer = answer_in_context(detect_question(asked), asked, story)
    return f"{SORRY}{answer}" if answer else None
