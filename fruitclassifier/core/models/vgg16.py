"""VGG16 backbone (keras.applications) with caffe preprocessing in the graph and our head."""

from __future__ import annotations

import keras

from fruitclassifier.core.models.layers import transfer_model


def build(
    num_classes: int,
    image_size: int,
    *,
    weights: str | None = None,
    freeze_backbone: bool = False,
    fine_tune_layers: int = 0,
    dropout: float = 0.5,
    l2: float = 0.0,
    seed: int | None = None,
) -> keras.Model:
    """VGG16 without its top; see layers.transfer_model for the head and freeze rule.

    Call through registry.build_model, which validates the arguments first.
    """
    return transfer_model(
        keras.applications.VGG16, "VGG16", "vgg16", num_classes, image_size,
        weights=weights, freeze_backbone=freeze_backbone, fine_tune_layers=fine_tune_layers,
        dropout=dropout, l2=l2, seed=seed,
    )
