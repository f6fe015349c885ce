"""A bare "is it all right" ("行不行", "要得不", "可以吗") asks about the clause before it: "想先请村里调解下 要得不" is
a question about mediation (lead-117 got no answer at the court question). New phrasings written for these tests
(dialect, traditional characters), none a corpus message."""

from __future__ import annotations

import pytest

from actions.question_clauses import question_clauses
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_for


@pytest.mark.parametrize(
    "text",
    ["先叫社区出面调解一下 要得不", "我想让村委会调解 行不行", "請居委會調解 可以嗎", "找街道调解下 中不中"],
)
def test_a_bare_assent_asks_about_the_clause_before(text: str) -> None:
    assert detect_question(text) is QuestionKind.MEDIATION
    assert "调解" in (answer_for(text) or "")


def test_yaode_bu_is_a_question() -> None:
    assert question_clauses("这样要得不")


@pytest.mark.parametrize("text", ["行不行", "那就这样 可以吗"])
def test_a_bare_assent_with_nothing_to_ask_about_stays_unknown(text: str) -> None:
    assert detect_question(text) in (QuestionKind.OTHER, None)


def test_an_assent_said_as_a_statement_asks_nothing() -> None:
    assert detect_question("村里调解过了 要得") is None
