"""More of the story told later is kept word for word, so nothing the citizen says about the matter is lost."""

from __future__ import annotations

from actions.intake_lookups import named_category
from actions.intake_turn import Turn, TurnResult
from actions.matter_kind import tells_a_story
from actions.questions import QuestionKind, detect_question, without_questions
from bot.domain import text as textutil

STORY_AT_CATEGORY_INTENTS = frozenset({"tell_problem", "inform", "out_of_scope", "nlu_fallback"})
# what a reader notes for the next question, not a detail the message gave
HINTS = frozenset({"category_candidates", "category_confidence", "location_candidates"})
# what must be left once the questions are taken out for a message to tell more of the story
MIN_STORY_LEFT = 8


def only_asks(clean: str) -> bool:
    """A message that asks something the bot answers and says little else (a rhetorical "这不是糊弄人吗" may end
    a piece of the story)."""
    kind = detect_question(clean)
    return (
        kind not in (None, QuestionKind.OTHER)
        and textutil.cjk_count(without_questions(clean)) < MIN_STORY_LEFT
    )


def append_more_story(turn: Turn, clean: str, result: TurnResult) -> None:
    """More of the story told later is kept word for word, unless the message just answered the question.

    A story told when the category is asked is still story: the category was only read from it.
    """
    current = turn.slots.get("issue_text")
    more = turn.text.strip()
    answered = turn.requested_slot in result.updates and not (
        turn.requested_slot == "category" and not turn.entity("category") and not named_category(clean)
    )
    # at the category question whatever is not a category is more of the story ("天天半夜叫"); elsewhere a
    # message long enough to tell something ("我们村的自来水三天两头停 … 会仙镇", read as an answer)
    at_category = (
        turn.requested_slot == "category"
        and turn.intent in STORY_AT_CATEGORY_INTENTS
        and not set(result.updates) - HINTS
    )
    telling = turn.intent == "tell_problem" or (turn.intent == "inform" and tells_a_story(clean))
    if only_asks(clean):
        return  # "你还没回答我 能不能二十几个人一起进去": answered as a question, never kept as the matter
    if (
        current
        and ((telling and len(clean) >= 15) or (at_category and textutil.cjk_count(clean) >= 4))
        and not answered
        and "issue_text" not in result.updates
        and more not in current
    ):
        result.set("issue_text", f"{current}\n{more}")
