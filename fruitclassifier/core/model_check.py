"""Does a model folder's metadata.json describe the network beside it?

metadata.json is written by hand as often as by the app (an imported model, an edited
name list), and a wrong field fails far from its cause: two class names on a 13-output
network crashed ``predict`` with an IndexError, and ``image_size`` 100 on a 64-pixel
network answered every photo at the wrong scale without a word. These checks run where
a model is loaded and turn each disagreement into one UserError naming the field.
Qt-free and TensorFlow-free: a Keras model or a LiteRT runner is only asked for shapes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fruitclassifier.errors import UserError

_FIX = "fix metadata.json beside the model, or import the .keras file again with its class names"


class ModelMetadataError(UserError):
    """metadata.json is malformed or disagrees with the network; ``field`` names the culprit."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message, _FIX)


def check_metadata(meta: Mapping[str, Any], where: str = "the model") -> tuple[list[str], int]:
    """The (class names, image size) a metadata dict promises, or a ModelMetadataError naming the field."""
    names = meta.get("class_names")
    if not isinstance(names, list) or not names:
        raise ModelMetadataError("class_names", f"{where}: metadata.json has no class_names list")
    if any(not isinstance(n, str) or not n.strip() for n in names) or len(set(names)) != len(names):
        raise ModelMetadataError("class_names", f"{where}: metadata.json class_names must be unique, "
                                                "non-empty text")
    size = meta.get("image_size")
    if isinstance(size, float) and size.is_integer():
        size = int(size)
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ModelMetadataError("image_size", f"{where}: metadata.json image_size must be a positive whole "
                                               f"number of pixels, not {size!r}")
    return list(names), size


def check_shapes(meta: Mapping[str, Any], input_size: int | None, outputs: int, where: str = "the model") -> None:
    """Metadata against the network's square input size (None: any size) and its number of outputs."""
    names, size = check_metadata(meta, where)
    if outputs != len(names):
        raise ModelMetadataError("class_names", f"{where}: metadata.json lists {len(names)} class_names but "
                                                f"the network has {outputs} outputs")
    if input_size is not None and input_size != size:
        raise ModelMetadataError("image_size", f"{where}: metadata.json says image_size {size} but the network "
                                               f"takes {input_size}×{input_size}-pixel images")


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
