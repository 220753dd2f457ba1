"""The one table of architectures: every fact the app knows about a network lives in its row.

Config (choices, default sizes), the model registry (builders), the CLI and GUI
defaults (weights, learning rate, freezing) and the PyInstaller spec all read this
table. Adding a network means one builder module under ``core/models/`` and one
row here. Imports nothing from the app and no TensorFlow, so anything may import it.
"""

from __future__ import annotations

from dataclasses import dataclass


def starts_pretrained(weights: str | None) -> bool:
    """Whether a weights setting starts from trained weights ('imagenet' or a file) rather than from scratch
    ('none' or empty): the one rule for freezing, learning rates and what tuning may search."""
    return (weights or "none").strip().lower() not in ("", "none")


@dataclass(frozen=True)
class Architecture:
    """One network: names, input sizes, preprocessing and the defaults that train it well."""

    name: str  # id used in configs, CLI flags and saved metadata
    title: str  # shown in menus
    short_title: str  # tabs, queue items, table columns
    module: str  # builder module under fruitclassifier.core.models
    default_image_size: int
    min_image_size: int
    preprocessing: str  # what the graph does to 0..255 input: "rescale", "caffe" or "efficientnet"
    last_conv_layer: str = ""  # Grad-CAM target in a freshly built model ("" = find it)
    pretrained: bool = False  # weights="imagenet" available
    lr_scratch: float = 1e-3  # Adam learning rate from random weights
    lr_pretrained: float = 1e-3  # Adam learning rate from pretrained weights
    freeze_when_pretrained: bool = True  # default: frozen backbone + new head when pretrained
    # Most backbone layers a study unfreezes (its last stage or two: what fine-tuning on a few hundred photos
    # can move without forgetting ImageNet); 0 = no pretrained backbone, nothing to search.
    fine_tune_max: int = 0
    # Teaching caches this layer's output and fine-tunes what is above it (core/teach/upper.py); "" = head only.
    teach_split: str = ""

    def default_weights(self) -> str:
        return "imagenet" if self.pretrained else "none"

    def learning_rate(self, weights: str | None) -> float:
        """The learning rate that suits these weights ('none'/'' = from scratch)."""
        return self.lr_pretrained if starts_pretrained(weights) else self.lr_scratch


TABLE: tuple[Architecture, ...] = (
    Architecture("custom_cnn", "Custom CNN (Fruits-360 style)", "Custom CNN", "custom_cnn", 100, 16, "rescale"),
    Architecture("compact_cnn", "Compact CNN (BatchNorm, for real photos)", "Compact CNN", "compact_cnn", 100, 16,
                 "rescale", "block5_relu"),
    Architecture("efficientnet_lite0", "EfficientNet-Lite0 (pretrained, fast)", "EfficientNet-Lite0",
                 "efficientnet_lite0", 160, 32, "efficientnet", "top_relu", pretrained=True,
                 fine_tune_max=21, teach_split="block14_add"),  # blocks 14-15 and the top convolution
    # VGG16 from scratch diverges at Adam's usual 1e-3, so it starts ten times lower.
    Architecture("vgg16", "VGG16", "VGG16", "vgg16", 64, 32, "caffe", "block5_conv3", pretrained=True,
                 lr_scratch=1e-4, fine_tune_max=8),  # blocks 4-5: six convolutions and two poolings
    Architecture("resnet50", "ResNet50", "ResNet50", "resnet50", 64, 32, "caffe", "conv5_block3_out",
                 pretrained=True, fine_tune_max=32),  # the conv5 stage
)

#: Largest square input any model may have: a model folder claiming more is refused before anything is
#: allocated (one 100000-px photo array alone would take 28 GB). Imported models (no row here) need MIN_IMAGE_SIZE.
MAX_IMAGE_SIZE = 1024
MIN_IMAGE_SIZE = 8

BY_NAME: dict[str, Architecture] = {arch.name: arch for arch in TABLE}
NAMES: tuple[str, ...] = tuple(BY_NAME)


def get(name: str) -> Architecture:
    """The row for ``name``; a ValueError lists the valid choices."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"Unknown architecture {name!r}: choose one of {', '.join(NAMES)}") from None


def builder_modules() -> list[str]:
    """Every builder module (imported lazily by the registry; the frozen app must include them)."""
    return [f"fruitclassifier.core.models.{arch.module}" for arch in TABLE]
