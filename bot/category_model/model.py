"""Fit and apply the category model: TF-IDF of char and jieba-word n-grams → LinearSVC → softmax with a fitted temperature.

Optionally averaged with a Complement naive Bayes on the same features (`nb_share`): NB weighs every word of a
long letter, the SVM the few decisive ones, and the short own examples generalise better to long posts with both.
The temperature is chosen on a held-out fifth of the data (lowest log-loss), so a score of 0.6 means roughly
"right six times in ten" and `bot.domain.category.is_confident` (top ≥ 0.6 and margin ≥ 0.2, or margin ≥ 0.4) keeps its meaning.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from bot.domain.text import normalize_for_parsing

# chosen on a body-only split of archive.csv (never on eval.csv): chars 1-2 + words 1-2 beat chars 1-3
CHAR_NGRAMS = (1, 2)
WORD_NGRAMS = (1, 2)
SVM_C = 1.0
MIN_DF = 2  # an n-gram seen once says little, and fewer features keep one prediction under a few ms
SMALL_DATA = 5000  # below this many rows (the project's own examples) every n-gram counts: min_df 1
NB_ALPHA = 0.1
MEMO_SIZE = 512  # stories remembered per model (each row is a few hundred bytes)
TEMPERATURES = tuple(round(0.5 * 1.25**i, 3) for i in range(22))  # 0.5 … ~54


@dataclass
class CategoryModel:
    pipeline: object  # sklearn Pipeline (vectorizer + LinearSVC)
    classes: tuple[str, ...]
    temperature: float
    info: dict = field(default_factory=dict)
    nb: object | None = None  # sklearn ComplementNB on the pipeline's features, or None
    nb_share: float = 0.0

    def proba(self, texts: Sequence[str]) -> np.ndarray:
        """Rows of class probabilities (columns in `classes` order). One text's row is remembered: a turn asks the
        category (and the route) of the same story several times."""
        if len(texts) == 1:
            memo = self.__dict__.setdefault("_memo", {})
            row = memo.get(texts[0])
            if row is None:
                row = memo[texts[0]] = self._proba(texts)
                row.setflags(write=False)  # shared by every caller: read only
                if len(memo) > MEMO_SIZE:
                    del memo[next(iter(memo))]  # the oldest first: dicts keep insertion order
            return row
        return self._proba(texts)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_memo"}  # never saved with the model

    def _proba(self, texts: Sequence[str]) -> np.ndarray:
        prepared = [prepare(t) for t in texts]
        features = self.pipeline.named_steps["features"].transform(prepared)
        svm = softmax(self.pipeline.named_steps["svm"].decision_function(features), self.temperature)
        if self.nb is None or not self.nb_share:
            return svm
        return (1 - self.nb_share) * svm + self.nb_share * self.nb.predict_proba(features)


def prepare(text: str) -> str:
    """The same normalisation as the keyword path: half-width, simplified, lower case."""
    return normalize_for_parsing(text or "").lower()


def softmax(decision: np.ndarray, temperature: float) -> np.ndarray:
    decision = np.asarray(decision, dtype=float)
    if decision.ndim == 1:  # two classes: LinearSVC gives one column, the score of the second class
        decision = np.column_stack([-decision / 2, decision / 2])
    z = decision * temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def words(text: str) -> list[str]:
    """jieba words (default dictionary, so the model does not depend on the generated user dictionary)."""
    import jieba  # late: importing jieba takes ~0.7 s

    jieba.setLogLevel(60)
    return jieba.lcut(text)


def content_words(text: str) -> list[str]:
    """`words` of two or more characters: one-character words are mostly particles and pronouns (的, 了, 我),
    which the char n-grams hold anyway; without them the word bigrams join content words.

    Own model on archive bodies as a dev set: 0.843 → 0.849; the imported model: 0.923 → 0.922 (5-fold), so
    only the own model uses it."""
    return [w for w in words(text) if len(w) >= 2]


def build_pipeline(c: float = SVM_C, min_df: int = MIN_DF, content: bool = False):
    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(analyzer="char", ngram_range=CHAR_NGRAMS, sublinear_tf=True, min_df=min_df),
            ),
            (
                "words",
                TfidfVectorizer(
                    tokenizer=content_words if content else words,
                    token_pattern=None,
                    ngram_range=WORD_NGRAMS,
                    sublinear_tf=True,
                    min_df=min_df,
                ),
            ),
        ]
    )
    return Pipeline([("features", features), ("svm", LinearSVC(C=c))])


def fit_temperature(decision: np.ndarray, labels: Sequence[int]) -> float:
    """The softmax temperature with the lowest log-loss on held-out decision values."""
    idx = np.arange(len(labels))
    best, best_loss = 1.0, math.inf
    for t in TEMPERATURES:
        p = softmax(decision, t)[idx, np.asarray(labels)]
        loss = float(-np.log(np.clip(p, 1e-12, 1.0)).mean())
        if loss < best_loss:
            best, best_loss = t, loss
    return best


def train_model(
    texts: Sequence[str],
    labels: Sequence[str],
    weights: Sequence[float] | None = None,
    seed: int = 42,
    c: float = SVM_C,
    nb_share: float = 0.0,
    content: bool = False,
) -> CategoryModel:
    """Fit on all rows (weighted by `weights`); calibrate the temperature on a stratified held-out split first.

    With `nb_share` > 0 a Complement naive Bayes on the same features is fitted too and averaged in; with
    `content` the word features use `content_words`."""

    if len(texts) != len(labels) or not texts:
        raise ValueError("texts and labels must be non-empty and of the same length")
    classes = tuple(sorted(set(labels)))
    if len(classes) < 2:
        raise ValueError("need at least two classes to train")
    min_df = 1 if len(texts) < SMALL_DATA else MIN_DF
    settings = {"c": c, "min_df": min_df, "content": content}
    y = np.array([classes.index(label) for label in labels])
    w = np.ones(len(texts)) if weights is None else np.asarray(weights, dtype=float)
    x = np.array([prepare(t) for t in texts], dtype=object)
    counts = np.bincount(y)
    temperature = 1.0
    if len(texts) >= 20:
        strat = y if counts.min() >= 2 else None
        tr, ho = train_test_split(np.arange(len(y)), test_size=0.2, random_state=seed, stratify=strat)
        if len(set(y[tr])) == len(classes):
            probe = build_pipeline(**settings).fit(x[tr], y[tr], svm__sample_weight=w[tr])
            temperature = fit_temperature(probe.decision_function(x[ho]), y[ho])
    pipeline = build_pipeline(**settings).fit(x, y, svm__sample_weight=w)
    nb = None
    if nb_share > 0:
        features = pipeline.named_steps["features"].transform(x)
        nb = ComplementNB(alpha=NB_ALPHA).fit(features, y, sample_weight=w)
    info = {"rows": len(texts), "per_class": {c: int(n) for c, n in zip(classes, counts, strict=True)}}
    return CategoryModel(pipeline, classes, temperature, info, nb=nb, nb_share=nb_share if nb else 0.0)
