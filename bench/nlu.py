"""Intent precision/recall/F1 from `rasa test nlu` on held-out splits of data/nlu (training never sees them).

`rasa data split nlu` (80/20) into a temp dir, `rasa train nlu` on the train part with config.yml,
`rasa test nlu` on the test part. Commands go through `python -m bot rasa` like the Makefile's.
One split moves macro-F1 by about ±0.015 (Rasa draws each intent's test part anew whenever examples are
added), so the figure compared with the target is the mean over four splits (seeds 42, 1, 7, 13); the
details (precision, recall, lowest intents) are those of seed 42.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class IntentFigure:
    precision: float  # macro average over intents
    recall: float
    f1: float
    accuracy: float
    weighted_f1: float
    test_examples: int
    train_s: float
    worst: tuple[tuple[str, float, int], ...]  # (intent, f1, support), lowest F1 first
    commands: tuple[str, ...]
    split_f1: tuple[tuple[int, float], ...] = ()  # (seed, macro-F1) of every split run

    @property
    def mean_f1(self) -> float:
        return sum(f for _, f in self.split_f1) / len(self.split_f1) if self.split_f1 else self.f1


def _rasa(*args: str, cache: Path) -> str:
    cmd = [sys.executable, "-m", "bot", "rasa", *args]
    # a fresh cache: the training time is a cold one, not components reused from .rasa/cache
    env = dict(os.environ, RASA_CACHE_DIRECTORY=str(cache), RASA_TELEMETRY_ENABLED="false")
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True, env=env)
    return "python -m bot rasa " + " ".join(args)


def run(fraction: float = 0.8, seed: int = 42) -> IntentFigure:
    with tempfile.TemporaryDirectory(prefix="bench-nlu-") as tmp:
        split, out, models = Path(tmp, "split"), Path(tmp, "results"), Path(tmp, "models")
        cache = Path(tmp, "cache")
        commands = [
            _rasa("data", "split", "nlu", "--nlu", "data/nlu", "--out", str(split),
                  "--training-fraction", str(fraction), "--random-seed", str(seed), cache=cache)
        ]  # fmt: skip
        started = time.perf_counter()
        commands.append(
            _rasa("train", "nlu", "--nlu", str(split / "training_data.yml"), "--config", "config.yml",
                  "--out", str(models), "--fixed-model-name", "nlu-bench", cache=cache)
        )  # fmt: skip
        train_s = time.perf_counter() - started
        commands.append(
            _rasa("test", "nlu", "--nlu", str(split / "test_data.yml"), "--model",
                  str(models / "nlu-bench.tar.gz"), "--out", str(out), "--no-plot", cache=cache)
        )  # fmt: skip
        report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    macro, weighted = report["macro avg"], report["weighted avg"]
    per_intent = [
        (name, float(v["f1-score"]), int(v["support"]))
        for name, v in report.items()
        if isinstance(v, dict) and name not in ("macro avg", "weighted avg", "micro avg")
    ]
    return IntentFigure(
        precision=macro["precision"],
        recall=macro["recall"],
        f1=macro["f1-score"],
        accuracy=float(report.get("accuracy", report.get("micro avg", {}).get("f1-score", 0.0))),
        weighted_f1=weighted["f1-score"],
        test_examples=int(macro["support"]),
        train_s=train_s,
        worst=tuple(sorted(per_intent, key=lambda r: r[1])[:5]),
        commands=tuple(c.replace(tmp, "$TMP") for c in commands),
    )


SEEDS = (42, 1, 7, 13)


def run_splits(seeds: tuple[int, ...] = SEEDS, fraction: float = 0.8) -> IntentFigure:
    """The first seed's figure, with the macro-F1 of every seed's split."""
    figures = [run(fraction, seed) for seed in seeds]
    return replace(figures[0], split_f1=tuple((s, f.f1) for s, f in zip(seeds, figures, strict=True)))


if __name__ == "__main__":
    print(run_splits())
