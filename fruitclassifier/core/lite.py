"""The TFLite (XNNPACK) copy of a Keras model that Classifier runs when it can.

Measured on the 2-core development CPU with the custom CNN (benchmarks/): one
image through ``model.predict`` ~32 ms, a compiled ``tf.function`` ~1.9 ms,
the same network in TFLite with XNNPACK ~0.6 ms, and batches run at least as
fast as the tf.function. The ~1-4 s conversion happens once per model file and
TensorFlow version: the flatbuffer is cached under ``paths.cache_dir()/tflite``
keyed by the model's sha256. Anything that fails here (an imported model with
an op TFLite lacks, a TensorFlow without ``tf.lite``) returns None and the
caller keeps its tf.function: the fast path is an optimisation, never a
requirement. Set ``FRUITCLASSIFIER_FAST_PATH=tf`` to turn it off.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
import warnings
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: Environment switch: "tf" keeps every call on the tf.function (debugging, comparisons).
FAST_PATH_ENV = "FRUITCLASSIFIER_FAST_PATH"


def enabled() -> bool:
    return os.environ.get(FAST_PATH_ENV, "auto").strip().lower() not in ("tf", "off", "0", "none")


class LiteRunner:
    """A thread-safe TFLite interpreter for uint8 (N, S, S, 3) batches -> probabilities.

    Two interpreters: one fixed at batch 1 (the drop-one-photo path never pays
    for re-allocating tensors) and one resized to whatever batch size comes.
    """

    def __init__(self, flatbuffer: bytes, threads: int | None = None) -> None:
        self._content = flatbuffer
        self._threads = threads or max(1, os.cpu_count() or 1)
        self._lock = threading.Lock()
        self._single = self._interpreter()
        # Tensor indices are fixed by the flatbuffer (resizing keeps them): looked up once, not per call.
        self._input = self._single.get_input_details()[0]["index"]
        self._output = self._single.get_output_details()[0]["index"]
        self._batched = None
        self._batched_shape: tuple[int, ...] | None = None

    def _interpreter(self) -> Any:
        import tensorflow as tf

        with warnings.catch_warnings():  # tf.lite.Interpreter's "moving to ai_edge_litert" notice
            warnings.simplefilter("ignore")
            interp = tf.lite.Interpreter(model_content=self._content, num_threads=self._threads)
        interp.allocate_tensors()
        return interp

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(batch, dtype=np.float32)
        with self._lock:
            interp = self._single if len(x) == 1 else self._sized(x.shape)
            interp.set_tensor(self._input, x)
            interp.invoke()
            return interp.get_tensor(self._output).copy()

    def _sized(self, shape: tuple[int, ...]) -> Any:
        if self._batched is None:
            self._batched = self._interpreter()
        if self._batched_shape != shape:
            self._batched.resize_tensor_input(self._input, list(shape))
            self._batched.allocate_tensors()
            self._batched_shape = shape
        return self._batched


def convert(model: Any) -> bytes:
    """The model as a float32 TFLite flatbuffer (input float32 0..255, like the Keras model)."""
    import contextlib
    import sys

    import tensorflow as tf

    # The converter prints "Saved artifact at …" on stdout, which would corrupt `--json` output.
    with contextlib.redirect_stdout(sys.stderr):
        converter = tf.lite.TFLiteConverter.from_keras_model(model)
        return converter.convert()


#: A model folder may ship its own conversion (the bundled default does), so the first photo a new user
#: drops is not held up by a conversion; used only when metadata "tflite_for_sha256" names model.keras.
SHIPPED_FILE = "model.tflite"


def runner_for(model: Any, key: str | None = None, shipped: Path | None = None) -> LiteRunner | None:
    """A LiteRunner for ``model`` or None if TFLite cannot run it.

    Tries the shipped flatbuffer, then the cache (when ``key`` names one), then a fresh
    conversion; a source that fails to load (e.g. written by a newer TensorFlow) falls through.
    """
    if not enabled():
        return None
    sources = (("shipped", lambda: _read(shipped)), ("cached", lambda: _cached(key) if key else None),
               ("converted", lambda: _converted(model, key)))
    for what, source in sources:
        try:
            flatbuffer = source()
            if flatbuffer is None:
                continue
            runner = LiteRunner(flatbuffer)
            _check_shape(runner, model)
            return runner
        except Exception as exc:  # noqa: BLE001 - any failure just means "try the next source, else tf.function"
            log.info("TFLite %s copy not used (%s: %s)", what, type(exc).__name__, str(exc).splitlines()[:1])
    return None


def _read(path: Path | None) -> bytes | None:
    try:
        return path.read_bytes() if path is not None else None
    except OSError:
        return None


def _converted(model: Any, key: str | None) -> bytes:
    flatbuffer = convert(model)
    if key:
        _store(key, flatbuffer)
    return flatbuffer


def _check_shape(runner: LiteRunner, model: Any) -> None:
    size = int(model.input_shape[1])
    out = runner(np.zeros((1, size, size, 3), np.uint8))
    if out.shape != (1, int(model.output_shape[-1])):
        raise ValueError(f"TFLite output shape {out.shape} does not match the model")


def _cache_file(key: str) -> Path:
    import tensorflow as tf

    from fruitclassifier import paths

    folder = paths.cache_dir() / "tflite"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key[:32]}-tf{tf.__version__}.tflite"


def _cached(key: str) -> bytes | None:
    try:
        return _cache_file(key).read_bytes()
    except OSError:
        return None


def _store(key: str, flatbuffer: bytes) -> None:
    target = _cache_file(key)
    tmp = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_bytes(flatbuffer)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)  # only a speed-up for next time
