"""What the citizen told of the matter before the intake began: a question asked first ("…只能报一点点 这合理吗"),
answered, and then "我要反映" — the question is the start of the story and is kept with it."""

from __future__ import annotations

from typing import Any

from actions.matter_kind import tells_a_story
from actions.matter_split import another_matter
from actions.more_story import announces_only
from actions.question_only import asks_without_matter
from bot.domain import text as textutil


def story_told_before(events: list[dict[str, Any]]) -> str:
    """The messages that told something of a matter before the latest one, since the last case was filed and
    before the intake first asked a question (what follows answers it), joined by line breaks ("" when none).
    A greeting, a short word or an announcement tells nothing and is left out; a latest message that opens another
    matter ("我又想起一件事 小区物业费涨了…") after a question answered starts a story of its own."""
    last_said = next((e.get("text") or "" for e in reversed(events) if e.get("event") == "user"), "")
    if another_matter(last_said):
        return ""
    told: list[str] = []
    latest, asking = "", False
    for event in events:
        if event.get("event") == "user":
            if latest and not asking:
                told.append(latest)
            latest = event.get("text") or ""
        elif event.get("event") != "slot" or not event.get("value"):
            continue
        elif event.get("name") == "case_number":  # that matter is filed: a new one starts here
            told, latest, asking = [], "", False
        elif event.get("name") == "requested_slot" and not asking:
            # the intake asked for the story first: what came before told none ("那是不是得先说我住哪 … 你问吧")
            told = [] if event.get("value") == "issue_text" else [*told, *([latest] if latest else [])]
            latest, asking = "", True
    return "\n".join(text.strip() for text in told if _tells(textutil.normalize_for_parsing(text)))


def _tells(clean: str) -> bool:
    # "还有个事情想问问你们这边的工作人员啊", "反映这个事要花钱不 俺家穷" tell none
    return tells_a_story(clean) and not announces_only(clean) and not asks_without_matter(clean)
