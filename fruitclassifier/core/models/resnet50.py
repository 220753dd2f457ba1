"""ResNet50 backbone (keras.applications) with caffe preprocessing in the graph and our head."""

from __future__ import annotations

import keras

from fruitclassifier.core.models.layers import transfer_model
from fruitclassifier.core.models.options import NetworkOptions


def build(options: NetworkOptions) -> keras.Model:
    """ResNet50 without its top; see layers.transfer_model for the head and freeze rule.

    Call through registry.build_model, which validates the arguments first.
    """
    return transfer_model(keras.applications.ResNet50, "ResNet50", "resnet50", options)
