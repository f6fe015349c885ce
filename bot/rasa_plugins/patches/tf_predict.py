"""Call the model's one compiled prediction function directly, without TensorFlow's per-call dispatch.

Rasa 3.6 wraps `predict_step` in a `tf.function` with a fixed input signature (dynamic dimensions are None),
so there is exactly one concrete function. Calling the `tf.function` still makes TensorFlow canonicalise
every input against the signature and look the concrete function up again: for DIET and TED, with dozens of
small input arrays, that was about half of each prediction's CPU time (py-spy, 2026-11-27). After Rasa's
first call has built the function, this keeps its concrete function and feeds it the inputs converted to
the signature's dtypes, in the signature's order: the same graph on the same tensors. A NumPy array (every
input Rasa gives) becomes its tensor as `tf.convert_to_tensor` makes it when eager, through TensorFlow 2.12's
last step (`constant_op.convert_to_eager_tensor`), skipping seven layers of dispatch and tracing wrappers:
about 2% of the Rasa server's CPU per message (py-spy, 2026-12-05).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
from keras.utils import tf_utils
from rasa.shared.constants import DIAGNOSTIC_DATA
from rasa.utils.tensorflow.models import RasaModel
from tensorflow.python.eager import context
from tensorflow.python.framework import constant_op

from bot.rasa_plugins.patches.swap import replace

log = logging.getLogger(__name__)
_rasa_predict: Any = None
FAST = "_intake_flat_predict"


def flat_caller(function: Any) -> Callable[[Any], Any]:
    """For a `tf.function` with an input signature: a callable running its concrete function directly."""
    concrete = function.get_concrete_function()
    specs = tf.nest.flatten(concrete.structured_input_signature[0])
    captured = concrete.captured_inputs

    def call(*args: Any) -> Any:
        flat = tf.nest.flatten(list(args))
        if len(flat) != len(specs):
            raise ValueError(f"expected {len(specs)} inputs, got {len(flat)}")
        ctx = context.context()
        eager = ctx.executing_eagerly()
        tensors = [
            constant_op.convert_to_eager_tensor(value, ctx, spec.dtype)
            if eager and type(value) is np.ndarray
            else tf.convert_to_tensor(value, dtype=spec.dtype)
            for value, spec in zip(flat, specs, strict=True)
        ]
        return concrete._call_flat(tensors, captured)

    return call


def rasa_predict(self: Any, batch_in: Any) -> Any:
    """Drop-in for `RasaModel._rasa_predict` (same outputs; Rasa's own method builds the function)."""
    fast = getattr(self, FAST, None)
    if fast is None or self._run_eagerly or getattr(self, "_run_eagerly_fallback", False):
        outputs = _rasa_predict(self, batch_in)
        if (
            self._tf_predict_step is not None
            and not self._run_eagerly
            and not getattr(self, "_run_eagerly_fallback", False)
        ):
            setattr(self, FAST, flat_caller(self._tf_predict_step))
        return outputs
    try:
        outputs = tf_utils.sync_to_numpy_or_python_type(fast(batch_in))
    except (ValueError, TypeError, tf.errors.OpError) as error:
        # inputs that don't fit the kept signature: Rasa's own path from now on for this model
        log.warning("tf_predict: %s; %s predicts through Rasa's own path", error, type(self).__name__)
        setattr(self, FAST, None)
        self._run_eagerly_fallback = True
        return _rasa_predict(self, batch_in)
    if DIAGNOSTIC_DATA in outputs:
        outputs[DIAGNOSTIC_DATA] = self._empty_lists_to_none_in_dict(outputs[DIAGNOSTIC_DATA])
    return outputs


def install() -> None:
    """Make Rasa's models predict through the kept concrete function (idempotent)."""
    global _rasa_predict
    _rasa_predict = replace(RasaModel, "_rasa_predict", rasa_predict)
