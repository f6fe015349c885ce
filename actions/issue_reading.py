"""The story of the matter in one message: when a message is the story, and what is told with it.

A short question is no story; nor is a follow-up question before any story, an announcement ("我想问个事") or
a message that only says where or when.
"""

from __future__ import annotations

import re

from actions.intake_details import safe_occurred_at
from actions.intake_turn import Turn, TurnResult, asked
from actions.more_story import announces_only, says_only_where_or_when
from actions.question_kinds import QuestionKind
from actions.slots import NOT_FREE_TEXT_INTENTS

MIN_STORY_CHARS = 8


# a question that follows up what was just said or filed ("那没备案的还能补吗", "刚才问的 我妈能直接去法院告村委会
# 吗？", "我不是要再登记 就是问一下能不能告"): answered, never the story of a new matter
_FOLLOW_UP = re.compile(
    r"^(?:那(?![个家边天年时里儿些位])|那么|刚才|刚刚|再问|还想问|还有个问题|对了|哦对了)|我不是要(?:再)?(?:登记|投诉|反映)"
    r"|就是问|只是问|就问问"
)


def _follow_up_question(turn: Turn, clean: str, question: QuestionKind | None) -> bool:
    # what asks is `question_detect`'s one reading ("那没备案的还能补吗", "那以后呢", "那还能补不")
    return question is not None and bool(_FOLLOW_UP.search(clean)) and not turn.slots.get("issue_text")


def read_issue_text(turn: Turn, clean: str, result: TurnResult, question: QuestionKind | None) -> None:
    """The message as the story when it is one: asked for, or told first at length."""
    current = turn.slots.get("issue_text")
    if question is not None and len(clean) < 2 * MIN_STORY_CHARS:
        return  # "要收费吗？" asked while the matter is asked for is a question, not the matter
    if _follow_up_question(turn, clean, question) and not asked(turn, "issue_text"):
        return
    if announces_only(clean) and not turn.correcting:
        return  # "同志 我想问个事": the matter is still to come
    if asked(turn, "issue_text"):
        if turn.intent not in NOT_FREE_TEXT_INTENTS or turn.correcting:
            result.set("issue_text", _with_told_before(turn))
    elif not current and turn.intent in ("tell_problem", "inform") and len(clean) >= MIN_STORY_CHARS:
        result.set("issue_text", _with_told_before(turn))


def _with_told_before(turn: Turn) -> str:
    """The message as the story, after what was told of the matter before the intake began ("…这合理吗", then
    "我要反映 …"); a correction is only the new words."""
    told = turn.text.strip()
    before = "" if turn.correcting or turn.slots.get("issue_text") else turn.told_before
    return f"{before}\n{told}" if before and told not in before else told


def no_story_in_details(turn: Turn, clean: str, result: TurnResult, gazetteer) -> None:
    """ "俺在河南省信阳市光山县" gives the place, not the matter: the story is still to be told."""
    if "issue_text" not in result.updates or turn.slots.get("issue_text") or turn.correcting:
        return
    when = safe_occurred_at(clean, turn)
    if says_only_where_or_when(clean, gazetteer, when.text if when else None):
        del result.updates["issue_text"]
