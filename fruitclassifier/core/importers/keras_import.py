"""Keras models from elsewhere (.keras, legacy Keras 2 / tf.keras .h5) made into the app's kind of model.

The app's networks take 0..255 RGB with preprocessing inside the graph (core/models/registry.py), so
an imported model gets its scaling as a layer in front (Rescaling, or CaffePreprocess) and then is a
normal store entry: it converts to .tflite, answers, compares, teaches and exports like the app's own.

Legacy .h5 files are loaded safely: their config is read with h5py first, Lambda layers (Python code)
are refused before Keras sees them, and the well-known incompatibility of Teachable Machine exports
(``"groups": 1`` in DepthwiseConv2D, which Keras 3 refuses) is repaired in a temporary copy, with a note.
"""

from __future__ import annotations

import json
from pathlib import Path
import shutil
import tempfile
from typing import Any

import numpy as np

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.models import model_check
from fruitclassifier.core.models.registry import ModelFileError
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Layers near the input that mean "this model scales raw pixels itself".
_SCALING_LAYERS = ("Rescaling", "Normalization", "CaffePreprocess")
#: Layers whose arrival means preprocessing is over (no scaling layer seen before them).
_COMPUTE_LAYERS = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D", "Dense", "Conv1D", "Flatten")
#: Per layer class: config keys Keras 3 refuses that older Keras wrote with a harmless value.
_LEGACY_KEYS = {"DepthwiseConv2D": {"groups": 1}}
#: Per layer class: config keys tf.keras 2 wrote as one-element lists where Keras 3 wants the element.
_LISTED_KEYS = {"BatchNormalization": "axis", "LayerNormalization": "axis"}


def load(path: Path) -> tuple[Any, list[str]]:
    """(Keras model, notes on repairs made) for a .keras or legacy .h5 file."""
    from fruitclassifier.core.models.registry import load_keras

    if path.suffix.lower() == ".keras":
        return load_keras(path), []
    return _load_h5(path)


def _read_h5_config(path: Path) -> dict:
    import h5py

    model_check.check_model_size(path)
    try:
        with h5py.File(path, "r") as h5:
            raw = h5.attrs.get("model_config")
    except OSError:
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "not an HDF5 model file (it may be damaged or another "
                                                             "format)")) from None
    if raw is None:
        raise ModelFileError(path, "holds weights only, no model architecture: save the whole model "
                                   "(model.save) or import the .keras file")
    try:
        return json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else str(raw))
    except ValueError:
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "its model configuration is not valid JSON")) from None


def _walk(config: Any, notes: list[str], path: Path) -> None:
    """Refuse Python-code layers and repair what tf.keras 2 wrote that Keras 3 refuses, through the whole
    config (nested models included), recording each kind of repair once in ``notes``."""
    if isinstance(config, list):
        for item in config:
            _walk(item, notes, path)
        return
    if not isinstance(config, dict):
        return
    kind = str(config.get("class_name"))
    if kind == "Lambda":
        raise ModelFileError(path, "contains a Lambda layer with Python code, which could run arbitrary code; "
                                   "re-save it without Lambda layers")
    if isinstance(config.get("config"), dict):
        _repair_layer(kind, config["config"], notes)
    for value in config.values():
        _walk(value, notes, path)


def _repair_layer(kind: str, layer_config: dict, notes: list[str]) -> None:
    found: list[str] = []
    if kind == "Sequential" and _explicit_input(layer_config):
        found.append("moved tf.keras 2's batch_input_shape off a Sequential's layers (Keras 3 wants an InputLayer)")
    for key, harmless in _LEGACY_KEYS.get(kind, {}).items():
        if layer_config.get(key) == harmless:
            del layer_config[key]
            found.append(f"removed '{key}: {harmless}' from {kind} layers (written by older Keras, refused by Keras 3)")
    listed = _LISTED_KEYS.get(kind)
    if listed and isinstance(layer_config.get(listed), list) and len(layer_config[listed]) == 1:
        layer_config[listed] = layer_config[listed][0]
        found.append(f"read {kind} {listed}, written by tf.keras 2 as a one-element list, as its number")
    notes.extend(note for note in found if note not in notes)


def _explicit_input(sequential: dict) -> bool:
    """tf.keras 2 kept a Sequential's input shape on its first layer too (``batch_input_shape``), which Keras 3
    refuses inside a nested Sequential (Teachable Machine's layout): the shape goes to an InputLayer only.
    True when something was moved."""
    layers = sequential.get("layers")
    if not isinstance(layers, list) or not layers or not all(isinstance(layer, dict) for layer in layers):
        return False
    moved = False
    for layer in list(layers):
        config = layer.get("config")
        if layer.get("class_name") != "InputLayer" and isinstance(config, dict) and "batch_input_shape" in config:
            shape = config.pop("batch_input_shape")
            moved = True
            if layer is layers[0]:
                layers.insert(0, {"class_name": "InputLayer", "config": {
                    "batch_shape": shape, "dtype": config.get("dtype", "float32"), "name": f"{config.get('name')}_in"}})
    return moved


def _load_h5(path: Path) -> tuple[Any, list[str]]:
    """Load a legacy .h5 from a repaired temporary copy (the user's file is never changed)."""
    import h5py
    import keras

    from fruitclassifier.core.models import layers  # noqa: F401  (registers CaffePreprocess)

    config = _read_h5_config(path)
    notes: list[str] = []
    _walk(config, notes, path)
    with tempfile.TemporaryDirectory(prefix="fruitclassifier-import-") as tmp:
        copy = Path(tmp) / "model.h5"
        shutil.copyfile(path, copy)
        with h5py.File(copy, "r+") as h5:
            h5.attrs["model_config"] = json.dumps(config).encode("utf-8")
        try:
            model = keras.saving.load_model(copy, safe_mode=True, compile=False)
        except Exception as exc:  # noqa: BLE001 - any failure means "cannot open this file"
            from fruitclassifier.core.models.registry import _load_failure_reason

            raise ModelFileError(path, _load_failure_reason(exc)) from exc
    return model, notes


def detect_scaling(model: Any) -> str | None:
    """"0-255" when a scaling layer comes before the first computing layer (the model takes raw pixels)."""
    for layer in _flat_layers(model):
        kind = type(layer).__name__
        if kind in _SCALING_LAYERS:
            return "0-255"
        if kind in _COMPUTE_LAYERS:
            return None
    return None


def _flat_layers(model: Any) -> list[Any]:
    out: list[Any] = []
    for layer in getattr(model, "layers", []):
        out.extend(_flat_layers(layer) if hasattr(layer, "layers") else [layer])
    return out


def _is_softmax_dense(layer: Any) -> bool:
    import keras

    return isinstance(layer, keras.layers.Dense) and getattr(layer.activation, "__name__", "") == "softmax"


def _sequential_leaves(model: Any) -> list[Any] | None:
    """The layers of a Sequential, nested Sequentials opened up (a functional model inside, such as Teachable
    Machine's MobileNet, stays one layer); None when the model is not a Sequential."""
    import keras

    if not isinstance(model, keras.Sequential):
        return None
    leaves: list[Any] = []
    for layer in model.layers:
        leaves.extend(_sequential_leaves(layer) or []) if isinstance(layer, keras.Sequential) else leaves.append(layer)
    return leaves


def check_io(model: Any, path: Path) -> tuple[int, int]:
    """(square input size, outputs) of an image classifier, or one line saying why it is not one."""
    try:
        inputs, outputs = list(model.inputs), list(model.outputs)
    except (AttributeError, ValueError):
        inputs, outputs = [], []
    if len(inputs) != 1 or len(outputs) != 1:
        raise ModelFileError(path, f"has {len(inputs)} inputs and {len(outputs)} outputs: an image classifier "
                                   "has one of each (detection and multi-task models are not supported)")
    shape, out = tuple(inputs[0].shape), tuple(outputs[0].shape)
    if len(shape) != 4 or shape[-1] != 3:
        raise ModelFileError(path, f"does not take RGB images (its input shape is {shape})")
    if shape[1] is None or shape[1] != shape[2]:
        raise ModelFileError(path, f"has no fixed square input size ({shape}), so photos cannot be sized for it")
    if len(out) != 2 or not out[-1] or out[-1] < 2:
        raise ModelFileError(path, f"does not output class scores (its output shape is {out})")
    return int(shape[1]), int(out[-1])


def wrap(model: Any, size: int, scale: str) -> tuple[Any, list[str]]:
    """The model behind its scaling layer, taking 0..255 RGB like the app's own; a Softmax is added
    when its outputs are logits (rows that are not probabilities)."""
    import keras

    from fruitclassifier.core.models.layers import CaffePreprocess

    inputs = keras.Input((size, size, 3), name="pixels")
    if scale == "caffe":
        x = CaffePreprocess(name="imported_scaling")(inputs)
    elif scale == "0-255":
        x = inputs
    else:
        multiplier, offset = scaling.linear(scale)
        x = keras.layers.Rescaling(multiplier, offset, name="imported_scaling")(inputs)
    chain = _sequential_leaves(model)
    if chain is None:
        outputs = model(x)
    else:  # a Sequential (of Sequentials): copies of its layers in one flat graph, so Grad-CAM finds them
        for layer in chain:  # copies: a shared layer's .output would still point into the loaded graph
            config = layer.get_config()
            if layer is chain[-1] and _is_softmax_dense(layer):
                config["name"] = "predictions"  # the head teach looks for (core/teach/features.py)
            copy = type(layer).from_config(config)
            x = copy(x)
            copy.set_weights(layer.get_weights())
        outputs = x
    notes: list[str] = []
    probe = np.asarray(keras.Model(inputs, outputs)(np.random.default_rng(0).uniform(0, 255, (2, size, size, 3))
                                                    .astype("float32"), training=False))
    if not (np.all(probe >= -1e-4) and np.allclose(probe.sum(axis=1), 1.0, atol=1e-3)):
        outputs = keras.layers.Softmax(name="imported_softmax", dtype="float32")(outputs)
        notes.append("its outputs were scores, not probabilities: a softmax was added")
    return keras.Model(inputs, outputs, name="imported"), notes
