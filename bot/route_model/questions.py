"""One question a citizen can answer when the story fits two routes that need different advice.

The questions are legal knowledge: their texts, their order and the route each "是" means are in
knowledge/legal_routes.yml (`route_questions`, read through `bot.domain.knowledge`). They are tried in the
file's order, 第31条's precedence (court, misconduct, then the statutory procedures); the first one that
separates the two routes is asked. "Yes" leads to the route the question describes, "no" to the other one.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.knowledge import Knowledge, load_knowledge
from bot.route_model.examples import label_covers, split_label


@dataclass(frozen=True)
class QuestionKind:
    key: str
    text: str
    yes_means: tuple[str, ...]  # route codes (every variant) or code/variant labels

    def describes(self, label: str) -> bool:
        """Does "是" to this question mean the route label?"""
        return any(label_covers(target, label) for target in self.yes_means)


# pairs that need no question: the advice is the same or close enough (12345 lines, thanks vs a question)
_NO_QUESTION = frozenset({"hotline_12345", "praise", "consultation"})


def question_kinds(knowledge: Knowledge | None = None) -> tuple[QuestionKind, ...]:
    """The knowledge file's route questions, in the order they are tried."""
    kb = knowledge or load_knowledge()
    return tuple(QuestionKind(q.key, q.text, q.yes_means) for q in kb.route_questions)


def question_for(
    first: str, second: str, knowledge: Knowledge | None = None
) -> tuple[QuestionKind, str, str] | None:
    """(question, label for yes, label for no) separating two route labels, or None if none is worth asking."""
    if split_label(first)[0] in _NO_QUESTION and split_label(second)[0] in _NO_QUESTION:
        return None
    for kind in question_kinds(knowledge):
        a, b = kind.describes(first), kind.describes(second)
        if a != b:
            return (kind, first, second) if a else (kind, second, first)
    return None
