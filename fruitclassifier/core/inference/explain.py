"""Grad-CAM: where in the image the network looked when it chose a class.

Works because every architecture is built as a flat graph, so the last
convolutional layer's output is reachable from the model's input.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

import numpy as np

_GRAD_MODELS: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()


def gradcam(classifier: Any, image: np.ndarray, class_index: int | None = None) -> np.ndarray:
    """Heat map in [0, 1] with the image's height and width, for the top (or given) class."""
    import tensorflow as tf

    grad_model = _grad_model(classifier)
    x = tf.convert_to_tensor(image[None].astype(np.float32))
    with tf.GradientTape() as tape:
        conv_out, probs = grad_model(x, training=False)
        index = int(tf.argmax(probs[0])) if class_index is None else class_index
        score = probs[:, index]
    grads = tape.gradient(score, conv_out)
    weights = tf.reduce_mean(grads, axis=(1, 2))  # one weight per channel
    cam = tf.nn.relu(tf.reduce_sum(conv_out * weights[:, None, None, :], axis=-1))[0]
    cam = cam.numpy()
    if cam.max() > 0:
        cam = cam / cam.max()
    return _resize(cam, image.shape[0], image.shape[1])


def overlay(image: np.ndarray, heatmap: np.ndarray, alpha: float = 0.45) -> np.ndarray:
    """Blend a jet-like colour map of ``heatmap`` over the RGB uint8 image; a heat map of another size
    (the model's input) is first resized to the image (the larger picture a person looks at)."""
    if heatmap.shape[:2] != image.shape[:2]:
        heatmap = _resize(np.asarray(heatmap, np.float32), image.shape[0], image.shape[1])
    heat = _colormap(heatmap)
    blended = (1 - alpha) * image.astype(np.float32) + alpha * heat
    return np.clip(blended, 0, 255).astype(np.uint8)


def _grad_model(classifier: Any) -> Any:
    import keras

    from fruitclassifier.core.models.registry import last_conv_layer_name

    model = classifier.model
    if model not in _GRAD_MODELS:
        conv = model.get_layer(last_conv_layer_name(model))
        _GRAD_MODELS[model] = keras.Model(model.inputs, [conv.output, model.outputs[0]])
    return _GRAD_MODELS[model]


def _resize(cam: np.ndarray, height: int, width: int) -> np.ndarray:
    from PIL import Image

    img = Image.fromarray(cam.astype(np.float32)).resize((width, height), Image.BILINEAR)
    return np.clip(np.asarray(img, dtype=np.float32), 0.0, 1.0)


def _colormap(values: np.ndarray) -> np.ndarray:
    """A small jet-style map (blue → cyan → yellow → red) without matplotlib on the hot path."""
    v = np.clip(values, 0, 1)[..., None]
    r = np.clip(1.5 - np.abs(4 * v - 3), 0, 1)
    g = np.clip(1.5 - np.abs(4 * v - 2), 0, 1)
    b = np.clip(1.5 - np.abs(4 * v - 1), 0, 1)
    return np.concatenate([r, g, b], axis=-1) * 255.0
