"""Tiny models in the formats people bring (issue 20), made with the installed TensorFlow/Keras.

Each is a 16-px, 3-class network that expects pixels in [-1, 1] outside the model, like a
Teachable Machine export; ``reference`` gives its answers on 0..255 pixels for comparison.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

SIZE = 16
LABELS_TM = "0 Lemon\n1 Lime\n2 Orange\n"
NAMES = ["Lemon", "Lime", "Orange"]


def tiny_model(seed: int = 0):
    """Conv, DepthwiseConv2D (the layer Teachable Machine's MobileNet configs break), softmax head."""
    import keras

    keras.utils.set_random_seed(seed)
    inputs = keras.Input((SIZE, SIZE, 3))
    x = keras.layers.Conv2D(4, 3, activation="relu")(inputs)
    x = keras.layers.DepthwiseConv2D(3, activation="relu")(x)
    x = keras.layers.GlobalAveragePooling2D()(x)
    outputs = keras.layers.Dense(3, activation="softmax")(x)
    return keras.Model(inputs, outputs)


def pixels(n: int = 4, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (n, SIZE, SIZE, 3), dtype=np.uint8)


def reference(model, batch: np.ndarray) -> np.ndarray:
    """The model's answers with Teachable Machine's scaling applied outside it, as its authors do."""
    return np.asarray(model(batch.astype(np.float32) / 127.5 - 1.0, training=False))


def save_tm_h5(model, folder: Path) -> Path:
    """keras_model.h5 + labels.txt, with ``"groups": 1`` in DepthwiseConv2D like TM's tf.keras export."""
    import h5py

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "keras_model.h5"
    model.save(path)
    with h5py.File(path, "r+") as h5:
        config = json.loads(h5.attrs["model_config"])
        for layer in config["config"]["layers"]:
            if layer["class_name"] == "DepthwiseConv2D":
                layer["config"]["groups"] = 1
        h5.attrs["model_config"] = json.dumps(config).encode()
    (folder / "labels.txt").write_text(LABELS_TM)
    return path


def representative(model):
    def data():
        for i in range(16):
            yield [(pixels(1, seed=i).astype(np.float32) / 127.5 - 1.0)]
    return data


def save_tflite(model, path: Path, quantised: bool = False) -> Path:
    """model_unquant.tflite (float) or model.tflite (uint8 in and out, as Teachable Machine's quantised one)."""
    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if quantised:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.representative_dataset = representative(model)
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        converter.inference_input_type = tf.uint8
        converter.inference_output_type = tf.uint8
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(converter.convert())
    return path
