"""Answer photos without TensorFlow: LiteRT (``ai-edge-litert``) runs each model's ``.tflite`` copy.

Why: ``import tensorflow`` costs 1.6-8 s and hundreds of MB on the development machines, while
LiteRT imports and loads a small flatbuffer in about 0.1 s and runs the same float32 graph
(XNNPACK) many times faster per image than ``model.predict``. So every stored model keeps its
conversion beside ``model.keras`` as ``model.tflite``, and metadata.json records the sha256 of the
Keras file it was converted from (``tflite_for_sha256``): a copy whose Keras file has since changed
is never used. Bundled (read-only) models and model folders outside the store keep their conversion
in ``paths.cache_dir()/tflite`` instead, named by that sha256. TensorFlow is imported here only to
convert (once per model file) and, where no LiteRT wheel exists, as the interpreter.
Set ``FRUITCLASSIFIER_FAST_PATH=tf`` to run the Keras model instead (debugging, comparisons).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import threading
import warnings
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier.core.models import model_check

log = logging.getLogger(__name__)

#: Environment switch: "tf" keeps every call on the Keras model's tf.function.
FAST_PATH_ENV = "FRUITCLASSIFIER_FAST_PATH"
#: The conversion kept beside model.keras, and the metadata key naming the Keras file's sha256.
TFLITE_FILE = "model.tflite"
SHA_KEY = "tflite_for_sha256"
SHIPPED_FILE = TFLITE_FILE  # the name training/install_default_model.py ships the bundled model's copy under
#: Images per invoke on a folder worker's interpreter (LiteRunner.run_here).
WORKER_BATCH = 8
#: Largest probability difference allowed between the conversion and Keras on the sample photos.
TOLERANCE = 1e-3  # fp32 XNNPACK sums in another order; the same bound as core/inference/export.py


class ConversionError(RuntimeError):
    """A model TFLite cannot run (an op it lacks) or whose conversion disagrees with Keras."""


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


class LiteRunner:
    """Thread-safe interpreters for uint8 (N, S, S, 3) batches -> probabilities.

    ``__call__``: one interpreter on every core, fixed at batch 1 for a dropped photo (never re-allocates
    tensors), and one resized to whatever batch comes. ``run_here``: a single-threaded interpreter per
    calling thread, for workers that each take a share of a folder (inference.py): interpreters whose
    threads wait for one another at every layer lose badly on a busy 2-core machine.
    """

    def __init__(self, flatbuffer: bytes, threads: int | None = None, scaling: str | None = None) -> None:
        """``scaling``: an imported model's input scaling (core/inference/scaling.py); None for the app's own,
        which take 0..255 pixels. Integer (quantised) inputs and outputs are converted either way."""
        self._content = flatbuffer
        if scaling is not None:  # metadata.json is untrusted: an unknown name is refused at load, not per photo
            from fruitclassifier.core.inference.scaling import CHOICES

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
        if self._out_quant is None:
            return out
        scale, zero, _ = self._out_quant
        scale = scale or 1.0  # an unquantised integer output: its own numbers
        return ((out.astype(np.float32) - zero) * scale).astype(np.float32)

    def _prepare(self, batch: np.ndarray) -> np.ndarray:
        """0..255 pixels as the network takes them: scaled for an imported model, quantised for an integer input."""
        if self._scaling is None and self._in_quant is None:
            return np.ascontiguousarray(batch, dtype=np.float32)
        from fruitclassifier.core.inference import scaling

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


def _quantisation(detail: dict) -> tuple[float, int, Any] | None:
    """(scale, zero point, dtype) of an integer tensor (a quantised imported .tflite), None for float."""
    dtype = np.dtype(detail["dtype"])
    if dtype.kind not in "iu":
        return None
    scale, zero = detail.get("quantization", (0.0, 0))
    return float(scale), int(zero), dtype


# --- converting (needs TensorFlow) ------------------------------------------------------------------


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
    from fruitclassifier.core.inference.export import sample_batch

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


def convert_to_file(keras_model: Any, keras_path: Path, out_path: Path) -> None:
    """Write the checked conversion of ``keras_path`` (already saved from ``keras_model``) to ``out_path``.

    In the desktop app a helper process converts (converter_process.py: the converter holds the GIL for
    hundreds of ms, which would freeze the window); elsewhere, or when the helper fails, this process does.
    ConversionError when TFLite cannot run the model.
    """
    from fruitclassifier.core.atomic import atomic_write
    from fruitclassifier.core.inference import converter_process

    if not converter_process.convert_file(keras_path, out_path):
        flatbuffer, _ = convert_checked(keras_model)
        atomic_write(out_path, flatbuffer)


def runner_for(model: Any) -> LiteRunner | None:
    """An in-memory copy of a Keras model (no file kept), or None when TFLite cannot run it."""
    if not enabled():
        return None
    try:
        return convert_checked(model)[1]
    except ConversionError as exc:
        log.info("TFLite copy not used: %s", exc)
        return None


# --- the copy on disk -----------------------------------------------------------------------------


_SHA_MEMO: dict[tuple[str, int, int], str] = {}


def keras_sha256(path: Path) -> str:
    """sha256 of a model file, remembered per (path, size, mtime) so a process hashes each file once."""
    st = path.stat()
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _SHA_MEMO:
        from fruitclassifier.core.store import sha256_file

        _SHA_MEMO[key] = sha256_file(path)
    return _SHA_MEMO[key]


def cache_file(sha: str) -> Path:
    from fruitclassifier import paths

    return paths.cache_dir() / "tflite" / f"{sha}.tflite"


def copy_path(info: Any, sha: str) -> Path | None:
    """The conversion of exactly this Keras file (``sha``), beside it or in the cache; None if there is none."""
    beside = info.path / TFLITE_FILE
    if info.metadata.get(SHA_KEY) == sha and beside.is_file():
        return beside
    cached = cache_file(sha)
    return cached if cached.is_file() else None


def open_copy(info: Any, sha: str) -> LiteRunner | None:
    """A runner on the model's trusted copy; None when there is none or it does not load (then convert)."""
    path = copy_path(info, sha)
    if path is None:
        return None
    model_check.check_model_size(path, info.name)  # before reading it into memory
    try:
        runner = LiteRunner(path.read_bytes(), scaling=info.metadata.get("input_scaling"))
    except model_check.ModelMetadataError as exc:  # a hostile copy: said, not silently converted on every open
        raise model_check.ModelMetadataError(exc.field, f"{info.name}: {exc.message}", exc.next_step) from None
    except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: convert again
        log.info("TFLite copy %s not used (%s)", path, type(exc).__name__)
        return None
    # Recorded as this very Keras file's copy (by sha256): shapes that disagree with metadata.json name it.
    network = path.name if path.parent == info.path else str(path)
    model_check.check_shapes(info.metadata, runner.input_size, runner.num_classes, info.name, network)
    return runner


def keep_copy(info: Any, flatbuffer: bytes, sha: str) -> Any:
    """Store a conversion for next time: beside model.keras for a model in the store (metadata records
    ``sha``), else in the cache. Returns the model's ModelInfo (updated when its metadata changed)."""
    from fruitclassifier.core import store
    from fruitclassifier.core.atomic import atomic_write

    try:
        if store.in_store(info):
            atomic_write(info.path / TFLITE_FILE, flatbuffer)
            return store.update_metadata(str(info.path), {SHA_KEY: sha})
        target = cache_file(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, flatbuffer)
    except (OSError, store.StoreError) as exc:  # only a speed-up for next time
        log.info("TFLite copy of %s not kept (%s)", info.name, exc)
    return info
