"""Custom Keras layers that travel inside saved models, and the blocks the builders share.

Preprocessing lives in the graph (never in a ``Lambda``) so that a saved
``.keras`` file takes plain 0..255 RGB pixels, loads with ``safe_mode=True``,
and gives the same answers in any tool that imports this module first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import keras
from keras import ops

from fruitclassifier import architectures
from fruitclassifier.core.models.options import NetworkOptions
from fruitclassifier.errors import first_line

#: ImageNet channel means in BGR order, as keras.applications' "caffe" mode uses.
IMAGENET_BGR_MEAN = (103.939, 116.779, 123.68)


@keras.saving.register_keras_serializable(package="fruitclassifier")
class CaffePreprocess(keras.layers.Layer):
    """RGB 0..255 -> BGR minus the ImageNet means (VGG16/ResNet50 "caffe" preprocessing).

    Numerically the same as ``keras.applications.vgg16.preprocess_input`` on
    float RGB input, but saved as a named layer so loading needs no Python code.
    """

    def __init__(self, mean: tuple[float, float, float] = IMAGENET_BGR_MEAN, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mean = tuple(float(m) for m in mean)
        self.supports_masking = True

    def call(self, inputs):
        x = ops.cast(inputs, self.compute_dtype)
        bgr = ops.flip(x, axis=-1)
        return bgr - ops.convert_to_tensor(self.mean, dtype=self.compute_dtype)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self) -> dict[str, Any]:
        return {**super().get_config(), "mean": list(self.mean)}


# --- Building blocks shared by the builders ---------------------------------------------
# They live here (not in each builder) so VGG16 and ResNet50 get exactly the same head,
# freeze rule and weight handling.


def seed_everything(seed: int | None) -> None:
    """Make weight initialisation reproducible when a seed is given."""
    if seed is not None:
        keras.utils.set_random_seed(int(seed))


def plain_weights(weights: str | None) -> str | None:
    """None for "none"/"" (so a builder called directly accepts the config's spelling)."""
    return str(weights) if architectures.starts_pretrained(None if weights is None else str(weights)) else None


def l2_regularizer(l2: float) -> keras.regularizers.Regularizer | None:
    return keras.regularizers.L2(l2) if l2 > 0 else None


def classifier_head(x, num_classes: int, dropout: float, l2: float, seed: int | None):
    """Dropout then a float32 softmax named "predictions" (float32 even under mixed precision)."""
    x = keras.layers.Dropout(dropout, seed=seed, name="head_dropout")(x)
    return keras.layers.Dense(
        num_classes, activation="softmax", dtype="float32", name="predictions",
        kernel_regularizer=l2_regularizer(l2),
    )(x)


def add_kernel_l2(layers: list[keras.layers.Layer], l2: float) -> None:
    """Put an L2 penalty on the kernels of already-built layers (keras.applications has no option).

    Set on both the layer (so it is saved in the config) and the variable (so the
    loss sees it now).
    """
    reg = l2_regularizer(l2)
    if reg is None:
        return
    for layer in layers:
        kernel = getattr(layer, "kernel", None)
        if kernel is not None and hasattr(layer, "kernel_regularizer"):
            layer.kernel_regularizer = reg
            kernel.regularizer = reg


def set_backbone_trainable(
    layers: list[keras.layers.Layer], freeze: bool, fine_tune_layers: int, pretrained: bool
) -> None:
    """Apply the freeze / fine-tune rule to a backbone's layers.

    - freeze: every layer frozen, except the last ``fine_tune_layers`` layers.
    - not freeze: every layer trainable.
    BatchNormalization stays frozen (inference mode) whenever pretrained statistics
    are being fine-tuned, as the Keras transfer-learning guide advises; only a
    backbone trained from scratch trains its BN layers.
    """
    if freeze:
        last = layers[max(0, len(layers) - fine_tune_layers):] if fine_tune_layers else []
    else:
        last = layers
    unfrozen = {id(layer) for layer in last}
    keep_bn_frozen = freeze or pretrained
    for layer in layers:
        is_bn = isinstance(layer, keras.layers.BatchNormalization)
        layer.trainable = id(layer) in unfrozen and not (is_bn and keep_bn_frozen)


def transfer_model(application: Callable[..., keras.Model], title: str, name: str,
                   options: NetworkOptions) -> keras.Model:
    """A keras.applications backbone with CaffePreprocess in front and our head on top.

    The backbone is called on our tensor (``input_tensor=``), so its layers become
    direct layers of the returned model: a flat graph in which Grad-CAM can reach
    the last convolution, and which saves and loads without nested models.
    """
    weights, seed, l2 = plain_weights(options.weights), options.seed, options.l2
    seed_everything(seed)
    inputs = keras.Input((options.image_size, options.image_size, 3), dtype="float32", name="image")
    x = CaffePreprocess(name="caffe_preprocess")(inputs)
    backbone = _call_application(application, title, x, weights)
    pooled = keras.layers.GlobalAveragePooling2D(name="avg_pool")(backbone.output)
    outputs = classifier_head(pooled, options.num_classes, options.dropout, l2, seed)
    model = keras.Model(inputs, outputs, name=name)
    skip = (keras.layers.InputLayer, CaffePreprocess)
    body = [layer for layer in backbone.layers if not isinstance(layer, skip)]
    set_backbone_trainable(body, options.freeze_backbone, options.fine_tune_layers, pretrained=weights is not None)
    add_kernel_l2(body, l2)
    return model


def _call_application(application: Callable[..., keras.Model], title: str, x, weights: str | None):
    """Build the backbone; download/load failures become errors a user can act on."""
    from fruitclassifier.core.models.registry import WeightsUnavailableError

    try:
        return application(include_top=False, weights=weights, input_tensor=x)
    except Exception as exc:  # noqa: BLE001 - keras raises bare Exception on fetch failure
        if weights == "imagenet":
            # Sizes were validated before building, so what fails here is the
            # download (URLError, HTTP error, "URL fetch failure", hash mismatch) or the cache.
            raise WeightsUnavailableError(title, str(exc)) from exc
        if weights is not None:
            first = first_line(exc, 200) or "unknown error"
            raise ValueError(
                f"The weights file {Path(weights).name} does not fit the {title} backbone ({first}): "
                f"choose a {title} weights file saved without its top, 'imagenet' or 'none'"
            ) from exc
        raise
