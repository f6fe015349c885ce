"""The route questions the citizen already answered in this intake, so none is asked twice.

A correction of another detail ("对象不光小组长 还有会计", "类别改成农村农业") decides the route again; when the
same question comes up, the citizen's earlier "是" or "不是" answers it (they are facts of the matter, not of the
route shown). Kept in `route_options` under "answered", with the intake and the story they were given for: a next
matter starts with none, and so does a story told anew ("张老板是我邻居，借了我钱"); a story only added to keeps them.
"途径不对" asks again and the new answer replaces the old one.
"""

from __future__ import annotations

import hashlib
from typing import Any

from bot.domain.routing import RouteDecision

ANSWERED = "answered"
INTAKE = "intake"
STORY = "story"


def short_digest(text: str) -> str:
    """16 hex digits of the text's SHA-256: enough to tell whether a story or the route's details changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _story_mark(story: str) -> list[Any]:
    """The story's length and hash: the answers hold while the story starts with it."""
    return [len(story), short_digest(story)]


def _same_story(mark: Any, story: str) -> bool:
    if not isinstance(mark, list | tuple) or len(mark) != 2 or not isinstance(mark[0], int):
        return False
    return list(mark) == _story_mark(story[: mark[0]])


def answers_given(slots: dict[str, Any]) -> dict[str, bool]:
    """Question key → the citizen's answer (True for "是"), for this intake only."""
    options = slots.get("route_options")
    if not isinstance(options, dict) or options.get(INTAKE) != slots.get("intake_id"):
        return {}
    if not _same_story(options.get(STORY), str(slots.get("issue_text") or "")):
        return {}
    answered = options.get(ANSWERED)
    return {str(k): bool(v) for k, v in answered.items()} if isinstance(answered, dict) else {}


def remembered(slots: dict[str, Any], key: str | None = None, answer: bool | None = None) -> dict[str, Any]:
    """The answers to keep in `route_options`, with this one added; empty when there are none."""
    given = answers_given(slots)
    story = str(slots.get("issue_text") or "")
    options = slots.get("route_options")
    mark = options.get(STORY) if given and isinstance(options, dict) else _story_mark(story)
    if key is not None and answer is not None:
        given[key] = answer
    return {ANSWERED: given, INTAKE: slots.get("intake_id"), STORY: mark} if given else {}


def with_answers(decision: RouteDecision, answers: dict[str, bool]) -> RouteDecision:
    """The decision with its question settled by an earlier answer to the same question, if there is one."""
    question = decision.question
    if question is None or question.key not in answers:
        return decision
    chosen = question.yes if answers[question.key] else question.no
    return RouteDecision(
        chosen.code,
        chosen.variant,
        f"{chosen.reason}（此前已答）",
        chosen.confidence,
        None,
        chosen.alternatives,
    )
