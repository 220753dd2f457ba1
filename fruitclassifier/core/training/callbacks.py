"""Keras callbacks that turn one long ``fit`` into typed events (core/events.py) and safe checkpoints.

The GUI adapts the events to Qt signals and the CLI prints them; neither knows
about Keras. Stopping is cooperative: ``should_stop`` is polled after every
batch; when it says stop, the callback sets ``model.stop_training`` and raises
StopRequested so fit() ends after that batch without a validation pass. A stop before the run's first
epoch has completed raises StoppedBeforeFirstEpoch instead: there is no epoch to keep, and saving the
half-trained weights would put a useless model in the library.
"""

from __future__ import annotations

from collections.abc import Callable
import json
import math
import time

import keras

from fruitclassifier.core.atomic import atomic_path, atomic_write
from fruitclassifier.core.events import BatchEnded, EpochEnded, Event
from fruitclassifier.core.training.runs import RunState, StoppedBeforeFirstEpoch, saved_batches


class StopRequested(Exception):
    """Raised from a batch hook so a stop skips the epoch's validation pass too."""


class EventCallback(keras.callbacks.Callback):
    """Forward batch and epoch numbers as events; ask Keras to stop when told to."""

    def __init__(
        self,
        on_event: Callable[[Event], None],
        should_stop: Callable[[], bool],
        steps: int,
        batch_size: int,
        epochs: int,
        initial_epoch: int,
    ):
        super().__init__()
        self._emit = on_event
        self._should_stop = should_stop
        self._steps = max(1, steps)
        self._batch_size = batch_size
        self._epochs = epochs
        self._initial_epoch = initial_epoch
        self.stopped = False
        self._epoch = initial_epoch
        self._epoch_start = self._last = time.perf_counter()
        self._rate = 0.0
        self._steady_images = 0
        self._steady_seconds = 0.0

    @property
    def steady_images_per_s(self) -> float:
        """Training throughput over epochs after the first of this session (no tracing/warm-up)."""
        return self._steady_images / self._steady_seconds if self._steady_seconds else self._rate

    def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
        self._epoch = epoch
        self._epoch_start = self._last = time.perf_counter()

    def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
        now = time.perf_counter()
        rate = self._batch_size / max(now - self._last, 1e-6)
        self._rate = rate if self._rate == 0 else 0.9 * self._rate + 0.1 * rate
        self._last = now
        logs = logs or {}
        remaining = (self._epochs - self._epoch - 1) * self._steps + (self._steps - batch - 1)
        self._emit(BatchEnded(epoch=self._epoch, batch=batch, steps=self._steps,
                              loss=float(logs.get("loss", float("nan"))),
                              accuracy=float(logs.get("accuracy", float("nan"))), images_per_s=self._rate,
                              eta_s=remaining * self._batch_size / max(self._rate, 1e-6)))
        if self._should_stop():
            # stop_training alone would still run a full validation pass (slow for
            # ResNet50); raising ends fit() right after this batch.
            self.stopped = True
            self.model.stop_training = True
            if self._epoch == 0:  # epoch 0 is the run's first (a resumed run starts later): no epoch to keep
                raise StoppedBeforeFirstEpoch
            raise StopRequested

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        seconds = time.perf_counter() - self._epoch_start
        if epoch > self._initial_epoch:
            self._steady_images += self._steps * self._batch_size
            self._steady_seconds += seconds
        self._emit(EpochEnded.from_logs(epoch, self._epochs, seconds, logs or {}))


class CheckpointCallback(keras.callbacks.Callback):
    """After each complete epoch: save the model atomically, keep the best weights, update state."""

    def __init__(self, state: RunState, on_event: Callable[[Event], None], events: EventCallback):
        super().__init__()
        self._state = state
        self._emit = on_event
        self._events = events
        self._epoch_start = time.perf_counter()
        self._batches: list[list[float]] | None = None  # the run's stored batch rows, read at the first epoch end
        self._epoch_batches: list[list[float]] = []

    def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None:
        self._epoch_start = time.perf_counter()
        self._epoch_batches = []

    def on_train_batch_end(self, batch: int, logs: dict | None = None) -> None:
        logs = logs or {}
        self._epoch_batches.append([self._events._epoch, batch, self._events._steps,
                                    float(logs.get("loss", float("nan"))), float(logs.get("accuracy", float("nan")))])

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        if self._events.stopped:
            return  # a partial epoch is not a checkpoint; the last full one stays
        logs = {k: float(v) for k, v in (logs or {}).items()}
        if "learning_rate" in logs:
            logs["lr"] = logs.pop("learning_rate")
        improved = self._state.record_epoch(epoch, logs, time.perf_counter() - self._epoch_start)
        if improved:
            with atomic_path(self._state.best_weights, suffix=".weights.h5") as tmp:
                self.model.save_weights(str(tmp))
        with atomic_path(self._state.checkpoint, suffix=".keras") as tmp:
            self.model.save(str(tmp))
        self._save_batches()
        self._state.save()

    def _save_batches(self) -> None:
        """Append this epoch's batch logs to the run's batches.json (rows with a NaN are left out)."""
        if self._batches is None:
            self._batches = saved_batches(self._state.folder) if self._state.epochs_done > 1 else []
        self._batches += [row for row in self._epoch_batches if all(math.isfinite(v) for v in row)]
        atomic_write(self._state.batches_file, json.dumps(self._batches))
