"""How a model wants its pixels: the four conventions imported models use, named once.

The app feeds every network 0..255 RGB (core/data/images.py). A model from elsewhere often expects
something else (Teachable Machine: [-1, 1]; Keras tutorials: 0..1; VGG-era code: caffe BGR minus
ImageNet means), and a wrong choice does not fail: it answers confidently and wrongly. So the
scaling is detected where the file says it, else given by the user, recorded in metadata.json
(``input_scaling``) and applied in exactly one place per engine: a layer in front of a Keras
model (core/importers/keras_import.py) or LiteRT's input (``apply``, used by core/inference/lite.py).
NumPy only: no TensorFlow, no Qt.
"""

from __future__ import annotations

import numpy as np

from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Metadata key recording an imported .tflite's scaling (a Keras import has it inside its graph).
KEY = "input_scaling"
#: name -> (multiplier, offset) for x * multiplier + offset; caffe is handled on its own.
_LINEAR = {"0-255": (1.0, 0.0), "0-1": (1.0 / 255.0, 0.0), "-1-1": (1.0 / 127.5, -1.0)}
CHOICES = (*_LINEAR, "caffe")
TITLES = {
    "0-1": QT_TRANSLATE_NOOP("core", "0 to 1 (pixels / 255)"),
    "0-255": QT_TRANSLATE_NOOP("core", "0 to 255 (raw pixels; the model scales them itself)"),
    "-1-1": QT_TRANSLATE_NOOP("core", "-1 to 1 (Teachable Machine, MobileNet)"),
    "caffe": QT_TRANSLATE_NOOP("core", "caffe: BGR minus ImageNet means (VGG16, ResNet50 of keras.applications)"),
}
_ALIASES = {"0..1": "0-1", "0..255": "0-255", "-1..1": "-1-1", "[-1,1]": "-1-1", "[0,1]": "0-1", "none": "0-255",
            "raw": "0-255", "tm": "-1-1", "teachable-machine": "-1-1", "bgr": "caffe"}
IMAGENET_BGR_MEAN = (103.939, 116.779, 123.68)


class ScalingError(UserError, ValueError):
    """A scaling name the app does not know."""


def parse(value: str | None) -> str | None:
    """The canonical name for a user's spelling ("0..1" -> "0-1"), None for none given."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip().lower().replace(" ", "")
    text = _ALIASES.get(text, text)
    if text not in CHOICES:
        raise ScalingError(f"unknown input scaling {value!r}: choose one of {', '.join(CHOICES)}")
    return text


def linear(name: str) -> tuple[float, float]:
    """(multiplier, offset) of a linear scaling; ScalingError for caffe (not linear per channel)."""
    if name not in _LINEAR:
        raise ScalingError(f"{name} is not a linear scaling")
    return _LINEAR[name]


def apply(batch: np.ndarray, name: str | None) -> np.ndarray:
    """0..255 RGB (N, S, S, 3) -> what a model of this scaling expects, as float32."""
    x = np.asarray(batch, dtype=np.float32)
    if name is None or name == "0-255":
        return x
    if name == "caffe":
        return x[..., ::-1] - np.asarray(IMAGENET_BGR_MEAN, np.float32)
    scale, offset = linear(name)
    return x * np.float32(scale) + np.float32(offset)


def from_range(low: float, high: float) -> str | None:
    """The scaling whose 0..255 pixels map onto [low, high] (a uint8 input's quantisation), or None."""
    for name, (scale, offset) in _LINEAR.items():
        if abs(low - offset) < 0.02 * (1 + abs(offset)) and abs(high - (255 * scale + offset)) < 0.02 * (
                1 + 255 * scale):
            return name
    return None
