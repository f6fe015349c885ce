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
