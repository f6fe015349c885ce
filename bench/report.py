"""The benchmark table (Markdown) and the document around it: date, machine, commands, targets."""

from __future__ import annotations

import os
from pathlib import Path

from bench.citizens import served
from bench.conversations import TARGET_ALL_RIGHT
from bench.routes import TARGET_ACCURACY, TARGET_RECALL, RouteFigure
from bot.category_model.own_data import written_examples

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


def category_rows(results: dict) -> list[tuple[str, str, str, str]]:
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
    return out


def rows(results: dict) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    if "category" in results:
        out += category_rows(results)
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
                f"macro-F1 **{n.mean_f1:.3f}** mean of {len(n.split_f1) or 1} splits ("
                + " · ".join(f"seed {seed} {f:.3f}" for seed, f in n.split_f1 or ((42, n.f1),))
                + f"); seed 42: P {n.precision:.3f} · R {n.recall:.3f} · accuracy {n.accuracy:.3f}"
                f" · {n.test_examples} test examples · training {n.train_s:.0f} s",
                f"≥ {TARGETS['intent_f1']}",
                _miss(n.mean_f1, TARGETS["intent_f1"]),
            )
        )
    if "routes" in results:
        out += route_rows(results["routes"])
    if "conversations" in results:
        out.append(conversation_row(results["conversations"]))
    if "speed" in results:
        out += speed_rows(*results["speed"])
    return out


def conversation_row(c: dict) -> tuple[str, str, str, str]:
    kinds = " · ".join(f"{k} {v['share']:.0%}" for k, v in c["by_kind"].items())
    problems = c["crashes"] + c["questions_stored"] + c["corrections_damaging"]
    return (
        "conversations: every field right (tests/conversations)",
        f"**{c['all_right_share']:.3f}** ({c['all_right']}/{c['conversations']}); crashes {c['crashes']}, "
        f"questions stored {c['questions_stored']}, corrections damaging {c['corrections_damaging']}, "
        f"questions asked again {c.get('asked_again', 0)}; {kinds}",
        f"≥ {TARGET_ALL_RIGHT}, 0 crashes/questions stored/damaging corrections",
        "met" if c["all_right_share"] >= TARGET_ALL_RIGHT and not problems else "missed",
    )


def route_rows(fig: RouteFigure) -> list[tuple[str, str, str, str]]:
    low = fig.below_target()
    lowest = " · ".join(f"{k} {fig.recall(k):.2f}" for k in low[:5])
    return [
        (
            "route: code (+ variant) a lawyer gives",
            f"accuracy **{fig.accuracy:.3f}** ({fig.hits}/{fig.total}); {1000 * fig.seconds / fig.total:.1f} ms/msg",
            f"≥ {TARGET_ACCURACY}",
            _miss(fig.accuracy, TARGET_ACCURACY),
        ),
        (
            "route: recall of each route key",
            f"**{len(fig.per_key) - len(low)}/{len(fig.per_key)}** keys at target"
            + (f"; lowest: {lowest}" if low else ""),
            f"every key ≥ {TARGET_RECALL}",
            "met" if not low else f"missed: {len(low)} keys below",
        ),
    ]


def speed_rows(ours, stock) -> list[tuple[str, str, str, str]]:
    def ms(x: float) -> str:
        return f"{1000 * x:.0f} ms"

    o1, s1, on, sn = ours.one_user, stock.one_user, ours.many_users, stock.many_users
    ratio = o1.p95 / s1.p95 if s1.p95 else 0.0
    through = on.msgs_per_s / sn.msgs_per_s if sn.msgs_per_s else 0.0
    ok_one = o1.p95 < 0.1 and ratio <= 2
    return [
        (
            "speed, 1 user: p50 / p95 / p99",
            f"ours {ms(o1.p50)} / **{ms(o1.p95)}** / {ms(o1.p99)}; stock {ms(s1.p50)} / {ms(s1.p95)} / "
            f"{ms(s1.p99)}; ratio p95 {ratio:.1f}x",
            "p95 < 100 ms, ≤ 2x stock",
            "met" if ok_one else "missed",
        ),
        (
            "speed, 20 users, no think time",
            f"ours **{on.msgs_per_s:.1f} msg/s**, p95 {ms(on.p95)} ({on.errors} errors); stock "
            f"{sn.msgs_per_s:.1f} msg/s, p95 {ms(sn.p95)}; ratio {through:.2f}x",
            "≥ 0.6x stock",
            "met" if through >= 0.6 else f"missed by {0.6 - through:.2f}x",
        ),
        citizens_row(ours, stock),
        (
            "server CPU per message (20 users; /proc)",
            "ours " + _cpu(ours.cpu_ms) + "; stock " + _cpu(stock.cpu_ms),
            "",
            "",
        ),
        (
            "resident memory (MB)",
            "ours "
            + " + ".join(f"{v:.0f}" for v in ours.rss_mb.values() if v > 20)
            + f" = {sum(ours.rss_mb.values()):.0f}; stock {sum(stock.rss_mb.values()):.0f}",
            "",
            "",
        ),
        (
            "model size; training",
            f"ours {ours.model_mb:.1f} MB; stock {stock.model_mb:.1f} MB, `rasa init` incl. training "
            f"{stock.train_s:.0f} s",
            "",
            "",
        ),
    ]


def _cpu(by_process: dict[str, float]) -> str:
    parts = [f"{name.split(' ', 1)[1]} {ms:.1f} ms" for name, ms in by_process.items()]
    return (" + ".join(parts) + f" = **{sum(by_process.values()):.1f} ms**") if parts else "not measured"


def citizens_row(ours, stock) -> tuple[str, str, str, str]:
    n = served(ours.levels)
    runs = "; ".join(
        f"{lv.citizens} citizens: p95 {1000 * lv.p95:.0f} ms at {lv.msgs_per_s:.1f} msg/s"
        + (f", {lv.errors} errors" if lv.errors else "")
        for lv in ours.levels
    )
    return (
        "citizens per machine (1 msg / 15 s each, p95 < 1 s)",
        f"ours **{n}** measured (open loop, timed 60 s per level after a ramp of one conversation: {runs}); saturation bound (msg/s at 20 users × 15): "
        f"ours {ours.citizens}, stock {stock.citizens}",
        "≥ 300",
        "met" if n >= 300 else "missed",
    )


def route_details(fig: RouteFigure) -> list[str]:
    """Recall of every route key and the most frequent confusions, below the table."""
    keys = sorted(fig.per_key, key=lambda k: (fig.recall(k), k))
    out = [
        "",
        "Route recall by key: " + ", ".join(f"{k} {fig.recall(k):.2f} (n={fig.per_key[k][1]})" for k in keys),
    ]
    if fig.confusions:
        common = fig.confusions.most_common(12)
        out += [
            "",
            "Route confusions (expected → got, count): "
            + ", ".join(f"{a} → {b} {n}" for (a, b), n in common),
        ]
    return out


def what_was_tried(written: int) -> str:
    """bench/what_was_tried.md, with the count of written category examples filled in."""
    text = (Path(__file__).parent / "what_was_tried.md").read_text(encoding="utf-8")
    return text.replace("{written_examples}", f"{written:,}")


def render(results: dict, python: str) -> tuple[str, str]:
    lines = ["| measure | result | target | |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(results)]
    table = "\n".join(lines)
    details: list[str] = []
    if "places" in results and results["places"].misses:
        details += ["", "Place misses:", ""] + [f"- {m}" for m in results["places"].misses]
    if "routes" in results:
        details += route_details(results["routes"])
    if "nlu" in results:
        n = results["nlu"]
        details += [
            "",
            "Lowest intent F1 (seed 42): " + ", ".join(f"{i} {f:.2f} (n={s})" for i, f, s in n.worst),
        ]
        details += ["", "Intent commands (each split: the same with `--random-seed` 1, 7 and 13):", "", "```"]
        details += list(n.commands) + ["```"]
    if "speed" in results:
        details += ["", "Processes (resident MB):", ""]
        for bot in results["speed"]:
            details += [f"- {bot.name}: {name} — {mb:.0f}" for name, mb in bot.rss_mb.items()]
        details += [
            "",
            "Speed: REST channel `/webhooks/rest/webhook`, each user runs the whole scripted conversation "
            "(bench/speed.py) again and again with a new sender; this stack is started with "
            "`bench/stack.py running_stack` (as `make run`, throwaway SQLite) and the trained category "
            "model; the stock bot with `rasa init --no-prompt` + `rasa run`.",
        ]

    written = len(written_examples())  # reads every example file: once per report
    note = f"\nConditions: {results['note']}\n" if results.get("note") else ""
    document = f"""# Benchmarks

Measured {results["when"]} on {results["machine"]}, Python {python}. Regenerate with `make bench`
(`.venv/bin/python -m bench`); it is not part of `make test`.
{note}
{table}

- Category: `../shared/datasets/citizen-messages/eval.csv`, message body only, through
  `bot.domain.category.classify_category(text, matter=True)` (as the intake form classifies its issue_text), top class mapped
  to the board's 7 labels with `category-map.csv`; unmapped classes count as wrong. "sure" = share that
  `is_confident` would fill without asking, and how often those are right. Reference: a TF-IDF char
  1–3-gram LinearSVC on archive.csv scores {TARGETS["reference_svm"]}.
- Rows: the keyword lexicon alone; what the repository ships (`knowledge/category_examples/`, {written:,} messages
  written for the project, "letters" joined from them, lexicon phrases and `tell_problem` examples, trained by
  `make train`, mixed 0.9/0.1 with the lexicon); the model written by `python -m bot.ops.archive_import archive.csv --mapping
  category-map.csv` (archive, classes balanced, plus own examples of classes the archive lacks), mixed 0.6/0.2/0.2
  with the own-data model and the lexicon.
- Commands: `make bench` runs `.venv/bin/python -m bench` (options: `--skip-nlu`, `--skip-places`, `--skip-routes`,
  `--skip-category`, `--skip-conversations`, `--skip-speed`, `--only-speed`, `--seconds N`, `--out FILE`). The import it runs: `python -m bot.ops.archive_import
  ../shared/datasets/citizen-messages/archive.csv --mapping ../shared/datasets/citizen-messages/category-map.csv
  --output var/bench/category_imported.joblib --rejected-csv var/bench/archive_rejected.csv`.
- Routes: `bench/routes.yml` ({results["routes"].total if "routes" in results else "–"} first messages written
  for the project and never trained on, each labelled with the route a lawyer would give) through
  `bot.domain.routing.decide_route(text, category=…, legal_status=…)`, the optional fields given where a conversation
  would know them. A hit is the same code and, for litigation and administrative_review, the same variant;
  recall is counted per route key (`.venv/bin/python -m bench.routes --misses` lists every miss).
- Places: `bench/places.yml` ({results["places"].total if "places" in results else "–"} hand-written messages,
  every province) through `bot.gazetteer.resolve`.
- Conversations: `tests/conversations/` (whole conversations written for the project, never trained on) played
  through the REST channel of the real stack by `python -m bench.conversations`, judged by the cases filed: all
  right = no crash, the expected number of cases, every expected field and reply phrase right (README there).
{chr(10).join(details)}

{what_was_tried(written)}"""
    return table, document
