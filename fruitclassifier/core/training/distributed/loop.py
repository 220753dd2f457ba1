"""The custom training step that replaces ``fit`` under tf.distribute (Keras 3's fit is broken there).

Each replica computes the loss of its share of the global batch divided by the *global* batch size;
Keras' optimizer sums the replicas' gradients (an all-reduce), so one step equals one single-device
step on the whole batch. The step also all-reduces four numbers: the batch's summed loss, correct
answers, images, and a stop flag, so every worker sees the same running metrics (and so makes the
same early-stopping and learning-rate decisions) and the chief's Stop reaches every worker within
one batch. ``fit``'s callbacks (events, checkpoints, early stopping, LR reduction) are driven here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import keras
import numpy as np
import tensorflow as tf

from fruitclassifier.core.training.distributed.watchdog import Watchdog


@dataclass
class LoopResult:
    """What this process saw: images of its own shards (to prove the data was split) and steps run."""

    images_seen: int = 0
    steps: int = 0
    global_images: int = 0
    batch_sizes: list[list[int]] = field(default_factory=list)  # epoch 1: each step's images per local replica


def distribute(strategy: Any, dataset: Any) -> Any:
    """The dataset split per replica: each worker reads every file list but keeps only its own share
    (AutoShardPolicy.DATA: correct for any file count, and the global batches stay the same)."""
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    return strategy.experimental_distribute_dataset(dataset.with_options(options))


@dataclass
class LocalData:
    """A dataset every worker reads whole, with no collective op: validation on several machines.

    Shared, each worker's share of a short last batch can be empty, and that worker's validation would end a
    step early while the others wait in a collective for it. The weights are the same on every worker, so
    each computing the whole validation set gets the same numbers; it costs one validation pass a worker.
    """

    dataset: Any


class StepFunctions:
    """The compiled train and eval steps of one model under one strategy."""

    def __init__(self, strategy: Any, model: Any, global_batch: int, class_weight: dict[int, float] | None):
        self.strategy, self.model, self.global_batch = strategy, model, global_batch
        classes = int(model.outputs[0].shape[-1])
        weights = np.ones(classes, np.float32)
        for label, weight in (class_weight or {}).items():
            weights[label] = weight
        self._weights = tf.constant(weights)
        self.train = tf.function(self._train)
        self.eval = tf.function(self._eval)
        self.eval_local = tf.function(self._eval_local)
        self.barrier = tf.function(self._barrier)
        self._recalibrate = tf.function(lambda x: self.strategy.run(lambda images: self.model(images, training=True),
                                                                     args=(x,)))

    def recalibrate(self, batch: Any) -> None:
        """BatchNorm's moving statistics := the (synchronized) statistics of one unaugmented global batch.

        The one-device run re-estimates them before each validation (core/training/bn_recalibration.py:
        moving averages lag a fast-changing network). Here momentum 0 on one large batch does it in one
        step whose BatchNorm all-reduces like a training step, so every replica gets the same numbers.
        """
        from fruitclassifier.core.training.bn_recalibration import trainable_batch_norms

        layers = trainable_batch_norms(self.model)
        saved = [layer.momentum for layer in layers]
        try:
            for layer in layers:
                layer.momentum = 0.0  # read when the step is traced (once): this function alone sees 0
            self._recalibrate(batch[0])
        finally:
            for layer, momentum in zip(layers, saved):
                layer.momentum = momentum

    def _barrier(self) -> Any:
        ones = self.strategy.run(lambda: tf.distribute.get_replica_context().all_reduce(
            tf.distribute.ReduceOp.SUM, tf.constant(1.0)))
        return self.strategy.experimental_local_results(ones)[0]

    def _train(self, batch: Any, stop: Any) -> Any:
        stats = self.strategy.run(self._train_replica, args=(*batch, stop))
        return self.strategy.experimental_local_results(stats)[0]

    def _train_replica(self, x: Any, y: Any, stop: Any) -> Any:
        model, replicas = self.model, self.strategy.num_replicas_in_sync
        y = tf.cast(tf.reshape(y, [-1]), tf.int32)
        with tf.GradientTape() as tape:
            probs = model(x, training=True)
            per_image = keras.losses.sparse_categorical_crossentropy(y, probs) * tf.gather(self._weights, y)
            loss = tf.reduce_sum(per_image) / self.global_batch
            if model.losses:  # regularisation: every replica adds its copy, so each adds 1/replicas of it
                loss += tf.add_n(model.losses) / replicas
        grads = tape.gradient(loss, model.trainable_variables)
        model.optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return self._all_reduce(y, probs, per_image, stop)

    def _eval(self, batch: Any) -> Any:
        stats = self.strategy.run(self._eval_replica, args=tuple(batch))
        return self.strategy.experimental_local_results(stats)[0]

    def _eval_replica(self, x: Any, y: Any) -> Any:
        y = tf.cast(tf.reshape(y, [-1]), tf.int32)
        probs = self.model(x, training=False)
        return self._all_reduce(y, probs, keras.losses.sparse_categorical_crossentropy(y, probs), tf.constant(0.0))

    def _eval_local(self, x: Any, y: Any) -> Any:
        """The same numbers as ``_eval`` for one batch on this worker alone (no collective)."""
        y = tf.cast(tf.reshape(y, [-1]), tf.int32)
        probs = self.model(x, training=False)
        return self._stats(y, probs, keras.losses.sparse_categorical_crossentropy(y, probs), tf.constant(0.0))

    @classmethod
    def _all_reduce(cls, y: Any, probs: Any, per_image: Any, stop: Any) -> Any:
        stats = cls._stats(y, probs, per_image, stop)
        return tf.distribute.get_replica_context().all_reduce(tf.distribute.ReduceOp.SUM, stats)

    @staticmethod
    def _stats(y: Any, probs: Any, per_image: Any, stop: Any) -> Any:
        """(loss sum, correct, images, stop flag) of one batch."""
        correct = tf.reduce_sum(tf.cast(tf.equal(tf.argmax(probs, -1, output_type=tf.int32), y), tf.float32))
        return tf.stack([tf.reduce_sum(tf.cast(per_image, tf.float32)), correct,
                         tf.cast(tf.shape(y)[0], tf.float32), tf.cast(stop, tf.float32)])


class Loop:
    """Epochs of steps with ``fit``'s callback calls; ``watchdog`` (several workers) bounds every wait."""

    def __init__(self, steps: StepFunctions, callbacks: Any, events: Any, should_stop: Callable[[], bool],
                 watchdog: Watchdog | None, timeout_s: float, recalibration: Any = None):
        self.steps, self.callbacks, self.events = steps, callbacks, events
        self._recalibration = recalibration  # one distributed batch of training images, or None
        self._should_stop, self._watchdog, self._timeout = should_stop, watchdog, timeout_s
        self.result = LoopResult()

    def run(self, train_ds: Any, val_ds: Any, initial_epoch: int, epochs: int) -> LoopResult:
        model = self.steps.model
        model.stop_training = False
        self.callbacks.on_train_begin()
        for epoch in range(initial_epoch, epochs):
            self.callbacks.on_epoch_begin(epoch)
            logs = self._epoch(train_ds, epoch == initial_epoch)
            if self.events.stopped:
                break
            if self._recalibration is not None:
                self._arm("re-estimating BatchNorm statistics")
                self.steps.recalibrate(next(iter(self._recalibration)))
                self._disarm()
            if val_ds is not None:
                val = self._evaluate(val_ds)
                logs.update({"val_loss": val["loss"], "val_accuracy": val["accuracy"]})
            logs["learning_rate"] = float(np.asarray(model.optimizer.learning_rate))
            self.callbacks.on_epoch_end(epoch, logs)
            if model.stop_training:
                break
        self.callbacks.on_train_end()
        return self.result

    def _epoch(self, train_ds: Any, first: bool) -> dict[str, float]:
        totals = np.zeros(3)
        for batch, data in enumerate(train_ds):
            # the first step also waits for the slowest worker to read its images and trace the step
            self._arm("training", 5 if first and batch == 0 else 1)
            stop = 1.0 if self._should_stop() else 0.0
            stats = self.steps.train(data, tf.constant(stop))
            loss, correct, images, stop_sum = (float(v) for v in stats.numpy())
            totals += (loss, correct, images)
            self._count(data, first, int(images))
            self.events.on_train_batch_end(batch, {"loss": totals[0] / totals[2], "accuracy": totals[1] / totals[2]})
            if stop_sum > 0:  # someone (the chief's Stop button) asked: every worker ends after this batch
                self.events.stopped = True
                break
        self._disarm()
        return {"loss": totals[0] / max(totals[2], 1), "accuracy": totals[1] / max(totals[2], 1)}

    def _count(self, data: Any, first: bool, global_images: int) -> None:
        local = [int(t.shape[0]) for t in self.steps.strategy.experimental_local_results(data[1])]
        self.result.images_seen += sum(local)
        self.result.global_images += global_images
        self.result.steps += 1
        if first:
            self.result.batch_sizes.append(local)

    def _evaluate(self, val_ds: Any) -> dict[str, float]:
        totals = np.zeros(3)
        local = isinstance(val_ds, LocalData)
        for data in val_ds.dataset if local else val_ds:
            self._arm("validating")
            totals += (self.steps.eval_local(*data) if local else self.steps.eval(data)).numpy()[:3]
        self._disarm()
        return {"loss": totals[0] / max(totals[2], 1), "accuracy": totals[1] / max(totals[2], 1)}

    def barrier(self, what: str) -> None:
        """Every worker reaches this point before any goes on (an all-reduce of nothing)."""
        self._arm(what)
        self.steps.barrier().numpy()
        self._disarm()

    def _arm(self, what: str, factor: float = 1) -> None:
        if self._watchdog is not None:
            self._watchdog.arm(what, self._timeout * factor)

    def _disarm(self) -> None:
        if self._watchdog is not None:
            self._watchdog.disarm()
