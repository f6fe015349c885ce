"""A question asked before any story, with nothing of a matter beside it: "反映这个事要花钱不 俺家穷",
"去北京上访犯法不 俺们这村里的事县里都不管". It is answered; nothing of it is stored as the story, and the
intake waits for the matter itself."""

from __future__ import annotations

from actions.question_detect import detect_question, without_questions
from actions.question_kinds import QuestionKind
from bot.domain import text as textutil
from bot.domain.category import classify_category

# questions about petitioning itself, which a matter need not come with
_ABOUT_PETITIONING = frozenset(
    {QuestionKind.FEES, QuestionKind.CONFIDENTIALITY, QuestionKind.ANONYMOUS, QuestionKind.VISIT_LAWFUL}
)
# what may be said beside such a question and still tell no matter: "俺家穷", "村里的事县里都不管"
MAX_ASIDE_CJK = 12
# below this no class is more than a guess: "低保被停了" (0.8) or "举报副镇长" (0.7) is a matter
NO_MATTER_SCORE = 0.25


def asks_without_matter(text: str | None) -> bool:
    """The message asks about petitioning itself (a fee, secrecy, whether a visit is lawful) and what it says
    beside the question names no matter."""
    clean = textutil.normalize_for_parsing(text or "")
    kind = detect_question(clean)
    if kind not in _ABOUT_PETITIONING:
        return False
    if textutil.cjk_count(without_questions(clean)) > MAX_ASIDE_CJK:
        return False
    scores = classify_category(clean, matter=True)
    return not scores or scores[0].score < NO_MATTER_SCORE
