"""The benchmark table (Markdown) and the document around it: date, machine, commands, targets."""

from __future__ import annotations

import os
from pathlib import Path

TARGETS = {
    "own": 0.85,
    "imported": 0.92,
    "reference_svm": 0.888,
    "intent_f1": 0.95,
    "place_exact": 0.95,
}


def machine() -> str:
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return f"{os.cpu_count()} CPUs, {mem_kb / 1024 / 1024:.1f} GiB RAM, load {load:.1f} at start"


def _miss(value: float, target: float) -> str:
    return "met" if value >= target else f"missed by {target - value:.3f}"


def rows(results: dict) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    cats = results["category"]
    for fig, target in zip(cats, (TARGETS["own"], TARGETS["own"], TARGETS["imported"]), strict=True):
        out.append(
            (
                f"category: {fig.name}",
                f"accuracy {fig.accuracy:.3f} · macro-F1 **{fig.macro_f1:.3f}** · sure {fig.confident_share:.0%}"
                f" (right {fig.confident_accuracy:.0%}) · {1000 * fig.seconds / 2241:.1f} ms/msg",
                f"≥ {target}",
                _miss(fig.macro_f1, target),
            )
        )
    info = results["category_info"]
    out.append(
        (
            "category: import + training",
            f"{info['import_s']:.0f} s (archive + own examples), model {info['model_bytes'] / 1e6:.1f} MB",
            "",
            "",
        )
    )
    if "places" in results:
        p = results["places"]
        out.append(
            (
                "place: exact division code",
                f"**{p.exact_share:.3f}** ({p.exact}/{p.expected_codes}); ambiguous asked "
                f"{p.ambiguous_ok}/{p.expected_ambiguous}; {1000 * p.seconds / p.total:.1f} ms/msg",
                f"≥ {TARGETS['place_exact']}",
                _miss(p.exact_share, TARGETS["place_exact"]),
            )
        )
    if "nlu" in results:
        n = results["nlu"]
        out.append(
            (
                "intents: held-out 20 % of data/nlu",
                f"P {n.precision:.3f} · R {n.recall:.3f} · macro-F1 **{n.f1:.3f}** · accuracy {n.accuracy:.3f}"
                f" · {n.test_examples} test examples · training {n.train_s:.0f} s",
                f"≥ {TARGETS['intent_f1']}",
                _miss(n.f1, TARGETS["intent_f1"]),
            )
        )
    return out


def render(results: dict, python: str) -> tuple[str, str]:
    lines = ["| measure | result | target | |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(results)]
    table = "\n".join(lines)
    details: list[str] = []
    if "places" in results and results["places"].misses:
        details += ["", "Place misses:", ""] + [f"- {m}" for m in results["places"].misses]
    if "nlu" in results:
        n = results["nlu"]
        details += ["", "Lowest intent F1: " + ", ".join(f"{i} {f:.2f} (n={s})" for i, f, s in n.worst)]
        details += ["", "Intent commands:", "", "```"] + list(n.commands) + ["```"]
    note = f"\nConditions: {results['note']}\n" if results.get("note") else ""
    document = f"""# Benchmarks

Measured {results["when"]} on {results["machine"]}, Python {python}. Regenerate with `make bench`
(`.venv/bin/python -m bench`); it is not part of `make test`.
{note}
{table}

- Category: `../shared/datasets/citizen-messages/eval.csv`, message body only, through
  `bot.category.classify_category` (the function that fills `category` in a conversation), top class mapped
  to the board's 7 labels with `category-map.csv`; unmapped classes count as wrong. "sure" = share that
  `is_confident` would fill without asking, and how often those are right. Reference: a TF-IDF char
  1–3-gram LinearSVC on archive.csv scores {TARGETS["reference_svm"]}.
- Rows: the keyword lexicon the repository ships; a model trained on the project's own examples only
  (lexicon phrases + `tell_problem` examples the lexicon labels confidently); the model written by
  `python -m bot.archive_import archive.csv --mapping category-map.csv` (archive + own examples).
- Places: `bench/places.yml` ({results["places"].total if "places" in results else "–"} hand-written messages,
  every province) through `bot.gazetteer.resolve`.
{chr(10).join(details)}
"""
    return table, document
