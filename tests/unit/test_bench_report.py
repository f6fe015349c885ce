"""The benchmark report: its prose about what was tried comes from bench/what_was_tried.md, counts filled in."""

from __future__ import annotations

from bench.report import render, what_was_tried
from bot.category_model.own_data import written_examples


def test_what_was_tried_names_the_current_count_of_written_examples() -> None:
    text = what_was_tried(len(written_examples()))
    assert text.startswith("## Where targets are missed, and what was tried")
    assert "{written_examples}" not in text
    assert f"{len(written_examples()):,} examples written for the project" in text


def test_the_report_without_results_still_renders_every_section() -> None:
    table, document = render({"when": "2026-11-27 22:00 UTC", "machine": "2 CPUs"}, "3.10.13")
    assert document.startswith("# Benchmarks")
    assert "Measured 2026-11-27 22:00 UTC on 2 CPUs, Python 3.10.13" in document
    assert document.count("## Where targets are missed") == 1
    assert f"{len(written_examples()):,} messages" in document


def test_the_intent_target_is_judged_on_the_mean_of_the_splits() -> None:
    from bench.nlu import IntentFigure
    from bench.report import rows

    figure = IntentFigure(
        precision=0.96, recall=0.96, f1=0.957, accuracy=0.95, weighted_f1=0.95, test_examples=753,
        train_s=70.0, worst=(("deny", 0.86, 27),), commands=("python -m bot rasa data split nlu",),
        split_f1=((42, 0.957), (1, 0.929), (7, 0.944), (13, 0.942)),
    )  # fmt: skip
    assert abs(figure.mean_f1 - 0.943) < 1e-9
    [row] = [r for r in rows({"nlu": figure}) if r[0].startswith("intents")]
    assert "macro-F1 **0.943** mean of 4 splits" in row[1]
    assert "seed 1 0.929" in row[1]
    assert row[3] == "missed by 0.007"
