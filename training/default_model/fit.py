"""Fit the default model: ImageNet EfficientNet-Lite0 below, its last block + head trained on our scenes.

Why split the network: on 2 CPU cores a full fine-tune at 160 px costs minutes per epoch, but the
lower 15 blocks are kept frozen anyway (ImageNet features are what generalises to real photos), so
their output is computed once per image and cached; the last block, the 1x1 head convolution and the
classifier train on the cache in seconds per epoch. BatchNorm keeps its ImageNet statistics.
"""

from __future__ import annotations

import keras
import numpy as np

from fruitclassifier.core.models import efficientnet_lite0 as effnet
from fruitclassifier.core.models.layers import classifier_head
from fruitclassifier.core.models.options import NetworkOptions

SPLIT = "block14_add"  # last layer of the frozen part
UPPER_BLOCK = (3, 1, 6, 192, 320)  # block15: kernel, stride, expand, filters in, filters out


def full_model(num_classes: int, size: int, dropout: float, seed: int) -> keras.Model:
    return effnet.build(NetworkOptions(num_classes, size, weights="imagenet", dropout=dropout, seed=seed))


def lower_model(model: keras.Model) -> keras.Model:
    return keras.Model(model.input, model.get_layer(SPLIT).output, name="lower")


def upper_model(model: keras.Model, num_classes: int, dropout: float, seed: int) -> keras.Model:
    """The trainable top as its own model, weights copied from ``model`` by layer name."""
    shape = model.get_layer(SPLIT).output.shape[1:]
    inputs = keras.Input(shape, name="lower_features")
    kernel, stride, expand, f_in, f_out = UPPER_BLOCK
    x = effnet._mbconv(inputs, kernel, stride, expand, f_in, f_out, "block15")
    x = effnet._conv_bn(x, effnet.HEAD_FILTERS, 1, 1, "top")
    x = keras.layers.GlobalAveragePooling2D(name="avg_pool")(x)
    upper = keras.Model(inputs, classifier_head(x, num_classes, dropout, 0.0, seed), name="upper")
    copy_weights(model, upper)
    return upper


def copy_weights(source: keras.Model, target: keras.Model) -> None:
    names = {layer.name for layer in source.layers}
    for layer in target.layers:
        if layer.name in names and layer.weights:
            layer.set_weights(source.get_layer(layer.name).get_weights())


def lower_features(lower: keras.Model, images: np.ndarray, batch: int = 64) -> np.ndarray:
    return lower.predict(images.astype(np.float32), batch_size=batch, verbose=0)


def train_upper(upper: keras.Model, x: np.ndarray, y: np.ndarray, val: tuple[np.ndarray, np.ndarray],
                head_epochs: int, tune_epochs: int, seed: int) -> dict[str, list[float]]:
    """Head first (the rest frozen), then the last block and head convolution at a lower rate."""
    weights = _balanced_weights(y, upper.output.shape[-1])
    history: dict[str, list[float]] = {}
    for _stage, epochs, rate, trainable in (("head", head_epochs, 1e-3, {"predictions"}),
                                           ("tune", tune_epochs, 2e-4, None)):
        for layer in upper.layers:
            is_bn = isinstance(layer, keras.layers.BatchNormalization)
            layer.trainable = (trainable is None and not is_bn) or (trainable is not None and layer.name in trainable)
        upper.compile(keras.optimizers.Adam(rate), "sparse_categorical_crossentropy", metrics=["accuracy"])
        if epochs:
            fit = upper.fit(x, y, batch_size=64, epochs=epochs, validation_data=val, verbose=2,
                            sample_weight=weights[y], shuffle=True)
            for key, values in fit.history.items():
                history.setdefault(key, []).extend(float(v) for v in values)
    return history


def _balanced_weights(y: np.ndarray, num_classes: int) -> np.ndarray:
    counts = np.bincount(y, minlength=num_classes).astype(np.float64)
    return (len(y) / (num_classes * np.maximum(counts, 1))).astype(np.float32)


def assemble(model: keras.Model, upper: keras.Model) -> keras.Model:
    """The saved model: the ImageNet lower part and the trained upper part in one flat graph."""
    copy_weights(upper, model)
    return model
