"""EfficientNet-Lite0: a small ImageNet-pretrained backbone that runs in milliseconds on a CPU.

Why this network: Fruits-360 frames are one fruit on white, so a network that
learns only from them fails on shop and kitchen photos. ImageNet features already
know fruit, hands, shelves and clutter. The Lite variant (no squeeze-excite,
ReLU6, fixed stem/head) was designed for phones and converts to TFLite as plain
convolutions; 3.4 M backbone weights, ~4 ms per 128-px image on 2 CPU cores.

Weights="imagenet" reads the official weights (Apache-2.0, from the TensorFlow TPU
release) from a plain array file that ships with the app,
resources/weights/efficientnet_lite0_imagenet.npz (provenance and checksums in
resources/weights/SOURCE.md): numpy reads it with pickle off, so nothing in it can
run, nothing is downloaded at run time and PyTorch is not needed. A user's own
``.pth`` goes through pytorch_legacy.py's restricted reader.
"""

from __future__ import annotations

from pathlib import Path
import zipfile

import keras
import numpy as np

from fruitclassifier.core.models.layers import (
    add_kernel_l2,
    classifier_head,
    plain_weights,
    seed_everything,
    set_backbone_trainable,
)
from fruitclassifier.core.models.options import NetworkOptions

#: (repeats, kernel, stride, expand ratio, input filters, output filters), from efficientnet_lite_builder.py
BLOCKS = ((1, 3, 1, 1, 32, 16), (2, 3, 2, 6, 16, 24), (2, 5, 2, 6, 24, 40), (3, 3, 2, 6, 40, 80),
          (3, 5, 1, 6, 80, 112), (4, 5, 2, 6, 112, 192), (1, 3, 1, 6, 192, 320))
HEAD_FILTERS = 1280
#: Under resources/: the ImageNet state dict (PyTorch names, float32 + int64 BN counters), see SOURCE.md there.
WEIGHTS_FILE = ("weights", "efficientnet_lite0_imagenet.npz")
TITLE = "EfficientNet-Lite0"


def build(options: NetworkOptions) -> keras.Model:
    """Backbone + global pooling + our head; the freeze rule is layers.set_backbone_trainable's."""
    num_classes, image_size, weights = options.num_classes, options.image_size, options.weights
    freeze_backbone, fine_tune_layers = options.freeze_backbone, options.fine_tune_layers
    dropout, l2, seed = options.dropout, options.l2, options.seed
    seed_everything(seed)
    inputs = keras.Input((image_size, image_size, 3), dtype="float32", name="image")
    features = backbone(inputs)
    pooled = keras.layers.GlobalAveragePooling2D(name="avg_pool")(features)
    model = keras.Model(inputs, classifier_head(pooled, num_classes, dropout, l2, seed), name="efficientnet_lite0")
    body = [layer for layer in model.layers if layer.name not in ("image", "normalize", "avg_pool",
                                                                    "head_dropout", "predictions")]
    if weights == "imagenet":
        load_imagenet(model)
    elif plain_weights(weights) is not None:
        _load_file(model, str(weights))
    set_backbone_trainable(body, freeze_backbone, fine_tune_layers, pretrained=weights is not None)
    add_kernel_l2(body, l2)
    return model


def backbone(inputs):
    """The convolutional body on 0..255 RGB input; output (S/32, S/32, 1280) after ReLU6."""
    # The TF release normalises with mean 127 and std 128.
    x = keras.layers.Rescaling(1.0 / 128.0, offset=-127.0 / 128.0, name="normalize")(inputs)
    x = _conv_bn(x, 32, 3, 2, "stem")
    index = 0
    for repeats, kernel, stride, expand, filters_in, filters_out in BLOCKS:
        for r in range(repeats):
            x = _mbconv(x, kernel, stride if r == 0 else 1, expand,
                        filters_in if r == 0 else filters_out, filters_out, f"block{index}")
            index += 1
    return _conv_bn(x, HEAD_FILTERS, 1, 1, "top")


def _conv_bn(x, filters: int, kernel: int, stride: int, name: str, relu: bool = True):
    x = keras.layers.Conv2D(filters, kernel, stride, padding="same", use_bias=False, name=f"{name}_conv")(x)
    x = keras.layers.BatchNormalization(epsilon=1e-3, momentum=0.99, name=f"{name}_bn")(x)
    return keras.layers.ReLU(6.0, name=f"{name}_relu")(x) if relu else x


def _mbconv(inputs, kernel: int, stride: int, expand: int, filters_in: int, filters_out: int, name: str):
    """Inverted residual: 1x1 expand, kxk depthwise, 1x1 project (linear), skip when shapes match."""
    x = _conv_bn(inputs, filters_in * expand, 1, 1, f"{name}_expand") if expand != 1 else inputs
    x = keras.layers.DepthwiseConv2D(kernel, stride, padding="same", use_bias=False, name=f"{name}_dw_conv")(x)
    x = keras.layers.BatchNormalization(epsilon=1e-3, momentum=0.99, name=f"{name}_dw_bn")(x)
    x = keras.layers.ReLU(6.0, name=f"{name}_dw_relu")(x)
    x = _conv_bn(x, filters_out, 1, 1, f"{name}_project", relu=False)
    if stride == 1 and filters_in == filters_out:
        x = keras.layers.Add(name=f"{name}_add")([x, inputs])
    return x


def imagenet_weights_path() -> Path:
    """The bundled weights file; WeightsUnavailableError if the installation lacks it."""
    from fruitclassifier.core.models.registry import WeightsUnavailableError
    from fruitclassifier.paths import resource_path

    path = resource_path(*WEIGHTS_FILE)
    if not path.is_file():
        raise WeightsUnavailableError(TITLE, f"{path} is missing from this installation; reinstall the app")
    return path


def imagenet_state() -> dict[str, np.ndarray]:
    """The ImageNet state dict as numpy arrays (PyTorch names), 1000-class classifier included."""
    return read_npz(imagenet_weights_path())


def read_npz(path: str | Path) -> dict[str, np.ndarray]:
    """Name → array of a ``.npz``, read with pickle off (an object array is refused, never unpickled)."""
    from fruitclassifier.core.models.pytorch_legacy import WeightsFileError

    try:
        with np.load(path, allow_pickle=False) as archive:
            return {name: archive[name] for name in archive.files}
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise
        raise WeightsFileError(path, f"not a plain array file ({type(exc).__name__})") from None


def load_imagenet(model: keras.Model, state: dict[str, np.ndarray] | None = None, source: str = "") -> None:
    """Copy the ImageNet backbone weights into ``model``'s layers (the head stays random).

    ``source`` names a user's file: a state dict of another network is then one WeightsFileError line."""
    from fruitclassifier.core.models.pytorch_legacy import WeightsFileError

    state = imagenet_state() if state is None else state
    for layer_name, torch_name in _layer_map():
        layer = model.get_layer(layer_name)
        try:
            if layer_name.endswith("_bn"):
                keys = ("weight", "bias", "running_mean", "running_var")
                layer.set_weights([state[f"{torch_name}.{k}"] for k in keys])
            elif layer_name.endswith("dw_conv"):
                layer.set_weights([state[f"{torch_name}.weight"].transpose(2, 3, 0, 1)])
            else:
                layer.set_weights([state[f"{torch_name}.weight"].transpose(2, 3, 1, 0)])
        except (KeyError, ValueError) as exc:
            if not source:
                raise
            raise WeightsFileError(source, f"does not hold {TITLE} weights ({torch_name}: "
                                   f"{'missing' if isinstance(exc, KeyError) else 'wrong shape'})") from None


def _layer_map() -> list[tuple[str, str]]:
    """(our layer name, PyTorch module name) for every weighted backbone layer."""
    pairs = [("stem_conv", "_conv_stem"), ("stem_bn", "_bn0")]
    index = 0
    for repeats, _k, _s, expand, *_ in BLOCKS:
        for _ in range(repeats):
            ours, theirs = f"block{index}", f"_blocks.{index}"
            if expand != 1:
                pairs += [(f"{ours}_expand_conv", f"{theirs}._expand_conv"), (f"{ours}_expand_bn", f"{theirs}._bn0")]
            pairs += [(f"{ours}_dw_conv", f"{theirs}._depthwise_conv"), (f"{ours}_dw_bn", f"{theirs}._bn1"),
                      (f"{ours}_project_conv", f"{theirs}._project_conv"), (f"{ours}_project_bn", f"{theirs}._bn2")]
            index += 1
    return pairs + [("top_conv", "_conv_head"), ("top_bn", "_bn1")]


def _load_file(model: keras.Model, path: str) -> None:
    """A PyTorch state dict (.pth/.pt, read by the restricted reader), a .npz of the same names, or a Keras
    weights file for this network."""
    if path.lower().endswith((".pth", ".pt")):
        from fruitclassifier.core.models.pytorch_legacy import load_state_dict

        load_imagenet(model, load_state_dict(path), source=path)
        return
    if path.lower().endswith(".npz"):
        load_imagenet(model, read_npz(path), source=path)
        return
    from fruitclassifier.core.models.custom_cnn import _load_weights

    _load_weights(model, path)
