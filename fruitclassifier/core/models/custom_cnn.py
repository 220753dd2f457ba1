"""The Fruits-360 authors' style CNN: small, fast, trained from scratch.

Rescaling(1/255) -> 4 x [Conv2D(16/32/64/128, 3x3, relu, same) + MaxPool] ->
Flatten -> Dense(256, relu) -> Dropout -> Dense(softmax). It has no backbone, so
freeze_backbone and fine_tune_layers do not apply and are ignored.
"""

from __future__ import annotations

import keras

from fruitclassifier.core.models.layers import classifier_head, l2_regularizer, plain_weights, seed_everything
from fruitclassifier.core.models.options import NetworkOptions
from fruitclassifier.errors import first_line

FILTERS = (16, 32, 64, 128)


def build(options: NetworkOptions) -> keras.Model:
    """Build the CNN; ``weights`` may be a weights file of the whole model (a warm start).

    Call through registry.build_model, which validates the arguments first.
    """
    num_classes, image_size, weights = options.num_classes, options.image_size, options.weights
    dropout, l2, seed = options.dropout, options.l2, options.seed
    seed_everything(seed)
    inputs = keras.Input((image_size, image_size, 3), dtype="float32", name="image")
    x = keras.layers.Rescaling(1.0 / 255, name="rescale")(inputs)
    for i, filters in enumerate(FILTERS, start=1):
        x = keras.layers.Conv2D(
            filters, 3, padding="same", activation="relu", name=f"block{i}_conv",
            kernel_regularizer=l2_regularizer(l2),
        )(x)
        x = keras.layers.MaxPooling2D(name=f"block{i}_pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(256, activation="relu", name="fc", kernel_regularizer=l2_regularizer(l2))(x)
    model = keras.Model(inputs, classifier_head(x, num_classes, dropout, l2, seed), name="custom_cnn")
    if plain_weights(weights) is not None:
        _load_weights(model, str(weights))
    return model


def _load_weights(model: keras.Model, weights: str) -> None:
    if weights == "imagenet":  # registry refuses this earlier; keep the builder safe on its own
        raise ValueError("The custom CNN has no ImageNet weights: use weights 'none'")
    try:
        model.load_weights(weights)
    except Exception as exc:  # noqa: BLE001 - shape/format mismatches come as many types
        first = first_line(exc, 200) or "unknown error"
        raise ValueError(
            f"The weights file {weights} does not fit this custom CNN ({first}): "
            "use weights saved from a custom CNN with the same classes and image size, or 'none'"
        ) from exc
