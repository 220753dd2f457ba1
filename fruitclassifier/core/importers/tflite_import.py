"""TensorFlow Lite models (float and uint8-quantised) and SavedModel folders, answered by LiteRT.

A ``.tflite`` cannot become a Keras model again, so it is stored as it is (``model.tflite``, with
``input_scaling`` in metadata.json) and core/conversion/runtime.py's runner scales and quantises the app's 0..255
pixels for it. A SavedModel folder is converted to a float ``.tflite`` once, with TensorFlow: it
then needs no TensorFlow to answer. Each is inspected first: one image input (1, S, S, 3) and one
class-score output, else refused with the reason (a detection model has four outputs).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
import sys
from typing import Any

import numpy as np

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.inference import lite_record
from fruitclassifier.core.inference.open_set import DEFAULT_THRESHOLD, OTHER_CLASS
from fruitclassifier.core.models import model_check
from fruitclassifier.core.models.registry import ModelFileError


@dataclass(frozen=True)
class LiteFacts:
    """What a flatbuffer says about itself: input size and type, outputs, and the scaling its
    quantisation implies (None for a float input: the file does not say)."""

    input_size: int
    outputs: int
    input_dtype: str
    quantised_scaling: str | None
    params: int = 0


def read_file(path: Path) -> bytes:
    model_check.check_model_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ModelFileError(path, f"cannot be read ({exc.strerror or type(exc).__name__})") from None


def inspect(flatbuffer: bytes, path: Path) -> LiteFacts:
    """The facts of a classifier flatbuffer, or a ModelFileError saying why it is not one."""
    from fruitclassifier.core.conversion import runtime

    try:
        interp = runtime.interpreter_class()(model_content=flatbuffer)
        details = interp.get_tensor_details()
    except Exception as exc:  # noqa: BLE001 - LiteRT raises ValueError/RuntimeError for foreign files
        raise ModelFileError(path, f"not a TensorFlow Lite model LiteRT can open ({type(exc).__name__})") from None
    model_check.check_tensor_bytes(details)
    ins, outs = interp.get_input_details(), interp.get_output_details()
    if len(outs) != 1:
        raise ModelFileError(path, f"has {len(outs)} outputs: an image classifier has one (detection models, "
                                   "with boxes and scores, are not supported)")
    if len(ins) != 1:
        raise ModelFileError(path, f"has {len(ins)} inputs: an image classifier takes one image")
    shape, out = [int(d) for d in ins[0]["shape"]], [int(d) for d in outs[0]["shape"]]
    if len(shape) != 4 or shape[-1] != 3 or shape[1] != shape[2] or shape[1] < 1:
        raise ModelFileError(path, f"does not take square RGB images (its input shape is {shape})")
    if len(out) != 2 or out[-1] < 2:
        raise ModelFileError(path, f"does not output class scores (its output shape is {out})")
    dtype = np.dtype(ins[0]["dtype"])
    if dtype.kind not in "fiu":
        raise ModelFileError(path, f"takes {dtype.name} input, not pixels")
    return LiteFacts(shape[1], out[-1], dtype.name, _quantised_scaling(ins[0], dtype), count_params(flatbuffer))


def app_record(flatbuffer: bytes, facts: LiteFacts) -> dict[str, Any] | None:
    """The record this app's export put inside the file (core/inference/lite_record.py), when it fits the
    file's own facts (one name per output, a known scaling); None for a file made elsewhere."""
    record = lite_record.read(flatbuffer)
    if record is None:
        return None
    names = record.get("class_names")
    if not isinstance(names, list) or len(names) != facts.outputs or not all(isinstance(n, str) for n in names):
        return None
    try:
        record[scaling.KEY] = scaling.parse(record.get(scaling.KEY)) or "0-255"
    except scaling.ScalingError:
        return None
    return record


def exported_record(path: Path) -> dict[str, Any] | None:
    """The record inside a ``.tflite`` this app exported (the import dialog asks before anything else), else
    None; cheap: no interpreter is built."""
    if path.suffix.lower() != ".tflite" or not path.is_file():
        return None
    try:
        record = lite_record.read(read_file(path))
    except ModelFileError:
        return None
    names = record.get("class_names") if record else None
    return record if isinstance(names, list) and names and all(isinstance(n, str) for n in names) else None


def carried_metadata(record: dict[str, Any] | None, names: list[str]) -> tuple[dict[str, Any], list[str]]:
    """(metadata the stored copy keeps, notes): the open-set answer and figures of the app's export. A file with
    an ``_other`` class but no record (an older export) still answers "not one of my fruits", at the default
    threshold, rather than naming ``_other`` as a fruit."""
    record = record or {}
    spec = record.get("open_set")
    kept: dict[str, Any] = {}
    notes: list[str] = []
    if isinstance(spec, dict) and spec.get("other_class", OTHER_CLASS) in names:
        kept["open_set"] = spec
    elif OTHER_CLASS in names:
        kept["open_set"] = {"other_class": OTHER_CLASS, "threshold": DEFAULT_THRESHOLD}
        notes.append(f"'not one of my fruits' below {DEFAULT_THRESHOLD:.0%} known-probability (the file does not "
                     "carry its calibrated threshold)")
    if isinstance(record.get("metrics"), dict):
        kept["metrics"] = record["metrics"]
    if record:
        kept["exported_from"] = {k: record.get(k) for k in ("name", "arch", "app_version", "created")}
    return kept, notes


def count_params(flatbuffer: bytes) -> int:
    """About the weights in a flatbuffer (elements of the tensors stored in it; the converter folds a few), so
    the model list and Compare need no Keras model to show them; 0 when the schema reader is missing (tf.lite
    fallback) or the file is odd: a count is never worth refusing a model for."""
    try:
        from ai_edge_litert import schema_py_generated as schema

        model = schema.Model.GetRootAs(flatbuffer, 0)
        total = 0
        for g in range(model.SubgraphsLength()):
            graph = model.Subgraphs(g)
            for t in range(graph.TensorsLength()):
                tensor = graph.Tensors(t)
                stored = model.Buffers(tensor.Buffer())
                if stored is not None and (stored.DataLength() > 0 or getattr(stored, "Size", lambda: 0)() > 0):
                    total += int(np.prod(tensor.ShapeAsNumpy())) if tensor.ShapeLength() else 1
        return total
    except Exception:  # noqa: BLE001 - ImportError, or a malformed table the interpreter tolerated
        return 0


def _quantised_scaling(detail: dict, dtype: np.dtype) -> str | None:
    """The scaling an integer input's quantisation parameters spell out (real = (q - zero) * scale)."""
    if dtype.kind == "f":
        return None
    scale, zero = detail.get("quantization", (0.0, 0))
    if not scale:
        return "0-255"  # an unquantised uint8 input takes the pixels themselves
    info = np.iinfo(dtype)
    return scaling.from_range((info.min - zero) * scale, (info.max - zero) * scale)


def convert_savedmodel(folder: Path) -> bytes:
    """A SavedModel folder as a float TFLite flatbuffer (its serving signature); needs TensorFlow."""
    import tensorflow as tf

    try:
        with contextlib.redirect_stdout(sys.stderr):  # the converter prints on stdout (breaks --json)
            return tf.lite.TFLiteConverter.from_saved_model(str(folder)).convert()
    except Exception as exc:  # noqa: BLE001 - converter errors are pages long and of many types
        lines = str(exc).strip().splitlines()
        raise ModelFileError(folder, "this SavedModel cannot be converted for LiteRT "
                                     f"({type(exc).__name__}: {lines[0][:160] if lines else ''})") from None
