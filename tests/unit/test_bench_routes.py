"""bench/routes.yml is fit to score routing: known labels, enough items per route key, no duplicates.

These tests check the benchmark file and its scoring, never the bot's figures.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench.report import route_details, route_rows
from bench.routes import (
    MIN_PER_KEY,
    RouteCase,
    RouteFigure,
    is_hit,
    label_variants,
    leaks,
    load_cases,
    problems,
    route_keys,
    run,
)
from bot.domain.category import CATEGORIES
from bot.domain.routing import LEGAL_STATUSES

CASES = load_cases()


def test_the_file_has_at_least_400_messages_without_duplicates() -> None:
    assert len(CASES) >= 400
    texts = Counter(c.text for c in CASES)
    assert [t for t, n in texts.items() if n > 1] == []


def test_every_label_is_a_route_of_the_taxonomy() -> None:
    unknown = [(c.code, c.variant, c.text) for c in CASES if c.variant not in label_variants(c.code)]
    assert unknown == []
    assert label_variants("litigation") and None not in label_variants("litigation")
    assert None in label_variants("administrative_review") and label_variants("no_such_route") == ()


def test_every_route_key_has_at_least_15_messages() -> None:
    counts = Counter(c.key for c in CASES)
    assert {k: counts[k] for k in route_keys() if counts[k] < MIN_PER_KEY} == {}


def test_optional_fields_are_known_values_and_only_for_a_minority() -> None:
    assert {c.legal_status for c in CASES} - {None} <= set(LEGAL_STATUSES)
    assert {c.category for c in CASES} - {None} <= set(CATEGORIES)
    with_fields = [c for c in CASES if c.legal_status or c.category]
    assert 0 < len(with_fields) < len(CASES) / 4


def test_problems_reports_what_the_unit_tests_check() -> None:
    assert problems(CASES) == []
    bad = [RouteCase("甲", "litigation", None), RouteCase("甲", "hotline_12345", "sports", category="体育")]
    found = problems(bad)
    assert any(p.startswith("unknown route litigation/None") for p in found)
    assert any(p.startswith("unknown route hotline_12345/sports") for p in found)
    assert any(p.startswith("unknown category 体育") for p in found)
    assert "duplicate text: 甲" in found
    assert any(p.startswith("praise: 0 items") for p in found)


@pytest.mark.parametrize(
    ("case", "code", "variant", "hit"),
    [
        (RouteCase("t", "litigation", "medical"), "litigation", "medical", True),
        (RouteCase("t", "litigation", "medical"), "litigation", "civil_dispute", False),
        (RouteCase("t", "administrative_review", None), "administrative_review", "review_first", False),
        (RouteCase("t", "administrative_review", None), "administrative_review", None, True),
        (RouteCase("t", "hotline_12345", "market"), "hotline_12345", "housing", True),  # sector not scored
        (RouteCase("t", "labour_inspection", None), "labour_arbitration", None, False),
    ],
)
def test_a_hit_is_the_same_code_and_the_scored_variant(case, code, variant, hit) -> None:
    assert is_hit(case, code, variant) is hit


def test_the_scorer_counts_hits_recall_and_confusions(tmp_path) -> None:
    path = tmp_path / "routes.yml"
    path.write_text(
        "routes:\n"
        "- {text: 举报村支书贪污集体的钱, route: discipline_inspection}\n"
        "- {text: 甲乙丙丁戊己庚, route: praise}\n",
        encoding="utf-8",
    )
    fig = run(path)
    assert fig.total == 2
    assert fig.hits == sum(hit for hit, _ in fig.per_key.values())
    assert sum(fig.confusions.values()) == fig.total - fig.hits == len(fig.misses)
    assert set(fig.per_key) == {"discipline_inspection", "praise"}


def test_the_report_rows_state_the_targets() -> None:
    fig = RouteFigure(total=4, hits=3, seconds=0.01, per_key={"praise": [2, 2], "petition": [1, 2]})
    fig.confusions[("petition", "hotline_12345")] += 1
    accuracy, recall = route_rows(fig)
    assert "accuracy **0.750** (3/4)" in accuracy[1] and accuracy[2] == "≥ 0.93"
    assert accuracy[3] == "missed by 0.180"
    assert (
        "**1/2** keys at target; lowest: petition 0.50" in recall[1] and recall[3] == "missed: 1 keys below"
    )
    assert "petition → hotline_12345 1" in "\n".join(route_details(fig))


def test_a_benchmark_message_copied_into_training_files_is_found(tmp_path) -> None:
    case = next(c for c in CASES if len(c.text) > 20)
    copied = case.text.replace(" ", "，") + "。"  # other marks, same words
    (tmp_path / "examples.yml").write_text(f"examples:\n- text: {copied}\n  route: x\n", encoding="utf-8")
    (tmp_path / "other.yml").write_text("- text: 我想问问怎么办居住证\n", encoding="utf-8")
    assert leaks(CASES, [tmp_path]) == [case.text]
    assert leaks(CASES, [tmp_path / "other.yml"]) == []
