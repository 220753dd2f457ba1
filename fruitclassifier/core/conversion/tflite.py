"""Keras -> ``.tflite``: the conversion every saved model gets, checked against Keras before it is kept.

Below the store, which converts each model as it saves it (so answering photos later never needs
TensorFlow); above the runtime (runtime.py), which runs the copy for the check.
"""

from __future__ import annotations

import contextlib
import io
import logging
from typing import Any

import numpy as np

from fruitclassifier.core.conversion.runtime import LiteRunner
from fruitclassifier.core.conversion.samples import sample_batch

log = logging.getLogger(__name__)

#: Metadata key naming the sha256 of the Keras file a stored conversion was made from (a stale copy is never used).
SHA_KEY = "tflite_for_sha256"
#: Largest probability difference allowed between the conversion and Keras on the sample photos.
TOLERANCE = 1e-3  # fp32 XNNPACK sums in another order; the same bound as core/inference/export.py


class ConversionError(RuntimeError):
    """A model TFLite cannot run (an op it lacks) or whose conversion disagrees with Keras."""


def convert(model: Any) -> bytes:
    """The model as a float32 TFLite flatbuffer (input float32 0..255, like the Keras model)."""
    import tensorflow as tf

    # The converter prints "Saved artifact at …" and a page of TensorSpecs on stdout: it would corrupt `--json`
    # output and bury a training run's last lines, and says nothing a user can act on. Kept for the debug log.
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        converter = tf.lite.TFLiteConverter.from_keras_model(model)
        flatbuffer = converter.convert()
    log.debug("TFLite converter said: %s", printed.getvalue()[:2000])
    return flatbuffer


def convert_checked(model: Any) -> tuple[bytes, LiteRunner]:
    """Convert, then check the copy against Keras on the bundled sample photos; ConversionError if unusable."""
    try:
        flatbuffer = convert(model)
        runner = LiteRunner(flatbuffer)
    except Exception as exc:  # noqa: BLE001 - converter errors are pages long and of many types
        lines = str(exc).strip().splitlines()
        raise ConversionError(f"TFLite cannot run this model ({type(exc).__name__}: "
                              f"{lines[0][:200] if lines else ''})") from exc
    batch = sample_batch(None, int(model.input_shape[1]))
    expected = np.asarray(model(batch.astype(np.float32), training=False))
    got = runner(batch)
    diff = float(np.max(np.abs(got - expected))) if got.shape == expected.shape else float("inf")
    if not diff < TOLERANCE:
        raise ConversionError(f"the TFLite copy disagrees with the Keras model (largest difference {diff:.2g})")
    return flatbuffer, runner
