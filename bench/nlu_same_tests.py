"""Did examples added to data/nlu since REV change intent F1, on the SAME held-out examples?

bench.nlu draws each seed's test part anew whenever examples are added, so its figure moves by the split alone.
Here, for each of bench.nlu's seeds: split data/nlu as it was at REV, train on that training part (A) and on it
plus every example added since (B; the test part's texts left out), and test both on REV's test part.

    python -m bench.nlu_same_tests --before 9949d9e~1     (8 trainings: about 15 minutes on a quiet machine)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.training_data import TrainingData

from bench.nlu import ROOT, SEEDS, _rasa


def _macro_f1(tmp: Path, name: str, train: Path, test: Path, cache: Path) -> float:
    models, out = tmp / f"models-{name}", tmp / f"out-{name}"
    _rasa("train", "nlu", "--nlu", str(train), "--config", "config.yml", "--out", str(models),
          "--fixed-model-name", "m", cache=cache)  # fmt: skip
    _rasa("test", "nlu", "--nlu", str(test), "--model", str(models / "m.tar.gz"), "--out", str(out), "--no-plot",
          cache=cache)  # fmt: skip
    return json.loads((out / "intent_report.json").read_text(encoding="utf-8"))["macro avg"]["f1-score"]


def compare(before: str, seed: int) -> tuple[int, float, float]:
    """(examples added, macro-F1 without them, with them) on the test part of `before`'s split."""
    with tempfile.TemporaryDirectory(prefix="nlu-same-tests-") as name:
        tmp = Path(name)
        cache, old, split = tmp / "cache", tmp / "old", tmp / "split"
        old.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", before, "data/nlu"], check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        _rasa("data", "split", "nlu", "--nlu", str(old / "data/nlu"), "--out", str(split), "--training-fraction",
              "0.8", "--random-seed", str(seed), cache=cache)  # fmt: skip
        test_texts = {m.get("text") for m in load_data(str(split / "test_data.yml")).intent_examples}
        old_texts = {m.get("text") for m in load_data(str(old / "data/nlu")).intent_examples}
        added = [
            m
            for m in load_data(str(ROOT / "data/nlu")).intent_examples
            if m.get("text") not in old_texts and m.get("text") not in test_texts
        ]
        with_added = load_data(str(split / "training_data.yml")).merge(TrainingData(training_examples=added))
        (tmp / "with_added.yml").write_text(with_added.nlu_as_yaml(), encoding="utf-8")
        test = split / "test_data.yml"
        without = _macro_f1(tmp, "without", split / "training_data.yml", test, cache)
        return len(added), without, _macro_f1(tmp, "with", tmp / "with_added.yml", test, cache)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.nlu_same_tests", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--before", required=True, help="the revision whose data/nlu is split (e.g. 9949d9e~1)"
    )
    args = parser.parse_args(argv)
    rows = [(seed, *compare(args.before, seed)) for seed in SEEDS]
    for seed, added, without, with_added in rows:
        print(f"seed {seed}: {added} examples added; macro-F1 {without:.4f} without, {with_added:.4f} with")
    mean = [sum(r[i] for r in rows) / len(rows) for i in (2, 3)]
    print(f"mean over {len(rows)} seeds: {mean[0]:.4f} without, {mean[1]:.4f} with")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
