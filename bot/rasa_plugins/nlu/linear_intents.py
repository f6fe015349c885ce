"""TF-IDF logistic regression over characters 1-3 and words: the linear half of `IntentBlend`.

Fitted with scikit-learn; kept and applied as plain arrays, so a stored model is JSON and numbers only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

CHAR_NGRAMS = (1, 3)
FORMAT_VERSION = 1


@lru_cache(maxsize=1)
def char_analyzer() -> Callable[[str], list[str]]:
    """scikit-learn's own character n-gram analyzer (lower-cased, blanks collapsed)."""
    return TfidfVectorizer(analyzer="char", ngram_range=CHAR_NGRAMS, lowercase=True).build_analyzer()


def _as_is(words: Sequence[str]) -> Sequence[str]:
    return words


@dataclass
class TfIdf:
    """Sublinear TF-IDF with l2 rows over a fixed vocabulary, as scikit-learn's TfidfVectorizer applies it."""

    vocabulary: dict[str, int]
    idf: np.ndarray

    def row(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """One document's (columns, weights), the columns in the order the terms were first seen."""
        counts = Counter(self.vocabulary[t] for t in terms if t in self.vocabulary)
        if not counts:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        columns = np.fromiter(counts.keys(), dtype=np.int64)
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[columns]
        weights /= np.linalg.norm(weights)
        return columns, weights

    def transform(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        rows, cols, values = [], [], []
        for row, terms in enumerate(documents):
            columns, weights = self.row(terms)
            rows.extend([row] * len(columns))
            cols.extend(columns.tolist())
            values.extend(weights.tolist())
        shape = (len(documents), len(self.vocabulary))
        return sparse.csr_matrix((values, (rows, cols)), shape=shape)


@dataclass
class LinearIntentModel:
    intents: list[str]
    chars: TfIdf
    words: TfIdf
    coef: np.ndarray  # (intents, features)
    intercept: np.ndarray

    def features(self, texts: Sequence[str], words: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        analyze = char_analyzer()
        return sparse.hstack(
            [self.chars.transform([analyze(t) for t in texts]), self.words.transform(words)], format="csr"
        )

    def scores(self, text: str, words: Sequence[str]) -> np.ndarray:
        """`features([text], [words]) @ coef.T` without the sparse matrices, to the last bit.

        Per message, scipy built three sparse matrices and copied the whole transposed `coef` (intents ×
        ~40,000 features) for the product. Here: the same weights, the product's terms in the sparse row's
        order (columns ascending) summed one after another from zero as scipy's csr_matvecs sums them
        (numpy reduces along the outer axis in order); tests/unit/test_linear_intents_fast.py checks the
        equality bit for bit."""
        char_columns, char_weights = self.chars.row(char_analyzer()(text))
        word_columns, word_weights = self.words.row(words)
        columns = np.concatenate([char_columns, word_columns + len(self.chars.vocabulary)])
        weights = np.concatenate([char_weights, word_weights])
        order = np.argsort(columns, kind="stable")
        terms = self.coef.T[columns[order]] * weights[order, np.newaxis]
        return np.add.reduce(terms, axis=0, initial=0.0)

    def predict_proba(self, texts: Sequence[str], words: Sequence[Sequence[str]]) -> np.ndarray:
        """One row of intent probabilities (in `intents` order) per text."""
        products = [self.scores(text, said) for text, said in zip(texts, words, strict=True)]
        scores = np.array(products).reshape(len(texts), len(self.intents)) + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_parts(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta = {
            "format": FORMAT_VERSION,
            "intents": self.intents,
            "char_vocabulary": self.chars.vocabulary,
            "word_vocabulary": self.words.vocabulary,
        }
        arrays = {
            "char_idf": self.chars.idf,
            "word_idf": self.words.idf,
            "coef": self.coef,
            "intercept": self.intercept,
        }
        return meta, arrays

    @classmethod
    def from_parts(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> LinearIntentModel:
        if meta.get("format") != FORMAT_VERSION:
            raise ValueError(f"linear intent model format {meta.get('format')}, expected {FORMAT_VERSION}")
        return cls(
            intents=list(meta["intents"]),
            chars=TfIdf(dict(meta["char_vocabulary"]), arrays["char_idf"]),
            words=TfIdf(dict(meta["word_vocabulary"]), arrays["word_idf"]),
            coef=arrays["coef"],
            intercept=arrays["intercept"],
        )


def fit_linear_intents(
    texts: Sequence[str], words: Sequence[Sequence[str]], intents: Sequence[str], c: float = 30.0
) -> LinearIntentModel:
    """Fits the vectorizers and a multinomial logistic regression (C=`c`) on the examples."""

    char_vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=CHAR_NGRAMS, lowercase=True, sublinear_tf=True
    )
    word_vectorizer = TfidfVectorizer(analyzer=_as_is, sublinear_tf=True)
    features = sparse.hstack(
        [char_vectorizer.fit_transform(texts), word_vectorizer.fit_transform(words)], format="csr"
    )
    classifier = LogisticRegression(C=c, max_iter=5000).fit(features, list(intents))
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # binary: one row for the second class; softmax needs both
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearIntentModel(
        intents=[str(i) for i in classifier.classes_],
        chars=TfIdf({k: int(v) for k, v in char_vectorizer.vocabulary_.items()}, char_vectorizer.idf_),
        words=TfIdf({k: int(v) for k, v in word_vectorizer.vocabulary_.items()}, word_vectorizer.idf_),
        coef=coef,
        intercept=intercept,
    )
