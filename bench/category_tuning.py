"""Development figures for the category classifier on archive.csv (a department's archive; never eval.csv).

    .venv/bin/python -m bench.category_tuning features  # feature sets on a body-only 75/25 split
    .venv/bin/python -m bench.category_tuning lexicon   # keyword lexicon alone, all bodies
    .venv/bin/python -m bench.category_tuning own       # shipped path (lexicon + own-data model), all bodies
    .venv/bin/python -m bench.category_tuning import    # the import command on 80 % of bodies, scored on 20 %
    .venv/bin/python -m bench.category_tuning importcv  # the import command, 5-fold over bodies (+ titles)
    .venv/bin/python -m bench.category_tuning chatdev   # model shares on chat-style text (own examples, 5-fold)

Each takes a few minutes and is not part of make bench. Scores are 7-label macro-F1 through category-map.csv
(unmapped classes count as wrong). Titles are left out of the splits: a title of a held-out body could sit in
the training part.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from bench.category import DATASET, board_map
from bot.category_model.model import build_pipeline, prepare, words
from bot.category_model.own_data import own_examples_from, written_examples
from bot.category_model.own_model import build, train_own
from bot.domain.category import (
    CATEGORIES,
    IMPORTED_MODEL_SHARE,
    OWN_MODEL_SHARE_WITH_IMPORT,
    _model_proba,
    classify_category,
    load_lexicon,
)
from bot.domain.text import normalize_for_parsing
from bot.ops.archive_import import main as import_main
from bot.ops.archive_import import own_complement, read_archive, read_mapping, train_import
from bot.ops.settings import get_settings


def _split():
    csv.field_size_limit(sys.maxsize)
    with (DATASET / "archive.csv").open(encoding="utf-8") as fh:
        bodies = [r for r in csv.DictReader(fh) if r["kind"] == "body"]
    labels = [r["category"] for r in bodies]
    train, held = train_test_split(bodies, test_size=0.25, random_state=0, stratify=labels)
    return ([prepare(r["text"]) for r in train], [r["category"] for r in train],
            [prepare(r["text"]) for r in held], [r["category"] for r in held])  # fmt: skip


def configs():
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


def _bodies() -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with (DATASET / "archive.csv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["kind"] == "body"]


def board_f1(texts: list[str], gold: list[str], lexicon_only: bool = False) -> float:
    """7-label macro-F1 of classify_category's top class, as bench.category scores eval.csv."""
    mapping, lexicon = board_map(), load_lexicon() if lexicon_only else None
    pred = [mapping.get(classify_category(t, lexicon=lexicon)[0].name) or "(unmapped)" for t in texts]
    return f1_score(gold, pred, labels=sorted(set(gold)), average="macro")


def lexicon_figure() -> None:
    rows = _bodies()
    f1 = board_f1([r["text"] for r in rows], [r["category"] for r in rows], lexicon_only=True)
    print(f"keyword lexicon alone, {len(rows)} archive bodies: macro-F1 {f1:.4f}")


def own_figure() -> None:
    """The shipped path with no imported model, on every archive body (the own model never saw them)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CATEGORY_MODEL_PATH"] = str(Path(tmp) / "none.joblib")
        os.environ["CATEGORY_OWN_MODEL_PATH"] = str(Path(tmp) / "own.joblib")
        get_settings.cache_clear()  # the settings read the new paths
        build(force=True)
        rows = _bodies()
        f1 = board_f1([r["text"] for r in rows], [r["category"] for r in rows])
    print(f"own examples only (lexicon + own-data model), {len(rows)} archive bodies: macro-F1 {f1:.4f}")


def imported_f1(train: list[dict], texts: list[str], gold: list[str]) -> float:
    """Run `python -m bot.ops.archive_import` on `train` rows (written as a CSV) and score `texts` with its model."""
    with tempfile.TemporaryDirectory() as tmp:
        part, model = Path(tmp) / "train.csv", Path(tmp) / "model.joblib"
        with part.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["text", "category"])
            writer.writerows([r["text"], r["category"]] for r in train)
        args = [str(part), "--mapping", str(DATASET / "category-map.csv"), "--output", str(model)]
        import_main([*args, "--rejected-csv", str(Path(tmp) / "rejected.csv"), "--no-progress"])
        os.environ["CATEGORY_MODEL_PATH"] = str(model)
        get_settings.cache_clear()
        return board_f1(texts, gold)


def import_figure() -> None:
    """`python -m bot.ops.archive_import` on 80 % of the bodies, scored through classify_category on the rest."""
    rows = _bodies()
    train, held = train_test_split(
        rows, test_size=0.2, random_state=0, stratify=[r["category"] for r in rows]
    )
    f1 = imported_f1(train, [r["text"] for r in held], [r["category"] for r in held])
    print(f"after import of 80 % of the bodies, {len(held)} held-out bodies: macro-F1 {f1:.4f}")


def _grams(text: str, n: int = 8) -> set[str]:
    return {text[i : i + n] for i in range(len(text) - n + 1)}


def import_cv(k: int = 5) -> None:
    """5-fold over the bodies: import the other folds' bodies plus the titles, score the held-out fold.

    A title sharing an 8-character run with a held-out body is left out of that fold (it is most likely
    that message's own title, which eval.csv never has): with them the figure is about 0.02 too high."""

    csv.field_size_limit(sys.maxsize)
    with (DATASET / "archive.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    bodies = [r for r in rows if r["kind"] == "body"]
    titles = [(r, _grams(r["text"])) for r in rows if r["kind"] == "title"]
    gold, texts = [r["category"] for r in bodies], [r["text"] for r in bodies]
    scores = []
    for train, held in StratifiedKFold(k, shuffle=True, random_state=0).split(bodies, gold):
        seen = set().union(*(_grams(texts[i]) for i in held))
        part = [bodies[i] for i in train] + [r for r, g in titles if not g & seen]
        scores.append(imported_f1(part, [texts[i] for i in held], [gold[i] for i in held]))
        print(f"fold {len(scores)}: macro-F1 {scores[-1]:.4f}", flush=True)
    print(f"import, {k}-fold over {len(bodies)} bodies: mean macro-F1 {sum(scores) / len(scores):.4f}")


def _mix_inputs(model, texts: list[str]):
    """Rows of class probabilities in CATEGORIES order as classify_category(matter=True) mixes them."""
    rows = [_model_proba(model, normalize_for_parsing(t).lower(), matter=True) for t in texts]
    return np.array([[r.get(n, 0.0) for n in CATEGORIES] for r in rows])


def _train_fold(written: list, held: list[str], archive):
    """The own model and the import trained as the project does, without the held-out texts (nor the letters
    joined from them): own examples rebuilt from `written`; the archive plus own examples of its missing classes."""

    gone = {prepare(t) for t in held}
    own = [e for e in own_examples_from(written) if prepare(e.text) not in gone]
    return train_import(archive, own_complement(archive, own)), train_own(own)


def chat_dev(k: int = 5) -> None:
    """Shares of the imported model (a), the own model (b) and the keywords (1-a-b) on chat-style text.

    Development set: the written examples of classes with a board label (chat-like, never eval.csv), 5-fold.
    Each fold trains both models without its examples, then scores the fold for every (a, b)."""

    mapping, lexicon = board_map(), load_lexicon()
    written = written_examples()
    dev = [i for i, e in enumerate(written) if mapping.get(e.category)]
    texts, classes = [written[i].text for i in dev], [written[i].category for i in dev]
    gold = np.array([mapping[c] for c in classes])
    archive = read_archive(
        DATASET / "archive.csv", read_mapping(DATASET / "category-map.csv"), progress=False
    )
    keywords = [{s.name: s.score for s in classify_category(t, lexicon=lexicon)} for t in texts]
    keywords = np.array([[row[n] for n in CATEGORIES] for row in keywords])
    shares = {(a / 10, b / 10) for a in range(11) for b in range(11 - a)}
    shares.add((IMPORTED_MODEL_SHARE, OWN_MODEL_SHARE_WITH_IMPORT))
    board = np.array([mapping.get(n) or "(unmapped)" for n in CATEGORIES])
    scores: dict[tuple[float, float], list[float]] = {s: [] for s in sorted(shares)}
    for train, held in StratifiedKFold(k, shuffle=True, random_state=0).split(texts, classes):
        kept = {dev[i] for i in train} | {i for i, e in enumerate(written) if not mapping.get(e.category)}
        part = [e for i, e in enumerate(written) if i in kept]
        imported, own = _train_fold(part, [texts[i] for i in held], archive)
        fold = [texts[i] for i in held]
        p_imp, p_own = _mix_inputs(imported, fold), _mix_inputs(own, fold)
        for a, b in scores:
            pred = board[(a * p_imp + b * p_own + (1 - a - b) * keywords[held]).argmax(axis=1)]
            scores[(a, b)].append(f1_score(gold[held], pred, labels=sorted(set(gold)), average="macro"))
        now = scores[(IMPORTED_MODEL_SHARE, OWN_MODEL_SHARE_WITH_IMPORT)][-1]
        print(f"fold {len(scores[(0.0, 0.0)])}: shipped shares {now:.4f}", flush=True)
    print(f"{len(dev)} written examples, {k}-fold; import a, own model b, keywords 1-a-b: mean macro-F1")
    for (a, b), f in sorted(scores.items(), key=lambda kv: -sum(kv[1])):
        print(f"  a {a:.1f}  b {b:.1f}: {sum(f) / k:.4f}  ({' '.join(f'{x:.3f}' for x in f)})")


def features() -> None:
    x, y, xv, yv = _split()
    for name, pipeline in configs():
        started = time.perf_counter()
        pipeline.fit(x, y)
        f1 = f1_score(yv, pipeline.predict(xv), average="macro")
        print(f"{name}: macro-F1 {f1:.4f} ({time.perf_counter() - started:.0f} s)", flush=True)


def main(argv: list[str] | None = None) -> None:
    what = (argv if argv is not None else sys.argv[1:]) or ["features"]
    runs = {"features": features, "lexicon": lexicon_figure, "own": own_figure, "import": import_figure}
    runs["importcv"], runs["chatdev"] = import_cv, chat_dev
    for name in what:
        runs[name]()


if __name__ == "__main__":
    main()
