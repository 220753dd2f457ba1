"""The LiteRT runtime: interpreters that answer uint8 photo batches from a ``.tflite`` flatbuffer.

Why here, below the store: saving a model converts it and checks the copy with this runner
(conversion/tflite.py), and answering photos (inference/) runs it; both need it, and neither may
import the other's layer. No TensorFlow import unless LiteRT is missing (then tf.lite stands in).
Set ``FRUITCLASSIFIER_FAST_PATH=tf`` to run the Keras model instead (debugging, comparisons).
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
from functools import lru_cache
import logging
import os
import sys
import threading
from typing import Any
import warnings

import numpy as np

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.models import model_check

log = logging.getLogger(__name__)

#: Environment switch: "tf" keeps every call on the Keras model's tf.function.
FAST_PATH_ENV = "FRUITCLASSIFIER_FAST_PATH"
#: Images per invoke on a folder worker's interpreter (LiteRunner.run_here).
WORKER_BATCH = 8


def enabled() -> bool:
    return os.environ.get(FAST_PATH_ENV, "auto").strip().lower() not in ("tf", "off", "0", "none")


@lru_cache(maxsize=1)
def interpreter_class() -> type:
    """LiteRT's Interpreter; TensorFlow's own (deprecated, same API) only where LiteRT is not installed."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:
        import tensorflow as tf

        return tf.lite.Interpreter
    return Interpreter


def runtime_name() -> str:
    """"LiteRT" or "tf.lite": which interpreter answers photos, found without importing it (the status
    bar shows it before the window is on screen)."""
    import importlib.util

    return "LiteRT" if importlib.util.find_spec("ai_edge_litert") is not None else "tf.lite"


_quiet_lock = threading.Lock()
_allocated_once = False


@contextlib.contextmanager
def _first_allocation_quiet() -> Iterator[None]:
    """Keep LiteRT's "INFO: Created TensorFlow Lite XNNPACK delegate for CPU." off the user's terminal.

    The C++ runtime writes it to file descriptor 2 at a process's first tensor allocation, and has no
    Python switch for it (tensorflow/tensorflow#58050); ``predict`` users would read it above every answer.
    So that one allocation runs with fd 2 pointed at the null device; later ones print nothing anyway.
    """
    global _allocated_once
    if _allocated_once:
        yield
        return
    with _quiet_lock:
        if _allocated_once:
            yield
            return
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            _allocated_once = True


#: What a copy's last layer gives (core/inference/lite.py reads which from metadata.json).
OUTPUTS = ("probabilities", "logits")


class LiteRunner:
    """Thread-safe interpreters for uint8 (N, S, S, 3) batches -> probabilities.

    ``__call__``: one interpreter on every core, fixed at batch 1 for a dropped photo (never re-allocates
    tensors), and one resized to whatever batch comes. ``run_here``: a single-threaded interpreter per
    calling thread, for workers that each take a share of a folder (inference.py): interpreters whose
    threads wait for one another at every layer lose badly on a busy 2-core machine.
    """

    def __init__(self, flatbuffer: bytes, threads: int | None = None, scaling: str | None = None,
                 outputs: str = "probabilities") -> None:
        """``scaling``: an imported model's input scaling (core/conversion/scaling.py); None for the app's own,
        which take 0..255 pixels. Integer (quantised) inputs and outputs are converted either way.
        ``outputs``: "logits" for a copy whose last layer gives logits (the bundled model's int8 copy: an int8
        softmax has steps of 1/256 and loses the small probabilities its "not one of mine" score reads);
        the runner then applies the softmax itself, in float, so callers always get probabilities."""
        if outputs not in OUTPUTS:
            raise ValueError(f"outputs {outputs!r} is not one of {', '.join(OUTPUTS)}")
        self._logits = outputs == "logits"
        self._content = flatbuffer
        if scaling is not None:  # metadata.json is untrusted: an unknown name is refused at load, not per photo
            from fruitclassifier.core.conversion.scaling import CHOICES

            if scaling not in CHOICES:
                raise model_check.ModelMetadataError("input_scaling", f"metadata.json input_scaling {scaling!r} is "
                                                     f"not one of {', '.join(CHOICES)}")
        self._scaling = scaling
        self._threads = threads or max(1, os.cpu_count() or 1)
        self._lock = threading.Lock()
        self._single = self._interpreter(self._threads)
        # Tensor indices are fixed by the flatbuffer (resizing keeps them): looked up once, not per call.
        inp, out = self._single.get_input_details()[0], self._single.get_output_details()[0]
        self._input, self._output = inp["index"], out["index"]
        self.input_size, self.num_classes = int(inp["shape"][1]), int(out["shape"][-1])
        self._in_quant, self._out_quant = _quantisation(inp), _quantisation(out)
        self._batched: list = [None, None]  # [interpreter, its input shape]
        self._local = threading.local()

    def _interpreter(self, threads: int) -> Any:
        with warnings.catch_warnings():  # tf.lite.Interpreter's "moving to ai_edge_litert" notice
            warnings.simplefilter("ignore")
            interp = interpreter_class()(model_content=self._content, num_threads=threads)
        model_check.check_tensor_bytes(interp.get_tensor_details())  # before allocating what it declares
        with _first_allocation_quiet():
            interp.allocate_tensors()
        return interp

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        with self._lock:
            if len(batch) == 1:
                return self._invoke(self._single, batch)
            return self._invoke(self._sized(self._batched, batch.shape, self._threads), batch)

    def run_here(self, batch: np.ndarray) -> np.ndarray:
        """Like calling the runner, on this thread's own single-threaded interpreter (no lock needed).

        It runs WORKER_BATCH images at a time (the last few padded), so its tensors are never re-allocated
        and a worker holds ~8 images' activations, not a whole chunk's (EfficientNet-Lite0 at 160 px:
        ~7 MB an image).
        """
        interp = getattr(self._local, "interp", None)
        if interp is None:
            interp = self._local.interp = self._sized([None, None], (WORKER_BATCH, *batch.shape[1:]), 1)
        out = []
        for start in range(0, len(batch), WORKER_BATCH):
            part = batch[start : start + WORKER_BATCH]
            padded = np.concatenate([part, np.zeros((WORKER_BATCH - len(part), *part.shape[1:]), part.dtype)])
            out.append(self._invoke(interp, padded)[: len(part)])
        return np.concatenate(out)

    def _invoke(self, interp: Any, batch: np.ndarray) -> np.ndarray:
        interp.set_tensor(self._input, self._prepare(batch))
        interp.invoke()
        out = interp.get_tensor(self._output).copy()
        if self._out_quant is not None:
            scale, zero, _ = self._out_quant
            scale = scale or 1.0  # an unquantised integer output: its own numbers
            out = ((out.astype(np.float32) - zero) * scale).astype(np.float32)
        return _softmax(out) if self._logits else out

    def _prepare(self, batch: np.ndarray) -> np.ndarray:
        """0..255 pixels as the network takes them: scaled for an imported model, quantised for an integer input."""
        if self._scaling is None and self._in_quant is None:
            return np.ascontiguousarray(batch, dtype=np.float32)
        x = scaling.apply(batch, self._scaling)
        if self._in_quant is None:
            return np.ascontiguousarray(x)
        scale, zero, dtype = self._in_quant
        limits = np.iinfo(dtype)
        q = np.round(x / scale + zero) if scale else np.round(x)
        return np.ascontiguousarray(np.clip(q, limits.min, limits.max).astype(dtype))

    def _sized(self, slot: list, shape: tuple[int, ...], threads: int) -> Any:
        if slot[0] is None:
            slot[0] = self._interpreter(threads)
        if slot[1] != shape:
            slot[0].resize_tensor_input(self._input, list(shape))
            slot[0].allocate_tensors()
            slot[1] = shape
        return slot[0]


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits.astype(np.float32) - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)


def _quantisation(detail: dict) -> tuple[float, int, Any] | None:
    """(scale, zero point, dtype) of an integer tensor (a quantised imported .tflite), None for float."""
    dtype = np.dtype(detail["dtype"])
    if dtype.kind not in "iu":
        return None
    scale, zero = detail.get("quantization", (0.0, 0))
    return float(scale), int(zero), dtype
