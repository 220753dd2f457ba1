"""Does a model folder's metadata.json describe the network beside it, within sane bounds?

metadata.json is written by hand as often as by the app (an imported model, an edited
name list, a classmate's export), and a wrong field fails far from its cause: two class
names on a 13-output network crashed ``predict`` with an IndexError, ``image_size`` 100000
made the app allocate 24 GB before the kernel killed it, and a string of class names
became single-letter labels. So a folder's metadata is parsed once into a typed, bounded
``ModelRecord`` before anything is allocated for it, and checked against the network once
loaded. Every refusal is one UserError naming the field. Qt-free and TensorFlow-free: a
Keras model or a LiteRT runner is only asked for shapes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
import json
import math
from pathlib import Path
from typing import Any

from fruitclassifier import architectures
from fruitclassifier.errors import UserError

_FIX = "fix metadata.json beside the model, or import the .keras file again with its class names"

#: Bounds on what a model folder may claim; far above any real model, far below what hurts the machine.
MAX_METADATA_BYTES = 8 << 20  # a long training history is a few hundred KB
MAX_MODEL_BYTES = 1 << 30  # VGG16 with its ImageNet head is 0.5 GB
MAX_CLASSES = 5000
MAX_CLASS_NAME = 200
#: Preprocessing a model may declare: the architectures' own, and "in_model" for imported models.
PREPROCESSING = frozenset({arch.preprocessing for arch in architectures.TABLE} | {"in_model"})


class ModelMetadataError(UserError):
    """metadata.json is malformed or disagrees with the network; ``field`` names the culprit."""

    def __init__(self, field: str, message: str, next_step: str = _FIX) -> None:
        self.field = field
        super().__init__(message, next_step)


@dataclass(frozen=True)
class ModelRecord:
    """What a model folder promises, every field checked: the only shape in which metadata is trusted."""

    class_names: tuple[str, ...]
    image_size: int
    arch: str = "imported"
    preprocessing: str = "in_model"
    open_set: tuple[str, float] | None = None  # (the "other" class, its threshold), see core/inference/open_set.py


def read_metadata(folder: Path, where: str = "") -> dict:
    """metadata.json of ``folder`` as a dict, read only when its size is sane; ModelMetadataError otherwise."""
    where = where or folder.name
    path = Path(folder) / "metadata.json"
    try:
        size = path.stat().st_size
        if size > MAX_METADATA_BYTES:
            raise ModelMetadataError("metadata.json", f"{where}: metadata.json is {size / 1e6:.0f} MB, more than "
                                     f"the {MAX_METADATA_BYTES >> 20} MB a model's description can need")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ModelMetadataError("metadata.json", f"{where}: the folder has no metadata.json") from None
    except OSError as exc:
        raise ModelMetadataError("metadata.json", f"{where}: metadata.json cannot be read "
                                 f"({exc.strerror or type(exc).__name__})") from None
    except (ValueError, RecursionError):  # bad UTF-8, bad JSON, absurd nesting
        raise ModelMetadataError("metadata.json", f"{where}: metadata.json is not valid JSON") from None
    if not isinstance(data, dict):
        raise ModelMetadataError("metadata.json", f"{where}: metadata.json must hold a JSON object")
    return data


def check_model_size(path: Path, where: str = "") -> int:
    """The size of a model file (model.keras, model.tflite), refused when absurd, before anything reads it."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0  # a missing file is the loader's to name
    if size > MAX_MODEL_BYTES:
        raise ModelMetadataError(path.name, f"{where or path.parent.name}: {path.name} is {size / 1e9:.1f} GB, "
                                 f"more than the {MAX_MODEL_BYTES >> 30} GB any model here needs",
                                 "use a smaller model, or re-export it")
    return size


def check_tensor_bytes(details: Sequence[Mapping[str, Any]]) -> None:
    """Refuse a ``.tflite`` whose tensors (LiteRT's ``get_tensor_details()``, read before allocating) declare
    more than MAX_MODEL_BYTES together: a flatbuffer of 2 KB can declare an 8 GB input. Real models declare
    far less (the bundled EfficientNet-Lite0 at 160 px: 29 MB, weights included)."""
    import numpy as np

    total = 0
    for tensor in details:
        count = 1
        for dim in tensor.get("shape", ()):
            count *= max(int(dim), 0)
        total += count * np.dtype(tensor.get("dtype", np.float32)).itemsize
    if total > MAX_MODEL_BYTES:
        raise ModelMetadataError("model.tflite", f"model.tflite declares {total / 1e9:.1f} GB of tensors, "
                                 f"more than the {MAX_MODEL_BYTES >> 30} GB any model here needs",
                                 "delete model.tflite (the app converts model.keras again), or re-export the model")


def parse_metadata(meta: Mapping[str, Any], where: str = "the model") -> ModelRecord:
    """The typed record a metadata dict promises, or a ModelMetadataError naming the first bad field."""
    if not isinstance(meta, Mapping):
        raise ModelMetadataError("metadata.json", f"{where}: metadata.json must hold a JSON object")
    names = _class_names(meta.get("class_names"), where)
    arch = meta.get("arch", "imported")
    if not isinstance(arch, str) or len(arch) > MAX_CLASS_NAME:
        raise ModelMetadataError("arch", f"{where}: metadata.json arch must be a short text, not {_show(arch)}")
    size = _image_size(meta.get("image_size"), architectures.BY_NAME.get(arch), where)
    row = architectures.BY_NAME.get(arch)
    prep = meta.get("preprocessing") or (row.preprocessing if row else "in_model")  # older folders omit it
    if not isinstance(prep, str) or prep not in PREPROCESSING:
        raise ModelMetadataError("preprocessing", f"{where}: metadata.json preprocessing {_show(prep)} is not "
                                 f"one this app knows ({', '.join(sorted(PREPROCESSING))})")
    return ModelRecord(names, size, arch, str(prep), _open_set(meta.get("open_set"), names, where))


def check_metadata(meta: Mapping[str, Any], where: str = "the model") -> tuple[list[str], int]:
    """The (class names, image size) a metadata dict promises, or a ModelMetadataError naming the field."""
    record = parse_metadata(meta, where)
    return list(record.class_names), record.image_size


def _show(value: Any) -> str:
    """A value for an error line: short, one line, whatever its type or size."""
    text = repr(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


def _class_names(names: Any, where: str) -> tuple[str, ...]:
    if not isinstance(names, list) or not names:
        raise ModelMetadataError("class_names", f"{where}: metadata.json has no class_names list "
                                 f"(found {_show(names)})")
    if len(names) > MAX_CLASSES:
        raise ModelMetadataError("class_names", f"{where}: metadata.json lists {len(names)} class_names, "
                                 f"more than the {MAX_CLASSES} a model here may have")
    if any(not isinstance(n, str) or not n.strip() or len(n) > MAX_CLASS_NAME or not n.isprintable() for n in names):
        raise ModelMetadataError("class_names", f"{where}: metadata.json class_names must be non-empty one-line "
                                 f"texts of at most {MAX_CLASS_NAME} characters")
    if len(set(names)) != len(names):
        raise ModelMetadataError("class_names", f"{where}: metadata.json class_names must be unique")
    return tuple(names)


def _image_size(size: Any, arch: architectures.Architecture | None, where: str) -> int:
    if isinstance(size, float) and math.isfinite(size) and size.is_integer():
        size = int(size)
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ModelMetadataError("image_size", f"{where}: metadata.json image_size must be a positive whole "
                                 f"number of pixels, not {_show(size)}")
    low = arch.min_image_size if arch else architectures.MIN_IMAGE_SIZE
    if not low <= size <= architectures.MAX_IMAGE_SIZE:
        raise ModelMetadataError("image_size", f"{where}: metadata.json image_size {size} is outside "
                                 f"{low}..{architectures.MAX_IMAGE_SIZE} pixels")
    return size


def _open_set(spec: Any, names: tuple[str, ...], where: str) -> tuple[str, float] | None:
    if spec is None:
        return None
    other = spec.get("other_class", "_other") if isinstance(spec, dict) else None
    threshold = spec.get("threshold", 0.5) if isinstance(spec, dict) else None
    if not isinstance(other, str) or other not in names:
        raise ModelMetadataError("open_set", f"{where}: metadata.json open_set names the class {_show(other)}, "
                                 "which is not in class_names")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
        raise ModelMetadataError("open_set", f"{where}: metadata.json open_set threshold must be a number "
                                 f"from 0 to 1, not {_show(threshold)}")
    return other, float(threshold)


def check_shapes(meta: Mapping[str, Any], input_size: int | None, outputs: int, where: str = "the model",
                 network: str = "") -> None:
    """Metadata against the network's square input size (None: any size) and its number of outputs.

    ``network`` names the file measured when it is not model.keras itself (the app's ``model.tflite``
    conversion): the next step then says that replacing a foreign copy of it is the other way out.
    """
    names, size = check_metadata(meta, where)
    fix = _FIX + (f", or delete {network} if it did not come with this model" if network else "")
    if outputs != len(names):
        raise ModelMetadataError("class_names", f"{where}: metadata.json lists {len(names)} class_names but "
                                                f"the network has {outputs} outputs", fix)
    if input_size is not None and input_size != size:
        raise ModelMetadataError("image_size", f"{where}: metadata.json says image_size {size} but the network "
                                               f"takes {input_size}×{input_size}-pixel images", fix)


def keras_io(model: Any) -> tuple[int | None, int]:
    """(square input size or None, number of outputs) of a loaded Keras classifier."""
    in_shape: Sequence[Any] = tuple(model.inputs[0].shape)
    out_shape: Sequence[Any] = tuple(model.outputs[0].shape)
    size = in_shape[1] if len(in_shape) == 4 and in_shape[1] == in_shape[2] else None
    return (int(size) if size is not None else None), int(out_shape[-1])


def check_classifier(meta: Mapping[str, Any], keras_model: Any = None, runner: Any = None,
                     where: str = "the model") -> None:
    """Check whichever network a Classifier holds: its Keras model, its LiteRT runner, or both."""
    if keras_model is not None:
        check_shapes(meta, *keras_io(keras_model), where=where)
    if runner is not None:
        check_shapes(meta, runner.input_size, runner.num_classes, where=where)
