"""Model architectures: a registry of small builders, plus safe loading of .keras files.

Importing this package does not import TensorFlow (the GUI lists architectures
before TF loads); building or loading a model does.
"""

from fruitclassifier.core.models.registry import (
    SPECS,
    ArchSpec,
    ModelFileError,
    WeightsUnavailableError,
    build_model,
    count_params,
    get_arch,
    last_conv_layer_name,
    load_keras,
)

__all__ = [
    "SPECS",
    "ArchSpec",
    "ModelFileError",
    "WeightsUnavailableError",
    "build_model",
    "count_params",
    "get_arch",
    "last_conv_layer_name",
    "load_keras",
]
