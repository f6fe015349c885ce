"""Route figures on bench/routes.yml through `bot.domain.routing.decide_route`: accuracy, recall per route key, confusions.

A hit is the same code and, for litigation and administrative_review, the same variant (None included: a plain
fine is not a 复议前置 case). For hotline_12345 the sector variant is recorded in the file but not scored.
Run alone: `.venv/bin/python -m bench.routes [--misses]`; `--leaks DIR…` checks that no benchmark message is
in the given training files (run it on the route model's examples before each training).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.domain.category import CATEGORIES
from bot.domain.knowledge import ROUTE_CODES, ROUTE_VARIANTS
from bot.domain.routing import LEGAL_STATUSES, decide_route
from bot.route_model.examples import model_text

CASES = Path(__file__).resolve().parent / "routes.yml"
TARGET_ACCURACY = 0.93
TARGET_RECALL = 0.85
MIN_PER_KEY = 15
LEAK_MIN_CHARS = 12  # shorter runs turn up in unrelated messages by chance

# A litigation label always names its variant (each gives different advice); other codes may go without one.
VARIANT_REQUIRED = frozenset({"litigation"})
SCORED_VARIANTS = frozenset({"litigation", "administrative_review"})


def route_key(code: str, variant: str | None) -> str:
    """What recall is counted by: code/variant where the variant is scored, else the code."""
    return f"{code}/{variant}" if code in SCORED_VARIANTS and variant else code


def label_variants(code: str) -> tuple[str | None, ...]:
    """The variants a label of this code may carry (None: no variant); () for an unknown code."""
    if code not in ROUTE_CODES:
        return ()
    variants = ROUTE_VARIANTS.get(code, ())
    return variants if code in VARIANT_REQUIRED else (None, *variants)


def route_keys() -> list[str]:
    """Every key recall is counted by (the hotline's sectors fold into one key)."""
    return sorted({route_key(code, v) for code in ROUTE_CODES for v in label_variants(code)})


@dataclass(frozen=True)
class RouteCase:
    text: str
    code: str
    variant: str | None
    legal_status: str | None = None
    category: str | None = None

    @property
    def key(self) -> str:
        return route_key(self.code, self.variant)


def load_cases(path: Path = CASES) -> list[RouteCase]:
    out = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["routes"]:
        code, _, variant = str(item["route"]).partition("/")
        out.append(
            RouteCase(
                str(item["text"]), code, variant or None, item.get("legal_status"), item.get("category")
            )
        )
    return out


def problems(cases: list[RouteCase]) -> list[str]:
    """What makes the file unfit to score: unknown labels, too few items per key, duplicate texts."""
    found = []
    for case in cases:
        if case.variant not in label_variants(case.code):
            found.append(f"unknown route {case.code}/{case.variant}: {case.text}")
        if case.legal_status is not None and case.legal_status not in LEGAL_STATUSES:
            found.append(f"unknown legal_status {case.legal_status}: {case.text}")
        if case.category is not None and case.category not in CATEGORIES:
            found.append(f"unknown category {case.category}: {case.text}")
        if not case.text.strip():
            found.append("empty text")
    counts = Counter(c.key for c in cases)
    found += [
        f"{key}: {counts[key]} items < {MIN_PER_KEY}" for key in route_keys() if counts[key] < MIN_PER_KEY
    ]
    found += [f"duplicate text: {t}" for t, n in Counter(c.text for c in cases).items() if n > 1]
    return found


@dataclass
class RouteFigure:
    total: int = 0
    hits: int = 0
    seconds: float = 0.0
    per_key: dict[str, list[int]] = field(default_factory=dict)  # key → [hits, items]
    confusions: Counter = field(default_factory=Counter)  # (expected key, got key) → count
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def recall(self, key: str) -> float:
        hit, n = self.per_key.get(key, (0, 0))
        return hit / n if n else 0.0

    def below_target(self) -> list[str]:
        """Route keys whose recall misses the target, lowest first."""
        low = [k for k in self.per_key if self.recall(k) < TARGET_RECALL]
        return sorted(low, key=lambda k: (self.recall(k), k))

    @property
    def met(self) -> bool:
        return self.accuracy >= TARGET_ACCURACY and not self.below_target()


def is_hit(case: RouteCase, code: str, variant: str | None) -> bool:
    return code == case.code and (case.code not in SCORED_VARIANTS or variant == case.variant)


def run(path: Path = CASES) -> RouteFigure:
    cases = load_cases(path)
    fig = RouteFigure(total=len(cases))
    decide_route("预热")  # load whatever the router needs outside the timing
    started = time.perf_counter()
    for case in cases:
        got = decide_route(case.text, category=case.category, legal_status=case.legal_status)
        hit = is_hit(case, got.code, got.variant)
        counts = fig.per_key.setdefault(case.key, [0, 0])
        counts[0] += hit
        counts[1] += 1
        fig.hits += hit
        if not hit:
            got_key = route_key(got.code, got.variant)
            fig.confusions[(case.key, got_key)] += 1
            fig.misses.append(f"{case.text} → {got_key} (expected {case.key}; {got.reason})")
    fig.seconds = time.perf_counter() - started
    return fig


def summary(fig: RouteFigure, confusions: int = 15) -> str:
    """Plain-text figures beside their targets, for the terminal."""
    lines = [
        f"routes: {fig.total} messages, accuracy {fig.accuracy:.3f} (target ≥ {TARGET_ACCURACY}) "
        f"{'met' if fig.accuracy >= TARGET_ACCURACY else 'missed'}; "
        f"{len(fig.below_target())} of {len(fig.per_key)} route keys below recall {TARGET_RECALL}",
        "",
        f"{'route key':42} recall   (hits/items)",
    ]
    for key in sorted(fig.per_key, key=lambda k: (fig.recall(k), k)):
        hit, n = fig.per_key[key]
        mark = "" if fig.recall(key) >= TARGET_RECALL else "  < target"
        lines.append(f"{key:42} {fig.recall(key):.3f}  ({hit}/{n}){mark}")
    lines += ["", "most frequent confusions (expected → got):"]
    lines += [f"  {n:3}  {a} → {b}" for (a, b), n in fig.confusions.most_common(confusions)]
    return "\n".join(lines)


def leaks(cases: list[RouteCase], roots: list[Path]) -> list[str]:
    """Benchmark texts found (marks and spaces aside) in the text files under `roots`, e.g. the route model's
    training examples. Any hit means the benchmark is being trained on. Only our own texts are returned."""
    corpus = "\n".join(
        model_text(f.read_text(encoding="utf-8", errors="ignore"))
        for root in roots
        for f in sorted(root.rglob("*") if root.is_dir() else [root])
        if f.is_file() and f.suffix in {".yml", ".yaml", ".md", ".txt", ".csv", ".json", ".py"}
    )
    return [
        c.text for c in cases if len(model_text(c.text)) >= LEAK_MIN_CHARS and model_text(c.text) in corpus
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.routes")
    parser.add_argument("--misses", action="store_true", help="also list every missed message")
    parser.add_argument("--file", type=Path, default=CASES)
    parser.add_argument(
        "--leaks",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="only check that no benchmark text is in these files",
    )
    args = parser.parse_args(argv)
    if args.leaks:
        found = leaks(load_cases(args.file), args.leaks)
        print(f"{len(found)} benchmark messages found in {', '.join(map(str, args.leaks))}")
        print("\n".join(found))
        return 1 if found else 0
    fig = run(args.file)
    print(summary(fig))
    if args.misses:
        print("\nmisses:\n" + "\n".join(fig.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
