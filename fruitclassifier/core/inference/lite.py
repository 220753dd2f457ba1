"""Answer photos without TensorFlow: LiteRT (``ai-edge-litert``) runs each model's ``.tflite`` copy.

Why: ``import tensorflow`` costs 1.6-8 s and hundreds of MB on the development machines, while
LiteRT imports and loads a small flatbuffer in about 0.1 s and runs the same float32 graph
(XNNPACK) many times faster per image than ``model.predict``. So every stored model keeps its
conversion beside ``model.keras`` as ``model.tflite``, and metadata.json records the sha256 of the
Keras file it was converted from (``tflite_for_sha256``): a copy whose Keras file has since changed
is never used. Bundled (read-only) models and model folders outside the store keep their conversion
in ``paths.cache_dir()/tflite`` instead, named by that sha256. The runtime and the conversion themselves
live below the store (core/conversion/), which converts each model as it saves it; this module finds,
opens and keeps the copies.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fruitclassifier.core.conversion import runtime, tflite
from fruitclassifier.core.conversion.runtime import LiteRunner
from fruitclassifier.core.conversion.tflite import SHA_KEY
from fruitclassifier.core.models import model_check
from fruitclassifier.core.store.info import LITE_FILE
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

#: The conversion kept beside model.keras.
TFLITE_FILE = LITE_FILE
SHIPPED_FILE = TFLITE_FILE  # the name training/install_default_model.py ships the bundled model's copy under
#: metadata.json key: the sha256 of the Keras file whose copy beside it outputs logits rather than probabilities.
LOGITS_KEY = "tflite_logits_for_sha256"


def runner_for(model: Any) -> LiteRunner | None:
    """An in-memory copy of a Keras model (no file kept), or None when TFLite cannot run it."""
    if not runtime.enabled():
        return None
    try:
        return tflite.convert_checked(model)[1]
    except tflite.ConversionError as exc:
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
        # A copy beside model.keras may give logits (the bundled int8 copy, training/default_model/quantize.py);
        # metadata names the Keras file whose copy does, so a taught child's own copy is never read as logits.
        logits = path.parent == info.path and info.metadata.get(LOGITS_KEY) == sha
        outputs = "logits" if logits else "probabilities"
        runner = LiteRunner(path.read_bytes(), scaling=info.metadata.get("input_scaling"), outputs=outputs)
    except model_check.ModelMetadataError as exc:  # a hostile copy: said, not silently converted on every open
        named = Text(QT_TRANSLATE_NOOP("core", "{name}: {reason}"), name=info.name, reason=exc.message)
        raise model_check.ModelMetadataError(exc.field, named, exc.next_step) from None
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
