"""Export a saved model as a TensorFlow SavedModel or a TFLite file, and prove the copy answers the same.

An exported file that silently predicts something else is worse than no export,
so each export re-loads what it wrote, runs it on sample images and compares the
probabilities with the original Keras model before anything lands at the target.
Writes go to a temporary sibling first and are renamed into place.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import time
from typing import Any
import uuid

import numpy as np

from fruitclassifier import __version__
from fruitclassifier.core.atomic import atomic_path, fsync_folder
from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.conversion.samples import Samples, sample_batch
from fruitclassifier.core.inference import lite_record
from fruitclassifier.core.store import ModelInfo, find_model
from fruitclassifier.errors import UserError, first_line
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

SAVEDMODEL_TOLERANCE = 1e-4
TFLITE_TOLERANCE = 1e-3  # fp32 TFLite reorders float sums (XNNPACK), so a little drift is expected


class ExportError(UserError, RuntimeError):
    """An export failed or its result disagreed with the original; the message says what to do."""


def export_savedmodel(info: ModelInfo | str, out_dir: str | os.PathLike, samples: Samples = None) -> dict[str, Any]:
    """Write a SavedModel folder (signature ``serve``: float32 0..255 images → probabilities) plus labels."""
    import tensorflow as tf

    info = _resolve(info)
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ExportError(Text(QT_TRANSLATE_NOOP("core", "{folder} already exists and is not empty: choose a new "
                                                         "folder name"), folder=str(out_dir)))
    model, batch, expected = _original(info, samples)
    began = time.perf_counter()
    tmp = out_dir.parent / f".tmp-export-{uuid.uuid4().hex}"
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        _run(QT_TRANSLATE_NOOP("core", "Could not write the SavedModel: {reason}"),
             lambda: model.export(str(tmp), format="tf_saved_model", verbose=False))
        _write_labels(info, tmp / "labels.txt", tmp / "metadata.json")
        reloaded = tf.saved_model.load(str(tmp))
        got = reloaded.serve(tf.constant(batch.astype(np.float32))).numpy()
        diff = _check(got, expected, SAVEDMODEL_TOLERANCE, "SavedModel")
        if out_dir.exists():
            out_dir.rmdir()  # empty (checked above)
        os.replace(tmp, out_dir)  # a folder: renamed whole (atomic_path is for single files)
        fsync_folder(out_dir.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return _report("savedmodel", out_dir, batch, diff, SAVEDMODEL_TOLERANCE, began, _tree_size(out_dir))


def export_tflite(info: ModelInfo | str, out_path: str | os.PathLike, samples: Samples = None) -> dict[str, Any]:
    """Write an fp32 ``.tflite`` file carrying the app's record (lite_record.py: class names, scaling, open-set
    answer), so ``import`` needs no flags, and a ``<name>-labels.txt`` beside it for other tools."""
    info = _resolve(info)
    out_path = Path(out_path).expanduser()
    if out_path.suffix.lower() != ".tflite":
        out_path = out_path.with_name(out_path.name + ".tflite")
    model, batch, expected = _original(info, samples)
    began = time.perf_counter()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out_path, suffix=".tflite") as tmp:  # a copy that disagrees is never put in place
        _run(QT_TRANSLATE_NOOP("core", "Could not convert the model to TFLite: {reason}"),
             lambda: model.export(str(tmp), format="litert", verbose=False))
        tmp.write_bytes(lite_record.embed(tmp.read_bytes(), export_record(info)))
        got = _run_tflite(tmp, batch)  # the file as written, record included
        diff = _check(got, expected, TFLITE_TOLERANCE, "TFLite")
    labels = out_path.with_name(f"{out_path.stem}-labels.txt")
    _write_labels(info, labels, None)
    report = _report("tflite", out_path, batch, diff, TFLITE_TOLERANCE, began, out_path.stat().st_size)
    report["labels"] = str(labels)
    return report


def export_record(info: ModelInfo) -> dict[str, Any]:
    """What an import of the export needs and cannot guess: names in output order, the 0..255 input the
    app's models take, and the open-set answer with its calibrated threshold; the figures say what it is."""
    meta = info.metadata
    record = {"app": "fruitclassifier", "app_version": __version__, "name": info.name, "arch": info.arch,
              "class_names": list(info.class_names), "image_size": info.image_size, scaling.KEY: "0-255"}
    for key in ("open_set", "metrics", "created"):
        if meta.get(key) is not None:
            record[key] = meta[key]
    return record


def _resolve(info: ModelInfo | str) -> ModelInfo:
    return info if isinstance(info, ModelInfo) else find_model(str(info))


def _original(info: ModelInfo, samples: Samples) -> tuple[Any, np.ndarray, np.ndarray]:
    """The Keras model, a uint8 sample batch at its input size, and its probabilities for that batch."""
    from fruitclassifier.core.models import model_check
    from fruitclassifier.core.models.registry import ModelFileError, load_keras

    try:
        model = load_keras(info.model_file)
    except ModelFileError as exc:
        raise ExportError(Text(QT_TRANSLATE_NOOP("core", "Cannot export {name}: {reason}"), name=repr(info.name),
                               reason=str(exc))) from exc
    model_check.check_shapes(info.metadata, *model_check.keras_io(model), where=info.name)
    size = info.image_size or int(model.inputs[0].shape[1])
    batch = sample_batch(samples, size)
    expected = np.asarray(model(batch.astype(np.float32), training=False))
    return model, batch, expected


def _run_tflite(path: Path, batch: np.ndarray) -> np.ndarray:
    """Run the batch through the file as written, with the runner that answers photos later (LiteRT when
    installed, else tf.lite; its first allocation kept quiet: no "XNNPACK delegate" line under ``export -q``)."""
    from fruitclassifier.core.conversion.runtime import LiteRunner

    return np.asarray(LiteRunner(path.read_bytes(), threads=1)(batch))


def _check(got: np.ndarray, expected: np.ndarray, tolerance: float, what: str) -> float:
    if got.shape != expected.shape:
        raise ExportError(Text(QT_TRANSLATE_NOOP("core", "The exported {format} returns shape {got}, the original "
                                                         "{expected}: the export is broken; please report it"),
                               format=what, got=str(got.shape), expected=str(expected.shape)))
    diff = float(np.max(np.abs(got.astype(np.float64) - expected.astype(np.float64)))) if got.size else 0.0
    if not diff < tolerance:
        raise ExportError(Text(QT_TRANSLATE_NOOP("core", "The exported {format} disagrees with the original model "
                                                         "(largest probability difference {diff}, allowed {allowed}), "
                                                         "so it was not saved"),
                               format=what, diff=f"{diff:.2g}", allowed=f"{tolerance:g}"))
    return diff


def _run(failed: str, fn: Any) -> Any:
    """``fn()``; anything it raises becomes an ExportError worded by ``failed`` ("Could not …: {reason}")."""
    try:
        return fn()
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001 - converter errors are long; keep the first line
        raise ExportError(Text(failed, reason=first_line(exc, 200) or type(exc).__name__)) from exc


def _write_labels(info: ModelInfo, labels: Path, metadata: Path | None) -> None:
    """Class names in output order, so the exported model is usable without this app."""
    labels.write_text("\n".join(info.class_names) + "\n", encoding="utf-8")
    if metadata is not None:
        keep = {k: info.metadata.get(k) for k in ("name", "arch", "class_names", "image_size", "metrics")}
        keep["input"] = "float32 RGB images (batch, size, size, 3) with values 0..255; output: softmax"
        metadata.write_text(json.dumps(keep, indent=2, default=str), encoding="utf-8")


def _tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _report(fmt: str, path: Path, batch: np.ndarray, diff: float, tol: float, began: float, size: int) -> dict:
    return {"format": fmt, "path": str(path), "samples": int(len(batch)), "max_abs_diff": diff,
            "tolerance": tol, "size_bytes": int(size), "seconds": round(time.perf_counter() - began, 3)}
