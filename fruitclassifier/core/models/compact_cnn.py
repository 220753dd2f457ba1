"""A compact CNN for real photos: the custom CNN's shape plus BatchNorm and global pooling.

The article's custom CNN (Flatten → Dense) learns the white-background,
frame-filling Fruits-360 crops quickly but converges slowly under the strong
augmentation real photos need, and its Flatten layer ties features to
positions. BatchNorm lets heavy augmentation train in a dozen epochs on a CPU;
global average pooling makes the answer independent of where the fruit is.
About 0.4 M parameters, ~1.6 MB saved. The bundled default model uses it.
"""

from __future__ import annotations

import keras

from fruitclassifier.core.models.custom_cnn import _load_weights
from fruitclassifier.core.models.layers import classifier_head, l2_regularizer, plain_weights, seed_everything
from fruitclassifier.core.models.options import NetworkOptions

FILTERS = (32, 64, 96, 128, 192)


def build(options: NetworkOptions) -> keras.Model:
    """Build the network (no backbone: freeze_backbone and fine_tune_layers are ignored)."""
    num_classes, image_size, weights = options.num_classes, options.image_size, options.weights
    dropout, l2, seed = options.dropout, options.l2, options.seed
    seed_everything(seed)
    inputs = keras.Input((image_size, image_size, 3), dtype="float32", name="image")
    x = keras.layers.Rescaling(1.0 / 255, name="rescale")(inputs)
    for i, filters in enumerate(FILTERS, start=1):
        x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"block{i}_conv",
                                kernel_regularizer=l2_regularizer(l2))(x)
        x = keras.layers.BatchNormalization(name=f"block{i}_bn")(x)
        x = keras.layers.Activation("relu", name=f"block{i}_relu")(x)
        if i < len(FILTERS):
            x = keras.layers.MaxPooling2D(name=f"block{i}_pool")(x)
    x = keras.layers.GlobalAveragePooling2D(name="avg_pool")(x)
    model = keras.Model(inputs, classifier_head(x, num_classes, dropout, l2, seed), name="compact_cnn")
    if plain_weights(weights) is not None:
        _load_weights(model, str(weights))
    return model
