"""The kind a general question asks once the story told before says what it is about: "能去劳动局告吗" of a nanny's
wages, "能让公司补吗" of social insurance not paid in, "是不是一定要全部同意" of a lift. Pure: no I/O."""

from __future__ import annotations

from actions import matter_questions as matter
from actions import procedure_questions as procedure
from actions.question_detect import question_clauses
from actions.question_kinds import QuestionKind
from bot.domain import text as textutil

# general kinds that the story may narrow to a question about one kind of matter
NARROWED_BY_STORY = frozenset(
    {
        QuestionKind.WHAT_NEXT,
        QuestionKind.OTHER,
        QuestionKind.CAN_I_SUE,
        QuestionKind.WHICH_OFFICE,
        QuestionKind.IS_IT_LAWFUL,
        QuestionKind.DOES_IT_HELP,
    }
)


def about_the_story(kind: QuestionKind | None, text: str | None, told: str) -> QuestionKind | None:
    """The kind a general question asks once the story says what it is about ("能去劳动局告吗" of a nanny's wages,
    "能让公司补吗" of social insurance not paid in)."""
    clean = textutil.normalize_for_parsing(told)
    if kind is QuestionKind.FEES and _makes_up_contributions(text, clean):
        return QuestionKind.SOCIAL_INSURANCE_OWED  # "补交要她自己出钱吗" of social insurance not paid in
    if kind not in NARROWED_BY_STORY:
        return kind
    found = (
        matter.asked_about_story(clause, clean)
        or procedure.asked(clause, clean)
        or matter.lift_vote_asked(clause, clean)  # "是不是一定要全部同意" after a story of a lift
        for clause in question_clauses(text)
    )
    return next((k for k in found if k is not None), kind)


def _makes_up_contributions(text: str | None, told: str) -> bool:
    """ "能不能补交 补交要她自己出钱吗" after a story of social insurance not paid in: the money asked about is the
    contributions made up, not a fee for petitioning."""
    return any(
        matter.asked_about_story(clause, told) is QuestionKind.SOCIAL_INSURANCE_OWED
        for clause in question_clauses(text)
    )


def story_kind(kind: QuestionKind | None, text: str | None, story: str | None) -> QuestionKind | None:
    """The kind a question asks once the story told before (`story`) says what it is about: "是不是一定要全部同意"
    after a lift's story asks about the owners' vote; `kind` when the story narrows nothing."""
    return about_the_story(kind, text, f"{story or ''}\n{text or ''}") if story else kind
