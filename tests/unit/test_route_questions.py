"""The questions that tell two routes apart are data in the reviewed knowledge file, tried in its order."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.domain.knowledge import DEFAULT_PATH, ROUTE_CODES, ROUTE_VARIANTS, KnowledgeError
from bot.domain.knowledge_parse import parse_knowledge
from bot.domain.routing import decide_route
from bot.route_model.examples import label_covers, label_of
from bot.route_model.questions import denied_by_story, question_for, question_kinds

# no question is needed to tell these apart from the rest (an ordinary petition is what is left)
UNASKED = {"hotline_12345", "praise", "consultation", "petition"}


def _data() -> dict[str, Any]:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _with_questions(questions: list[dict[str, Any]]) -> dict[str, Any]:
    data = _data()
    data["route_questions"] = questions
    return data


def test_the_questions_are_the_knowledge_files_in_its_order() -> None:
    raw = _data()["route_questions"]
    assert [(k.key, k.text, list(k.yes_means)) for k in question_kinds()] == [
        (q["key"], q["text"], q["yes_means"]) for q in raw
    ]


def test_first_a_court_case_then_misconduct_as_article_31_orders_them() -> None:
    assert [k.key for k in question_kinds()][:3] == ["enforcement", "court", "misconduct"]
    kind, yes, no = question_for("discipline_inspection", "litigation/court_case")
    assert (kind.key, yes, no) == ("court", "litigation/court_case", "discipline_inspection")


def test_each_is_one_plain_question_a_citizen_can_answer() -> None:
    for kind in question_kinds():
        assert kind.text.endswith("？") and kind.text.count("？") == 1, kind.key
        assert not any(c.isascii() and c.isalpha() for c in kind.text), kind.key


def test_every_route_with_its_own_advice_can_be_asked_about() -> None:
    # litigation is always decided with its variant (each gives its own advice)
    labels = [label_of(code, None) for code in ROUTE_CODES if code not in UNASKED | {"litigation"}] + [
        label_of(code, variant)
        for code, variants in ROUTE_VARIANTS.items()
        if code not in UNASKED
        for variant in variants
    ]
    assert [label for label in labels if not any(k.describes(label) for k in question_kinds())] == []


def test_a_code_covers_its_variants_and_a_label_only_itself() -> None:
    assert label_covers("administrative_review", "administrative_review/review_first")
    assert label_covers("administrative_review", "administrative_review")
    assert label_covers("litigation/medical", "litigation/medical")
    assert not label_covers("litigation/medical", "litigation/civil_dispute")
    assert not label_covers("litigation", "labour_arbitration")


def test_a_question_reworded_in_the_file_is_what_the_bot_asks() -> None:
    data = _data()
    for q in data["route_questions"]:
        if q["key"] == "employer":
            q["text"] = "给您派活、发钱的是对方吗？"
    kind, yes, no = question_for("litigation/civil_dispute", "labour_inspection", parse_knowledge(data))
    assert (kind.text, yes, no) == (
        "给您派活、发钱的是对方吗？",
        "labour_inspection",
        "litigation/civil_dispute",
    )


def test_the_files_order_decides_which_question_is_asked() -> None:
    questions = _data()["route_questions"]
    misconduct_first = [q for q in questions if q["key"] == "misconduct"] + [
        q for q in questions if q["key"] != "misconduct"
    ]
    kb = parse_knowledge(_with_questions(misconduct_first))
    kind, yes, _ = question_for("litigation/court_case", "discipline_inspection", kb)
    assert (kind.key, yes) == ("misconduct", "discipline_inspection")


def test_routes_no_question_tells_apart_get_none() -> None:
    assert question_for("hotline_12345/housing", "hotline_12345/transport") is None
    assert question_for("praise", "consultation") is None
    only_court = [q for q in _data()["route_questions"] if q["key"] == "court"]
    assert question_for("labour_inspection", "petition", parse_knowledge(_with_questions(only_court))) is None


def test_the_decision_carries_the_files_question() -> None:
    scores = {"labour_inspection": 0.45, "litigation/civil_dispute": 0.45, "petition": 0.1}
    employer = next(k for k in question_kinds() if k.key == "employer")
    question = decide_route("他欠我的钱一直不给", scores=scores).question
    assert question is not None and (question.key, question.text) == ("employer", employer.text)


@pytest.mark.parametrize(
    ("question", "error"),
    [
        ({"key": "x", "text": "是吗？", "yes_means": ["lawsuit"]}, "unknown route 'lawsuit'"),
        (
            {"key": "x", "text": "是吗？", "yes_means": ["litigation/appeal"]},
            "unknown route 'litigation/appeal'",
        ),
        ({"key": "x", "text": "", "yes_means": ["praise"]}, "key and text"),
        ({"key": "x", "text": "是吗？"}, "yes_means"),
    ],
)
def test_the_loader_refuses_a_question_it_cannot_use(question: dict[str, Any], error: str) -> None:
    with pytest.raises(KnowledgeError, match=error):
        parse_knowledge(_with_questions([question]))


def test_the_loader_refuses_no_questions_and_a_key_twice() -> None:
    with pytest.raises(KnowledgeError, match="route_questions"):
        parse_knowledge(_with_questions([]))
    twice = [{"key": "x", "text": "是吗？", "yes_means": ["praise"]}] * 2
    with pytest.raises(KnowledgeError, match="twice"):
        parse_knowledge(_with_questions(twice))


@pytest.mark.parametrize(
    ("story", "denied"),
    [
        ("我是初三学生 学校逼着订辅导资料 一本两百", True),
        ("俺娃在读高一 学校让交补课费", True),
        ("我是學生 學校週末強制上課", True),  # traditional characters
        ("我是大学生 暑假在饭店打工 老板不给工钱", False),  # a job told: asked
        ("我不是学生 公司拖了三个月工资", False),
        ("我是老师 学校拖欠绩效工资", False),
    ],
)
def test_a_pupil_is_not_asked_whether_the_school_is_the_employer(story: str, denied: bool) -> None:
    assert denied_by_story("employer", story) is denied
