"""How the category model's features were chosen: a body-only 75/25 split of archive.csv (never eval.csv).

    .venv/bin/python -m bench.category_tuning   # a few minutes; not part of make bench

Titles are left out of this split: a title of a held-out body could sit in the training part.
"""

from __future__ import annotations

import csv
import sys
import time

from bench.category import DATASET


def _split():
    from sklearn.model_selection import train_test_split

    from bot.category_model.model import prepare

    csv.field_size_limit(sys.maxsize)
    with (DATASET / "archive.csv").open(encoding="utf-8") as fh:
        bodies = [r for r in csv.DictReader(fh) if r["kind"] == "body"]
    labels = [r["category"] for r in bodies]
    train, held = train_test_split(bodies, test_size=0.25, random_state=0, stratify=labels)
    return ([prepare(r["text"]) for r in train], [r["category"] for r in train],
            [prepare(r["text"]) for r in held], [r["category"] for r in held])  # fmt: skip


def configs():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    from bot.category_model.model import build_pipeline, words

    def chars(lo: int, hi: int) -> TfidfVectorizer:
        return TfidfVectorizer(analyzer="char", ngram_range=(lo, hi), sublinear_tf=True)

    def word_vec() -> TfidfVectorizer:
        return TfidfVectorizer(
            tokenizer=words, token_pattern=None, ngram_range=(1, 2), sublinear_tf=True, min_df=2
        )

    yield "reference: chars 1-3, LinearSVC C=0.5", Pipeline([("f", chars(1, 3)), ("s", LinearSVC(C=0.5))])
    yield "chars 1-2, C=1", Pipeline([("f", chars(1, 2)), ("s", LinearSVC(C=1.0))])
    yield (
        "chars 1-2 + words 1-2, C=0.5",
        Pipeline([("f", FeatureUnion([("c", chars(1, 2)), ("w", word_vec())])), ("s", LinearSVC(C=0.5))]),
    )
    yield "shipped (bot.category_model.model.build_pipeline)", build_pipeline()


def main() -> None:
    from sklearn.metrics import f1_score

    x, y, xv, yv = _split()
    for name, pipeline in configs():
        started = time.perf_counter()
        pipeline.fit(x, y)
        f1 = f1_score(yv, pipeline.predict(xv), average="macro")
        print(f"{name}: macro-F1 {f1:.4f} ({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
