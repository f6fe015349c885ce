"""The kept concrete function of bot.rasa_plugins.patches.tf_predict gets the same tensors as TensorFlow's own
conversion makes, and answers as the `tf.function` does, for inputs of the kinds Rasa gives (NumPy arrays of
several dtypes and shapes, some cast to the signature's dtype) and for tensors, which go through TensorFlow's
own conversion."""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from bot.rasa_plugins.patches.tf_predict import flat_caller

SIGNATURE = [
    tf.TensorSpec([None, None], tf.float32),
    tf.TensorSpec([None], tf.int64),
    tf.TensorSpec([None, 3], tf.int32),
]


@tf.function(input_signature=[SIGNATURE])
def _model(inputs):
    dense, ids, indices = inputs
    return {"score": tf.reduce_sum(dense, axis=-1) * 0.5, "ids": ids + 1, "n": tf.reduce_sum(indices)}


def test_the_same_outputs_as_the_tf_function() -> None:
    rng = np.random.default_rng(4)
    call = flat_caller(_model)
    cases = [
        [rng.random((2, 5)).astype(np.float32), np.arange(4), rng.integers(0, 9, (6, 3)).astype(np.int32)],
        [rng.random((1, 1)), np.array([7], dtype=np.int64), np.zeros((0, 3), dtype=np.int32)],  # float64 in
        [tf.constant([[0.25, 1.0]]), tf.constant([3, 4], dtype=tf.int64), np.ones((1, 3), dtype=np.int32)],
    ]
    for inputs in cases:
        ours, theirs = call(inputs), _model(inputs)
        flat_ours, flat_theirs = tf.nest.flatten(ours), tf.nest.flatten(theirs)
        assert len(flat_ours) == len(flat_theirs) == 3
        for mine, rasas in zip(flat_ours, flat_theirs, strict=True):
            assert mine.dtype == rasas.dtype and np.array_equal(mine.numpy(), rasas.numpy())


def test_an_input_of_the_wrong_kind_is_refused() -> None:
    call = flat_caller(_model)
    try:
        call([np.array([["a"]]), np.arange(2), np.zeros((1, 3), dtype=np.int32)])
    except (TypeError, ValueError, tf.errors.OpError):
        pass  # tf_predict then goes back to Rasa's own path for this model
    else:
        raise AssertionError("strings were taken for floats")
