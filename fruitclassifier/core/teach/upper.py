"""Fine-tune the top of the network on cached features: the last block, the head convolution and the head.

Where an architecture names a split (``architectures.Architecture.teach_split``: the layer below the last
block), teaching runs the frozen lower network once per view and caches its output (5 x 5 x 192 for the
default model at 160 px); the layers above it train on that cache in seconds an epoch on two cores, as the
default model's own build trains them (training/default_model/fit.py). BatchNorm keeps its statistics. The
head is fitted first (head.py, on the pooled features of the unchanged top); this stage then moves the whole
top a little at a low rate, with the replay images beside the user's photos so the old classes stay.
Measured on real shop photos in training/teach_study.py (benchmarks/results/teach_study.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from fruitclassifier import architectures
from fruitclassifier.core.teach import head
from fruitclassifier.core.teach.errors import TeachCancelled
from fruitclassifier.core.teach.features import HEAD_LAYER, head_layer


@dataclass(frozen=True)
class TuneSettings:
    epochs: int = 4
    learning_rate: float = 1e-4
    batch_size: int = 64
    seed: int = 0


def split_layer(model: Any, arch: str) -> str:
    """The architecture's teaching split when ``model`` has that layer, else "" (teach the head only)."""
    try:
        name = architectures.get(arch).teach_split
    except ValueError:  # imported models have no row
        return ""
    names = {layer.name for layer in model.layers}
    return name if name and name in names else ""


@dataclass
class Top:
    """The model cut at the split: ``lower`` (photo -> cached tensor), ``pooled`` (cached tensor -> the head's
    feature vector, the unchanged top) and the trainable layers in between."""

    model: Any
    split: str
    lower: Any
    pooled: Callable[[np.ndarray], np.ndarray]

    @classmethod
    def cut(cls, model: Any, split: str) -> Top:
        import keras

        from fruitclassifier.core.training.feature_cache import feature_function

        tensor = model.get_layer(split).output
        lower = keras.Model(model.inputs[0], tensor, name="teach_lower")
        pool = keras.Model(tensor, head_layer(model).input, name="teach_pool")
        forward = feature_function(pool)
        return cls(model, split, lower, lambda x: _batched(forward, x))

    def tuned(self, start: head.Head, x: np.ndarray, y: np.ndarray, w: np.ndarray, settings: TuneSettings,
              on_epoch: Callable[[int, dict[str, float]], None], should_stop: Callable[[], bool]) -> head.Head:
        """Train the top (not BatchNorm) and a head started at ``start`` on cached split tensors.

        The model's own top layers are trained in place (the saved model is made from them); returns the
        trained head. Cancelling between batches raises TeachCancelled.
        """
        import keras

        keras.utils.set_random_seed(settings.seed)
        tensor = self.model.get_layer(self.split).output
        dense = keras.layers.Dense(start.kernel.shape[1], activation="softmax", dtype="float32", name=HEAD_LAYER)
        top = keras.Model(tensor, dense(head_layer(self.model).input), name="teach_top")
        dense.set_weights([start.kernel, start.bias])
        for layer in top.layers:
            layer.trainable = not isinstance(layer, keras.layers.BatchNormalization)
        top.compile(keras.optimizers.Adam(settings.learning_rate), "sparse_categorical_crossentropy")
        top.fit(x, y, sample_weight=w, batch_size=settings.batch_size, epochs=settings.epochs, shuffle=True,
                verbose=0, callbacks=[_Callback(on_epoch, should_stop)])
        if should_stop():
            raise TeachCancelled
        kernel, bias = (np.asarray(v, np.float32) for v in dense.get_weights())
        return head.Head(kernel, bias)

    def snapshot(self) -> list[np.ndarray]:
        """The top's weights now (a study resets them between runs)."""
        return [np.array(v) for layer in self._top_layers() for v in layer.get_weights()]

    def restore(self, weights: list[np.ndarray]) -> None:
        it = iter(weights)
        for layer in self._top_layers():
            layer.set_weights([next(it) for _ in layer.get_weights()])

    def _top_layers(self) -> list[Any]:
        names = [layer.name for layer in self.model.layers]
        return [layer for layer in self.model.layers[names.index(self.split) + 1:] if layer.weights]


def _batched(forward: Callable, x: np.ndarray, batch: int = 256) -> np.ndarray:
    if not len(x):
        return np.zeros((0, 0), np.float32)
    return np.concatenate([np.asarray(forward(np.asarray(x[i:i + batch], np.float32)))
                           for i in range(0, len(x), batch)]).astype(np.float32)


def _callback_base() -> type:
    import keras

    return keras.callbacks.Callback


class _Callback:
    """Keras callback (built lazily: importing this module must not import TensorFlow)."""

    def __new__(cls, on_epoch: Callable[[int, dict[str, float]], None], should_stop: Callable[[], bool]) -> Any:
        class Forward(_callback_base()):
            def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
                if should_stop():
                    self.model.stop_training = True

            def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
                on_epoch(epoch, {k: float(v) for k, v in (logs or {}).items()})

        return Forward()
