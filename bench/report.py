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
                f"P {n.precision:.3f} · R {n.recall:.3f} · macro-F1 **{n.f1:.3f}** · accuracy {n.accuracy:.3f}"
                f" · {n.test_examples} test examples · training {n.train_s:.0f} s",
                f"≥ {TARGETS['intent_f1']}",
                _miss(n.f1, TARGETS["intent_f1"]),
            )
        )
    if "speed" in results:
        out += speed_rows(*results["speed"])
    return out


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
    from bench.citizens import served

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
    if "speed" in results:
        details += ["", "Processes (resident MB):", ""]
        for bot in results["speed"]:
            details += [f"- {bot.name}: {name} — {mb:.0f}" for name, mb in bot.rss_mb.items()]
        details += [
            "",
            "Speed: REST channel `/webhooks/rest/webhook`, each user runs the whole scripted conversation "
            "(bench/speed.py) again and again with a new sender; this stack is started with "
            "`tests/e2e/harness.py running_stack` (as `make run`, throwaway SQLite) and the trained category "
            "model; the stock bot with `rasa init --no-prompt` + `rasa run`.",
        ]
    note = f"\nConditions: {results['note']}\n" if results.get("note") else ""
    document = f"""# Benchmarks

Measured {results["when"]} on {results["machine"]}, Python {python}. Regenerate with `make bench`
(`.venv/bin/python -m bench`); it is not part of `make test`.
{note}
{table}

- Category: `../shared/datasets/citizen-messages/eval.csv`, message body only, through
  `bot.category.classify_category(text, matter=True)` (as the intake form classifies its issue_text), top class mapped
  to the board's 7 labels with `category-map.csv`; unmapped classes count as wrong. "sure" = share that
  `is_confident` would fill without asking, and how often those are right. Reference: a TF-IDF char
  1–3-gram LinearSVC on archive.csv scores {TARGETS["reference_svm"]}.
- Rows: the keyword lexicon alone; what the repository ships (`knowledge/category_examples/`, 1,231 messages
  written for the project, "letters" joined from them, lexicon phrases and `tell_problem` examples, trained by
  `make train`, mixed 0.9/0.1 with the lexicon); the model written by `python -m bot.archive_import archive.csv --mapping
  category-map.csv` (archive, classes balanced, plus own examples of classes the archive lacks).
- Commands: `make bench` runs `.venv/bin/python -m bench` (options: `--skip-nlu`, `--skip-places`,
  `--skip-category`, `--skip-speed`, `--only-speed`, `--seconds N`, `--out FILE`). The import it runs: `python -m bot.archive_import
  ../shared/datasets/citizen-messages/archive.csv --mapping ../shared/datasets/citizen-messages/category-map.csv
  --output var/bench/category_imported.joblib --rejected-csv var/bench/archive_rejected.csv`.
- Places: `bench/places.yml` ({results["places"].total if "places" in results else "–"} hand-written messages,
  every province) through `bot.gazetteer.resolve`.
{chr(10).join(details)}

## Where targets are missed, and what was tried

- Category after import (target 0.92): the import trains chars 1–2 + jieba words 1–2 → LinearSVC (C 0.5,
  classes balanced) on bodies and titles. Run as the real command in 5-fold cross-validation over archive
  bodies (`python -m bench.category_tuning importcv`, the titles of held-out bodies left out, since about 38%
  of titles share an 8-character run with a body) it scores 0.923, above the target; on eval.csv it stays
  near 0.90, a gap between the archive and eval that tuning on the archive cannot close. Tried on that
  cross-validation, none better than the SVM alone: logistic regression 0.919, NB-SVM features 0.920, SGD
  0.919, averages of two or three of these 0.920–0.923, Complement NB averaged in 0.916, titles weighted
  0.3–1.5, chars 1–3, mixing in 10–30% of the own model, lexicon share 1.0. Training on all own examples
  as well cut an 80/20 archive split from 0.894 to 0.878, so the import adds own examples only for the
  classes the archive lacks. The board's labels overlap (城乡建设 / 商贸旅游).
- Category with own data only (target 0.85): 1,231 examples written for the project (one file per class,
  boundaries in `knowledge/category_examples/README.md`, 74 of them letter-length like a board post),
  plus "letters" joined from 2–4 written examples of one class between greetings and closings written for
  the project (`bot/category_model/augment.py`), lexicon phrases at weight 0.3 and lexicon-labelled NLU
  examples at 0.1; a LinearSVC (C 0.5) averaged 50/50 with a Complement naive Bayes. On archive bodies as a
  development set (never eval.csv) that went 0.825 → 0.843; each step added 0.002–0.005. No help (within
  ±0.002): splitting long posts into chunks (worse), chars 1–3, other C, class balancing, other weights for
  the "(none)" label or the letters, lexicon share 0.8 or 1.0, logistic regression. About 2% of bodies go
  to classes with no board label (经济管理, 农村农业, 组织人事); they are real classes of the bot's taxonomy
  and are not suppressed.
- Intents (target 0.95): from 0.797 by relabelling contradictory examples, clear boundaries (questions about
  the bot vs small talk, anonymity questions vs skipping, corrections vs answers, a yes-word after 不 is not
  affirm, a fault that names the field is a correction), written examples (`data/nlu/boundaries.yml` adds
  about 330 where cross-validation found intents thin, with traditional characters, dialect, emoji and Latin
  replies) and shape regex features; DIET 40 epochs. Held-out splits with other seeds (1, 7, 13) went from
  0.906 to 0.927 on average with the last data round; 3-fold cross-validation stayed at 0.894, and it moves
  about ±0.03 per intent from run to run. Rasa splits each intent separately, so adding examples reshuffles
  the test set. No help: 60 or 120 epochs, char_wb 1–4, logistic regression, a 256-unit layer, no hidden
  layers, word 1–2-grams, `connection_density` 1.0, a second round of examples. Rasa 3.6's `rasa test nlu`
  scores `nlu_fallback` as the top intent, so the FallbackClassifier does not change this figure. The errors
  left are mostly short answers (inform vs tell_problem), anonymity questions vs skipping, and one- or
  two-character replies; bag-of-n-gram features seem to have reached their limit here.
- Places: each miss above is listed with what the resolver returned.
- Speed: the stock bot runs first, this stack second, one after the other on the same machine. "Server CPU
  per message" is read from /proc during the 20-user run; it varies less with other load than the wall-clock
  figures do. Citizens per machine is measured with open-loop runs (bench/citizens.py): every citizen writes
  the next message of the script every 15 s, levels from 300 up by 150 (at most three) until p95 reaches 1 s or the level
  passes the saturation bound.
- Where the time went (py-spy on the Rasa server during the 20-user run) and what was done about it, in
  order. CPU ms per message of the Rasa server, measured as above while other work loaded the machine
  (load 4–5): 42 at the start of this round, then 31, 26, 27 (noise), 22; the stock server used 33 in the
  same conditions.
  1. First round: `jsonschema.validate` of every action-server answer (Rasa 3.6 rebuilds the validator on
     each call; half of the server's time), a new SQLite connection per session with an fsync per commit,
     and a walk over every `Event` subclass per stored event. `bot/nlu/speedups.py` installs a cached
     validator and an event-type table; the tracker store keeps its connections open, in WAL with
     `synchronous=NORMAL`.
  2. TED ran for every predicted action (a third of what was left), though in this bot a rule or the form
     decides almost every action with confidence 1.0, which TED (lower priority) cannot beat.
     `bot/policies.py` skips TED exactly then, never after a rejected action or for an end-to-end model;
     tests feed Rasa's own ensemble TED's real answer and the skipped one and check it picks the same.
  3. TensorFlow's per-call dispatch (canonicalising every input against the signature) was about half of
     each DIET or TED call: `bot/nlu/tf_predict.py` calls the one concrete function directly, with the same
     tensors (outputs identical, tested against Rasa's path).
  4. The tracker store counted the session's rows with an ORM query on every save and rebuilt its queries
     on every call (about a fifth of the time): the tracker now knows how many of its events are stored,
     the queries are Core statements built once, and a save is one multi-row INSERT. The rows are the same
     as Rasa's store writes (tested on SQLite; the PostgreSQL e2e runs the same code).
  What is left: DIET per message (featurising and TensorFlow, about a fifth), the action-server call with
  the whole tracker as JSON (about a tenth), RulePolicy's rule lookup (about a tenth), parsing and
  featurising with jieba.
"""
    return table, document
