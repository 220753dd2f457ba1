"""The registry of architectures: one small builder per network, one signature.

Importing this module does not import TensorFlow: the GUI lists architectures
(names, titles, sizes) before TF is loaded. Each builder module is imported only
when a model is actually built.

Every builder takes ``(num_classes, image_size, *, weights, freeze_backbone,
fine_tune_layers, dropout, l2, seed)`` and returns a model whose input is float32
(S, S, 3) RGB in 0..255 (preprocessing is inside the graph) and whose output is a
float32 softmax layer named ``"predictions"``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import importlib
from pathlib import Path
import re
from typing import TYPE_CHECKING, Any
import zipfile

from fruitclassifier import architectures
from fruitclassifier.core.models.options import NetworkOptions
from fruitclassifier.errors import UserError, first_line
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # pragma: no cover - typing only
    import keras

#: Layer classes whose 4D output is a sensible Grad-CAM target.
_CAM_LAYER_TYPES = ("Conv2D", "SeparableConv2D", "DepthwiseConv2D", "Activation", "ReLU")


class WeightsUnavailableError(UserError, RuntimeError):
    """ImageNet weights could not be downloaded (offline, firewall, broken cache)."""

    def __init__(self, arch_title: str, detail: str = "") -> None:
        super().__init__(f"Could not download the ImageNet weights for {arch_title} (no internet connection?).",
                         "Train from scratch with weights 'none', or choose a weights file.")
        self.arch_title = arch_title
        self.detail = detail


class SettingError(UserError, ValueError):
    """A network setting the user chose that cannot work (ImageNet weights for a network without them, an image
    too small, ...): said in one line, exit 2 on the command line, before anything is built."""


class ModelFileError(UserError, ValueError):
    """A file is not a loadable, safe Keras model; ``reason`` is one human line."""

    def __init__(self, path: str | Path, reason: str) -> None:
        reason = reason if isinstance(reason, Text) else Text(reason)  # looked up as it is: a marked fixed reason
        super().__init__(Text(QT_TRANSLATE_NOOP("core", "{name}: {reason}"), name=Path(path).name, reason=reason))
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class ArchSpec:
    """What the app needs to know about an architecture without building it."""

    name: str
    title: str
    default_image_size: int
    min_image_size: int
    preprocessing: str  # "rescale" (x/255), "caffe" (CaffePreprocess) or "efficientnet" ((x-127)/128)
    builder: Callable[..., keras.Model]
    last_conv_layer: str = ""  # Grad-CAM target in a freshly built model ("" = find it)
    pretrained: bool = False  # whether weights="imagenet" is available


def _lazy_builder(module: str) -> Callable[..., keras.Model]:
    """A builder that imports its module (and so TensorFlow) only when called."""

    def build(*args: Any, **kwargs: Any) -> keras.Model:
        mod = importlib.import_module(f"fruitclassifier.core.models.{module}")
        return mod.build(*args, **kwargs)

    build.__name__ = f"build_{module}"
    build.__doc__ = f"Build a {module} model (imports fruitclassifier.core.models.{module} lazily)."
    return build


def _spec(arch: architectures.Architecture) -> ArchSpec:
    return ArchSpec(arch.name, arch.title, arch.default_image_size, arch.min_image_size, arch.preprocessing,
                    _lazy_builder(arch.module), arch.last_conv_layer, arch.pretrained)


#: Built from the one architecture table (fruitclassifier/architectures.py).
SPECS: dict[str, ArchSpec] = {arch.name: _spec(arch) for arch in architectures.TABLE}


def get_arch(name: str) -> ArchSpec:
    """The spec for ``name``; a ValueError lists the valid choices."""
    return SPECS[architectures.get(name).name]


def normalize_weights(weights: str | Path | None, spec: ArchSpec) -> str | None:
    """'imagenet', None (random init) or an existing file path, with clear errors."""
    if not architectures.starts_pretrained(None if weights is None else str(weights)):
        return None
    if str(weights).strip().lower() == "imagenet":
        if not spec.pretrained:
            raise SettingError(
                f"{spec.title} has no ImageNet weights: use weights 'none' (or a weights file)"
            )
        return "imagenet"
    path = Path(weights).expanduser()
    if not path.is_file():
        raise SettingError(f"Weights file not found: {path}. Choose an existing file, 'imagenet' or 'none'.")
    return str(path)


def build_model(
    arch: str,
    num_classes: int,
    image_size: int,
    *,
    weights: str | Path | None = "none",
    freeze_backbone: bool = False,
    fine_tune_layers: int = 0,
    dropout: float = 0.5,
    l2: float = 0.0,
    seed: int | None = None,
) -> keras.Model:
    """Build ``arch`` for ``num_classes`` classes at ``image_size`` pixels, validated first.

    Checks happen here, before TensorFlow builds anything, so a wrong setting
    fails in milliseconds with a message naming the setting.
    """
    spec = get_arch(arch)
    if int(num_classes) < 2:
        raise SettingError(f"A classifier needs at least 2 classes, got {num_classes}")
    if int(image_size) < spec.min_image_size:
        raise SettingError(
            f"{spec.title} needs images of at least {spec.min_image_size} pixels, got {image_size}: "
            f"choose a larger image size (default {spec.default_image_size})"
        )
    if not 0.0 <= dropout < 1.0:
        raise SettingError(f"dropout must be in [0, 1), got {dropout}")
    if l2 < 0 or fine_tune_layers < 0:
        raise SettingError("l2 and fine_tune_layers must not be negative")
    options = NetworkOptions(int(num_classes), int(image_size), weights=normalize_weights(weights, spec),
                             freeze_backbone=bool(freeze_backbone), fine_tune_layers=int(fine_tune_layers),
                             dropout=float(dropout), l2=float(l2), seed=seed)
    return spec.builder(options)



def _output_rank(layer: Any) -> int:
    try:
        return len(layer.output.shape)
    except (AttributeError, ValueError):  # never called, or shared between several calls
        return 0


def last_conv_layer_name(model: keras.Model) -> str:
    """The last layer with a 4D output that is a convolution or an activation (Grad-CAM target).

    For a flat VGG16 this is "block5_conv3"; for ResNet50 "conv5_block3_out".
    """
    for layer in reversed(model.layers):
        if type(layer).__name__ in _CAM_LAYER_TYPES and _output_rank(layer) == 4:
            return layer.name
    raise ValueError(
        f"Model {model.name!r} has no convolution layer with a 4D output, so Grad-CAM cannot explain it"
    )


def count_params(model: keras.Model) -> int:
    """Total number of weights (trainable and not), as shown in the model list."""
    return int(model.count_params())


def load_keras(path: str | Path) -> keras.Model:
    """Load a ``.keras`` file safely (no Python code from the file), without compiling it.

    Every failure becomes a ModelFileError with one line that says what is wrong
    and what to do, because users open files the app did not write.
    """
    from fruitclassifier.core.models.keras_archive import ArchiveError, check_config, check_weights

    path = Path(path).expanduser()
    _check_model_file(path)
    try:
        check_config(path)
        check_weights(path)
    except ArchiveError as exc:
        raise ModelFileError(path, exc.reason) from None
    import keras

    from fruitclassifier.core.models import layers  # noqa: F401  (registers CaffePreprocess)

    try:
        return keras.saving.load_model(path, safe_mode=True, compile=False)
    except Exception as exc:  # noqa: BLE001 - any failure means "cannot open this file"
        raise ModelFileError(path, _load_failure_reason(exc)) from exc


def _check_model_file(path: Path) -> None:
    """Cheap checks before Keras sees the file, so the common mistakes read clearly."""
    if not path.exists():
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "file not found"))
    if path.is_dir():
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "is a folder, not a .keras model file (SavedModel "
                                                             "folders are not supported)"))
    if path.suffix.lower() in (".h5", ".hdf5"):
        raise ModelFileError(
            path, QT_TRANSLATE_NOOP("core", "is a legacy HDF5 model; open it in Keras and re-save it with "
                                            "model.save('name.keras')")
        )
    if path.suffix.lower() == ".tflite":
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "is a TensorFlow Lite model: it answers photos, but "
                                                             "cannot be fine-tuned, explained or exported again "
                                                             "(import the Keras model for that)"))
    if path.suffix.lower() != ".keras":
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "not a Keras model file (expected a file ending in "
                                                             ".keras)"))
    from fruitclassifier.core.models.keras_archive import ArchiveError, check_archive

    try:
        if path.stat().st_size == 0:
            raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "empty file (0 bytes)"))
        check_archive(path)  # sizes and members bounded before Keras unpacks anything
    except PermissionError:
        raise ModelFileError(path, QT_TRANSLATE_NOOP("core", "permission denied")) from None
    except ArchiveError as exc:
        raise ModelFileError(path, exc.reason) from None


def _load_failure_reason(exc: Exception) -> str:
    """Turn a Keras loading error into one line a user can act on."""
    text = str(exc)
    if "Lambda" in text and ("safe_mode" in text or "arbitrary code" in text):
        return (
            "contains a Lambda layer with Python code, which could run arbitrary code; "
            "re-save it without Lambda layers"
        )
    if "safe_mode" in text or "arbitrary code" in text:
        return "contains Python code that could run arbitrary code, so it was refused; re-save it without it"
    unknown = re.search(r"Could not locate (?:class|function) '([^']+)'", text)
    if unknown or "Unknown layer" in text:
        what = f" '{unknown.group(1)}'" if unknown else ""
        return (
            f"uses a custom layer or function{what} that this app does not know; "
            "re-save the model with built-in Keras layers only"
        )
    if isinstance(exc, (zipfile.BadZipFile, KeyError)) or "config.json" in text:
        return "not a Keras model file (the archive has no model configuration)"
    return f"could not be loaded as a Keras model ({first_line(text, 160) or 'unknown error'})"
