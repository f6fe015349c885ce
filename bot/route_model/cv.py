"""5-fold cross-validation of the route model on its own examples: `python -m bot.route_model.cv`.

Prints accuracy over route labels (code + variant) and over codes alone, the recall of every label, and the
most frequent confusions, so a new example file can be judged before it is committed.
"""

from __future__ import annotations

import sys
from collections import Counter

import numpy as np

from bot.route_model.examples import load_examples, model_text, split_label
from bot.route_model.train import train_route_model

FOLDS = 5


def cross_validate(folds: int = FOLDS, seed: int = 7, **overrides) -> tuple[list[str], list[str], list[str]]:
    """(texts, gold labels, predicted labels) with every example predicted by a model that never saw it."""
    from sklearn.model_selection import StratifiedKFold

    examples = load_examples()
    labels = np.array([e.label for e in examples])
    predicted = np.empty(len(examples), dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(labels)), labels):
        model = train_route_model([examples[i] for i in train_idx], **overrides)
        proba = model.proba([model_text(examples[i].text) for i in test_idx])
        predicted[test_idx] = [model.classes[j] for j in proba.argmax(axis=1)]
    return [e.text for e in examples], list(labels), list(predicted)


def report(gold: list[str], predicted: list[str]) -> str:
    n = len(gold)
    label_acc = sum(g == p for g, p in zip(gold, predicted, strict=True)) / n
    code_acc = sum(split_label(g)[0] == split_label(p)[0] for g, p in zip(gold, predicted, strict=True)) / n
    lines = [
        f"{FOLDS}-fold CV on {n} examples: route+variant accuracy {label_acc:.3f}, route accuracy {code_acc:.3f}"
    ]
    per_label = Counter(gold)
    right = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    for label in sorted(per_label):
        lines.append(f"  {label:40s} recall {right[label] / per_label[label]:.3f}  ({per_label[label]})")
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    lines.append("most frequent confusions (gold → predicted):")
    lines += [f"  {g} → {p}: {k}" for (g, p), k in confusions.most_common(10)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    texts, gold, predicted = cross_validate()
    print(report(gold, predicted))
    if "--errors" in args:
        for t, g, p in zip(texts, gold, predicted, strict=True):
            if g != p:
                print(f"{g} → {p}: {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
