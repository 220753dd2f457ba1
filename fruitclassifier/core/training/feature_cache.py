"""Train a frozen-backbone model by running the backbone once, not once per epoch.

With a frozen backbone and no augmentation, every epoch feeds the same images
through the same fixed convolutions: that forward pass is more than 95% of an
epoch (VGG16 at 100 px: ~90 images/s). Here the backbone's pooled features are
computed once for the training and validation images, and only the head
(dropout + softmax) is fitted on them, so every epoch after the first costs
milliseconds. The head's layers are the full model's own layer objects, so when
fitting ends the full model (backbone + trained head) is ready to evaluate and
save as usual: nothing is copied or re-assembled.

Trade-off: no per-epoch ``.keras`` checkpoint is written (saving the whole
VGG16 every epoch would cost more than the epoch); a stopped run keeps the best
epoch's head, but resuming it trains a fresh head. ``training.py`` decides when
this path applies (``applies``) and calls ``fit_on_features``. Imports Keras at the top:
import it only where TensorFlow is already wanted (training.py imports it inside ``_fit``).
"""

from __future__ import annotations

from collections.abc import Callable
import time
from typing import Any

import keras
import numpy as np

from fruitclassifier.core.events import Event, LogLine
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: The pooling layer every transfer builder (models/layers.transfer_model) ends its backbone with.
FEATURE_LAYER = "avg_pool"


class FeatureStop(Exception):
    """should_stop() turned true while features were being computed."""


def applies(config: Any) -> bool:
    """Whether the cached-feature path gives exactly the same training as a plain fit.

    Only when the backbone is entirely frozen (no fine-tuned layers) and the
    images are the same every epoch (no augmentation): otherwise features change.
    """
    from fruitclassifier.core.models.registry import get_arch

    return (bool(config.freeze_backbone) and int(config.fine_tune_layers) == 0
            and not config.augment.enabled and get_arch(config.arch).preprocessing == "caffe")


def split_model(model: Any) -> tuple[Any, Any]:
    """(backbone, head) models sharing the full model's layers and weights.

    backbone: image -> pooled features; head: features -> probabilities, made by
    calling the full model's own head layers on a new input, so training the
    head trains the full model.
    """
    names = [layer.name for layer in model.layers]
    if FEATURE_LAYER not in names:
        raise ValueError(f"model {model.name!r} has no {FEATURE_LAYER!r} layer to split at")
    pooled = model.get_layer(FEATURE_LAYER).output
    backbone = keras.Model(model.input, pooled, name=f"{model.name}_backbone")
    features = keras.Input(tuple(pooled.shape[1:]), dtype=pooled.dtype, name="features")
    x = features
    for layer in model.layers[names.index(FEATURE_LAYER) + 1:]:
        x = layer(x)
    head = keras.Model(features, x, name=f"{model.name}_head")
    return backbone, head


def feature_function(backbone: Any) -> Callable:
    """The backbone as one compiled function for any batch size (traced once, used for train and val).

    Under Keras's PyTorch backend there is no tf.function: the backbone answers numpy batches instead.
    """
    if keras.config.backend() != "tensorflow":
        return lambda x: backbone.predict_on_batch(np.asarray(x, dtype=np.float32))
    import tensorflow as tf

    spec = tf.TensorSpec([None, *backbone.input.shape[1:]], backbone.input.dtype)
    return tf.function(lambda x: backbone(x, training=False), input_signature=[spec])


def compute_features(
    forward: Callable,
    dataset: Any,
    total: int,
    emit: Callable[[Event], None],
    should_stop: Callable[[], bool],
    what: str,
) -> tuple[np.ndarray, np.ndarray]:
    """Run ``forward`` (see feature_function) once over a dataset of (images, labels): (features, labels).

    Labels travel with their batch, so a shuffled dataset is fine. Progress goes
    out as a few log events; should_stop() is checked after every batch.
    """
    feats, labels, done, next_report = [], [], 0, 0.25
    for x, y in dataset:
        feats.append(keras.ops.convert_to_numpy(forward(x)))
        labels.append(np.asarray(y))
        done += len(labels[-1])
        if should_stop():
            raise FeatureStop
        if total and done / total >= next_report and done < total:
            emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Backbone features for {what}: {done:,} of {total:,} images"),
                              what=what, done=done, total=total)))
            next_report += 0.25
    if not feats:
        raise ValueError(f"no {what} to compute features for")
    return np.concatenate(feats), np.concatenate(labels)


def feature_dataset(features: np.ndarray, labels: np.ndarray, batch_size: int, *, training: bool, seed: int):
    """Batches of cached features: reshuffled every epoch when training, like the image pipeline."""
    import tensorflow as tf

    ds = tf.data.Dataset.from_tensor_slices((features, labels))
    if training:
        ds = ds.shuffle(len(features), seed=seed, reshuffle_each_iteration=True)
    return ds.batch(batch_size).prefetch(tf.data.AUTOTUNE)


def head_optimizer(model: Any) -> Any:
    """A fresh optimizer like the full model's (same type and settings), for the head."""
    optimizer = model.optimizer
    return type(optimizer).from_config(optimizer.get_config())


def fit_on_features(model: Any, state: Any, train_ds: Any, val_ds: Any, n_train: int, n_val: int,
                    callbacks: list, class_weight: dict | None, emit: Callable[[Event], None],
                    should_stop: Callable[[], bool]) -> None:
    """Compute features once, then fit only the head with the given callbacks (events, early stopping…).

    The best epoch's head weights are kept in memory and put back at the end, as the
    image path does with its best-weights file. Raises FeatureStop when stopped while
    features are computed (nothing trained yet).
    """
    config = state.config
    backbone, head = split_model(model)
    emit(LogLine(QT_TRANSLATE_NOOP("core", "Frozen backbone: computing its features once, then training only the "
                                           "head.")))
    forward = feature_function(backbone)
    x_train, y_train = compute_features(forward, train_ds, n_train, emit, should_stop,
                                        Text(QT_TRANSLATE_NOOP("core", "training images")))
    train_feats = feature_dataset(x_train, y_train, config.batch_size, training=True, seed=config.seed)
    val_feats = None
    if val_ds is not None:
        x_val, y_val = compute_features(forward, val_ds, n_val, emit, should_stop,
                                        Text(QT_TRANSLATE_NOOP("core", "validation images")))
        val_feats = feature_dataset(x_val, y_val, config.batch_size, training=False, seed=config.seed)
    head.compile(optimizer=head_optimizer(model), loss=model.loss, metrics=["accuracy"])
    keeper = BestHead(state)
    try:
        head.fit(train_feats, validation_data=val_feats, epochs=config.epochs, initial_epoch=state.epochs_done,
                 class_weight=class_weight, callbacks=[*callbacks, keeper], verbose=0, shuffle=False)
    finally:  # also on a stop: StopRequested leaves fit() before Keras calls on_train_end
        keeper.restore()


class BestHead(keras.callbacks.Callback):
    """After each epoch: record it in the run state and keep the best head weights; ``restore`` puts them back."""

    def __init__(self, state: Any) -> None:
        super().__init__()
        self._state = state
        self._best: list | None = None
        self._started = time.perf_counter()

    def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
        self._started = time.perf_counter()

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = {k: float(v) for k, v in (logs or {}).items()}
        if "learning_rate" in logs:
            logs["lr"] = logs.pop("learning_rate")
        if self._state.record_epoch(epoch, logs, time.perf_counter() - self._started):
            self._best = [w.copy() for w in self.model.get_weights()]
        self._state.save()

    def restore(self) -> None:
        """The best epoch's head weights back into the model (a no-op before any epoch ended)."""
        if self._best is not None:
            self.model.set_weights(self._best)
