"""Predicting through the kept concrete function gives exactly what Rasa's `_rasa_predict` gives."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from rasa.shared.constants import DIAGNOSTIC_DATA
from rasa.utils.tensorflow.models import RasaModel

from bot.rasa_plugins.patches import tf_predict


class TinyModel:
    """What `RasaModel._rasa_predict` needs: a predict step over a list of arrays, built on first call."""

    _dynamic_signature = staticmethod(RasaModel._dynamic_signature)
    _empty_lists_to_none_in_dict = staticmethod(RasaModel._empty_lists_to_none_in_dict)

    def __init__(self) -> None:
        self.prepared_for_prediction, self._run_eagerly, self._tf_predict_step = True, False, None
        self.weights = tf.constant(np.linspace(-1.0, 1.0, 12, dtype=np.float32).reshape(4, 3))
        self.traces = 0

    def predict_step(self, batch_in):
        self.traces += 1
        features, ids, mask = batch_in
        scores = tf.nn.softmax(tf.matmul(features, self.weights) * tf.cast(mask, tf.float32))
        attention = tf.zeros((0,)) if ids.dtype == tf.int64 else tf.ones((1,))
        return {"scores": scores, "ids": ids + 1, DIAGNOSTIC_DATA: {"attention": attention}}


def _batch(rows: int, seed: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    features = rng.normal(size=(rows, 4)).astype(np.float32)
    ids = rng.integers(0, 50, size=(rows,), dtype=np.int64)
    mask = rng.integers(0, 2, size=(rows, 1)).astype(np.int32)
    return features, ids, mask


@pytest.fixture(autouse=True)
def installed():
    tf_predict.install()
    yield


def test_install_is_idempotent_and_keeps_rasas_method() -> None:
    tf_predict.install()
    assert RasaModel._rasa_predict is tf_predict.rasa_predict
    assert tf_predict._rasa_predict is not tf_predict.rasa_predict


@pytest.mark.parametrize("rows", [1, 2, 7])
def test_outputs_match_rasas_path_for_every_batch_shape(rows: int) -> None:
    ours, rasas = TinyModel(), TinyModel()
    for seed in range(4):
        batch = _batch(rows + seed, seed)
        got = tf_predict.rasa_predict(ours, batch)
        want = tf_predict._rasa_predict(rasas, batch)
        np.testing.assert_array_equal(got["scores"], want["scores"])
        np.testing.assert_array_equal(got["ids"], want["ids"])
        assert got[DIAGNOSTIC_DATA] == want[DIAGNOSTIC_DATA] == {"attention": None}
    assert getattr(ours, tf_predict.FAST) is not None and ours.traces == 1


def test_the_fast_path_converts_inputs_to_the_signatures_dtypes() -> None:
    model = TinyModel()
    features, ids, mask = _batch(3, 0)
    first = tf_predict.rasa_predict(model, (features, ids, mask))
    again = tf_predict.rasa_predict(
        model, (features.astype(np.float64), ids.astype(np.int32), mask.astype(bool))
    )
    np.testing.assert_allclose(first["scores"], again["scores"], rtol=1e-6)


def test_inputs_that_dont_fit_fall_back_to_rasas_own_path() -> None:
    model = TinyModel()
    tf_predict.rasa_predict(model, _batch(2, 1))
    assert getattr(model, tf_predict.FAST) is not None
    with pytest.raises((ValueError, TypeError)):  # Rasa's own predict step refuses two inputs too
        tf_predict.rasa_predict(model, _batch(2, 1)[:2])
    assert getattr(model, tf_predict.FAST) is None
    got = tf_predict.rasa_predict(model, _batch(3, 2))  # Rasa's path from now on, same answers
    want = tf_predict._rasa_predict(TinyModel(), _batch(3, 2))
    np.testing.assert_array_equal(got["scores"], want["scores"])
    assert getattr(model, tf_predict.FAST) is None
