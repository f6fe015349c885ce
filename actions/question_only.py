"""A question asked before any story, with nothing of a matter beside it: "反映这个事要花钱不 俺家穷",
"能不能直接去北京上访 俺们这村里的事县里都不管". It is answered; nothing of it is stored as the story, and the
intake waits for the matter itself."""

from __future__ import annotations

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from bot.domain import text as textutil
from bot.domain.category import classify_category

# below this no class is more than a guess: the message names no matter ("俺家穷", "村里的事县里都不管"), while
# "低保被停了能告吗" (0.86) or "能保密吗 我要举报村支书" (0.33) does
NO_MATTER_SCORE = 0.25


# what to do, whom to turn to, or a question we cannot place: a matter to tell may follow ("我有个事情想反映一下
# 请帮忙看看怎么办"), so the intake begins
_MATTER_TO_FOLLOW = frozenset({QuestionKind.OTHER, QuestionKind.WHICH_OFFICE, QuestionKind.OWN_MATTER})


def asks_without_matter(text: str | None, *, going_higher: bool = False) -> bool:
    """The message asks something of the petition itself (a fee, secrecy, whether going to Beijing is lawful;
    `going_higher`: it speaks of going over the office's head) and tells nothing a class of matter can be
    read from."""
    clean = textutil.normalize_for_parsing(text or "")
    kind = detect_question(clean)
    if kind is None or (kind in _MATTER_TO_FOLLOW and not going_higher):
        return False
    scores = classify_category(clean)
    return not scores or scores[0].score < NO_MATTER_SCORE
