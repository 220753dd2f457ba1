"""``train_distributed(config, spec, on_event, should_stop)``: ``train()`` on several devices or machines.

The same TrainConfig, events, run folder, checkpoints and store as core/training/train.py, whose
scan, split, model, finishing and saving steps it calls; only the epochs differ (loop.py: a custom
step under tf.distribute, because Keras 3's ``fit`` fails under MultiWorkerMirroredStrategy,
keras-team/keras#20585). The chief (rank 0) alone writes the run folder and the store; the other
workers keep their checkpoints in a scratch folder and report what they did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
import tempfile
from typing import Any

import numpy as np

from fruitclassifier.config import ConfigError, TrainConfig
from fruitclassifier.core.data import folders
from fruitclassifier.core.events import Event, LogLine, RunStarted
from fruitclassifier.core.store import ModelInfo
from fruitclassifier.core.training import train as single
from fruitclassifier.core.training.distributed import model_copy
from fruitclassifier.core.training.distributed.setup import DistSpec, DistributedError, make_strategy
from fruitclassifier.core.training.runs import RunState
from fruitclassifier.errors import UserError


@dataclass
class Outcome:
    """What one process of the run did: the chief's stored model, or a worker's scratch copy."""

    rank: int
    workers: int
    replicas: int
    model_path: Path
    images_seen: int
    global_images: int
    stopped: bool
    info: ModelInfo | None = None  # the chief's model in the store
    batch_sizes: list[list[int]] = field(default_factory=list)  # epoch 1: each step's images per local replica

    def to_dict(self) -> dict[str, Any]:
        return {"rank": self.rank, "workers": self.workers, "replicas": self.replicas,
                "model_path": str(self.model_path), "images_seen": self.images_seen,
                "global_images": self.global_images, "stopped": self.stopped, "batch_sizes": self.batch_sizes,
                "model": self.info.name if self.info else None}


def train_distributed(config: TrainConfig | None, spec: DistSpec, on_event: Callable[[Event], None] | None = None,
                      should_stop: Callable[[], bool] | None = None, resume: str | None = None) -> Outcome:
    """Train one model on ``spec``'s devices or workers; every worker calls this with the same config."""
    emit = on_event or (lambda event: None)
    stop = should_stop or (lambda: False)
    check_batch(config, spec)
    import tensorflow  # noqa: F401  (seconds of its own: not part of the wait for the others)

    watchdog = _watchdog(spec)
    try:
        if watchdog is not None:  # the strategy waits, without a clock, until every worker has registered
            watchdog.arm("waiting for them to join", spec.worker_timeout_s)
        strategy = make_strategy(spec)  # before any tensor: collectives are configured at start-up
        if watchdog is not None:
            watchdog.disarm()
        state = single._open_run(config, resume) if spec.is_chief else _scratch_state(config, spec.rank)
        return _guarded_run(strategy, state, spec, emit, stop, watchdog)
    finally:
        if watchdog is not None:
            watchdog.close()


def _guarded_run(strategy, state, spec, emit, stop, watchdog) -> Outcome:
    try:
        return _run(strategy, state, spec, emit, stop, watchdog)
    except UserError as exc:
        state.status = "failed"
        state.save()
        if isinstance(exc, (folders.DataError, ConfigError)):
            raise single.TrainingError(str(exc)) from None
        raise


def check_batch(config: TrainConfig | None, spec: DistSpec) -> None:
    """Refuse a batch that cannot split evenly before TensorFlow starts (where the replicas are known)."""
    if config is not None and spec.devices.isdigit():
        _check_split(config.batch_size, int(spec.devices) * spec.workers)


def _check_split(batch_size: int, replicas: int) -> None:
    if batch_size % replicas:
        suggested = replicas * max(1, batch_size // replicas)
        raise DistributedError(f"batch size {batch_size} does not split evenly over {replicas} replicas",
                               f"use a multiple of {replicas}, e.g. --batch-size {suggested}")


def _scratch_state(config: TrainConfig | None, rank: int) -> RunState:
    """A worker's run folder in the temp folder: it checkpoints like the chief, but nowhere the user looks."""
    if config is None:
        raise single.TrainingError("no training settings given")
    try:
        config = config.checked()
    except ConfigError as exc:
        raise single.TrainingError(f"invalid settings: {exc}") from None
    folder = Path(tempfile.mkdtemp(prefix=f"fruitclassifier-worker{rank}-"))
    state = RunState(run_id=f"worker{rank}-{folder.name}", folder=folder, config=config)
    state.save()
    return state


def _run(strategy: Any, state: RunState, spec: DistSpec, emit: Callable[[Event], None],
         stop: Callable[[], bool], watchdog: Any) -> Outcome:
    import keras

    from fruitclassifier.core.training import device

    config = state.config
    replicas = int(strategy.num_replicas_in_sync)
    _check_split(config.batch_size, replicas)
    data = _data(state, emit)
    keras.utils.set_random_seed(config.seed)
    train_ds, val_ds, n_train, n_val = _datasets(data, config, emit)
    if stop():
        raise single.TrainingError("training was cancelled before it started")
    size = config.resolved_image_size()
    saved = model_copy.checkpoint_values(state, data.num_classes, size) if spec.multi_worker else None
    with strategy.scope():
        model = model_copy.trainable(state, data.num_classes, size, fresh=spec.multi_worker)
    if saved is not None:  # the chief resuming on several machines: sync.py hands these on
        model_copy.restore(model, saved)
    if spec.multi_worker:
        train_ds, steps = _whole_batches(train_ds, n_train, config.batch_size, emit)
        _start_from_chief(strategy, model, state, (n_train, n_val, data.num_classes), watchdog, spec)
    else:
        steps = int(np.ceil(n_train / config.batch_size))
    info = device.detect()
    emit(RunStarted(run=state.run_id if spec.is_chief else "", arch=config.arch, device=_label(spec, replicas, info),
                    epochs=config.epochs, steps_per_epoch=steps, train_images=n_train, val_images=n_val,
                    class_names=tuple(data.class_names), initial_epoch=state.epochs_done))
    if config.mixed_precision and (info.is_gpu or device.cpu_has_bf16()):  # where one device would use it
        emit(LogLine("Distributed training runs in float32 (mixed precision is not used here)."))
    result, events, loop = _epochs(strategy, model, state, data, (train_ds, val_ds), steps, emit, stop, spec,
                                   watchdog)
    loop.barrier("finishing")  # no worker leaves while another still needs it
    return _finish(model, state, spec, data, val_ds, events, emit, result, replicas)


def _data(state: RunState, emit: Callable[[Event], None]) -> folders.DataSummary:
    summary = single._scan(state.config)
    if state.config.open_set:
        summary = single._with_other_examples(summary, state)
    emit(LogLine(f"Reading {len(summary.files):,} images of {summary.num_classes} classes…"))
    return summary


def _datasets(summary: folders.DataSummary, config: TrainConfig,
              emit: Callable[[Event], None]) -> tuple[Any, Any, int, int]:
    """The same split and pipeline as a one-device run (core/training/datasets.py), batched by the global
    batch size."""
    from fruitclassifier.core.training.datasets import make_datasets

    data = make_datasets(summary, config, emit)
    if data.n_train < summary.num_classes:
        raise single.TrainingError("too few readable training images; check the data folder")
    return data.train_ds, data.val_ds, data.n_train, data.n_val


def _start_from_chief(strategy: Any, model: Any, state: RunState, counts: tuple[int, int, int], watchdog: Any,
                      spec: DistSpec) -> None:
    """Every worker checks its plan against the chief's, then takes the chief's weights, optimizer and epochs
    (sync.py): so a run the chief resumes continues on every machine."""
    from fruitclassifier.core.training.distributed import sync

    config = state.config
    watchdog.arm("agreeing on the settings", spec.worker_timeout_s)
    mine = sync.plan(config.arch, config.resolved_image_size(), config.batch_size, config.epochs, *counts)
    chief_done = sync.check_plan(strategy, mine, state.epochs_done)
    if chief_done:  # a resumed run (a new one starts equal everywhere: the strategy broadcast it as it was built)
        sync.adopt_chief_state(strategy, model)
        state.epochs_done = chief_done
    watchdog.disarm()


def _whole_batches(dataset: Any, images: int, global_batch: int, emit: Callable[[Event], None]) -> tuple[Any, int]:
    """Several machines train on whole global batches only, so every worker takes the same steps.

    Each worker keeps its share of every global batch (loop.distribute). A short last batch can leave a
    worker no share at all: its epoch ends a step early while the others wait in a collective for it
    (57 images, batch 8, 2 workers: "Shape mismatch in the collective"). The training set is reshuffled
    every epoch, so a different remainder is left out each time and every image still trains.
    """
    whole, rest = divmod(images, global_batch)
    if not rest:
        return dataset, whole
    if not whole:
        raise single.TrainingError(f"{images} training images do not fill one batch of {global_batch} on several "
                                   f"machines; use a smaller --batch-size (at most {images})")
    emit(LogLine(f"Each epoch trains on {whole * global_batch:,} of the {images:,} training images (whole batches "
                 f"of {global_batch}, so every machine takes the same steps; the {rest} left out change every epoch)."))
    return dataset.take(whole), whole


def _label(spec: DistSpec, replicas: int, info: Any) -> str:
    where = f"{spec.workers} workers, {replicas} replicas" if spec.multi_worker else f"{replicas} replicas"
    return f"{info.kind} · {where} · TensorFlow {info.tf_version}"


def _watchdog(spec: DistSpec) -> Any:
    if not spec.multi_worker:
        return None  # one process: nothing to wait for that could vanish
    from fruitclassifier.core.training.distributed.watchdog import Watchdog

    return Watchdog(spec.workers)


def _epochs(strategy, model, state, summary, datasets, steps, emit, stop, spec, watchdog):
    """Run the epochs with the callbacks a one-device ``fit`` would have (train.py's _fit)."""
    import keras

    from fruitclassifier.core.training.callbacks import CheckpointCallback, EventCallback
    from fruitclassifier.core.training.distributed import loop as loops

    config = state.config
    events = EventCallback(emit, lambda: False, steps, config.batch_size, config.epochs, state.epochs_done)
    callbacks: list = [events, CheckpointCallback(state, emit, events)]
    monitor = "val_accuracy" if datasets[1] is not None else "accuracy"
    if config.early_stopping_patience:
        callbacks.append(keras.callbacks.EarlyStopping(monitor=monitor, patience=config.early_stopping_patience))
    if config.reduce_lr_patience:
        callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor=monitor, factor=0.5,
                                                           patience=config.reduce_lr_patience))
    class_weight = single._class_weights(summary) if config.class_weights else None
    functions = loops.StepFunctions(strategy, model, config.batch_size, class_weight)
    train_ds, val_ds, recal_ds = (loops.distribute(strategy, ds) if ds is not None else None
                                  for ds in (datasets[0], None if spec.multi_worker else datasets[1],
                                             _recalibration_batch(model, state, summary, functions)))
    if spec.multi_worker and datasets[1] is not None:  # every worker validates all of it (loop.Loop._evaluate)
        val_ds = loops.LocalData(datasets[1])
    loop = loops.Loop(functions, keras.callbacks.CallbackList(callbacks, model=model), events, stop, watchdog,
                      spec.worker_timeout_s, recal_ds)
    try:
        result = loop.run(train_ds, val_ds, state.epochs_done, config.epochs)
    except _collective_errors() as exc:
        raise _lost(exc, spec) from None
    if events.stopped:
        emit(LogLine("Stopped; keeping the best completed epoch."))
    return result, events, loop


#: Images whose BatchNorm statistics replace the moving ones each epoch: one global batch (memory-bound).
RECALIBRATION_IMAGES = 128


def _recalibration_batch(model: Any, state: RunState, summary: folders.DataSummary, functions: Any) -> Any:
    """Unaugmented training images as one batch (as train.py's _recalibration_batches), or None without BN."""
    from fruitclassifier.core.data import pipeline
    from fruitclassifier.core.training.bn_recalibration import trainable_batch_norms

    config = state.config
    if not trainable_batch_norms(model):
        return None
    train_idx, _ = folders.stratified_split(summary.labels, config.val_split, config.seed)
    files, labels = np.array(summary.files, dtype=object)[train_idx], np.array(summary.labels)[train_idx]
    pick = np.random.default_rng(config.seed).permutation(len(files))[:RECALIBRATION_IMAGES]
    replicas = int(functions.strategy.num_replicas_in_sync)
    pick = pick[: max(replicas, len(pick) - len(pick) % replicas)]  # every replica gets an equal share
    batch, _errors = pipeline.make_dataset(list(files[pick]), list(labels[pick]), config.resolved_image_size(),
                                           len(pick), training=False, seed=config.seed, cache="memory")
    return batch


def _collective_errors() -> tuple[type[BaseException], ...]:
    import tensorflow as tf

    return (tf.errors.UnavailableError, tf.errors.DeadlineExceededError, tf.errors.AbortedError,
            tf.errors.CancelledError, tf.errors.InternalError)


def _lost(exc: BaseException, spec: DistSpec) -> BaseException:
    """A worker's connection error as one line for people (a single process's TF errors stay bugs)."""
    if not spec.multi_worker:
        return exc
    return DistributedError(f"lost contact with another worker ({_reason(exc)})",
                            "check every machine, then start all workers again")


def _reason(exc: BaseException) -> str:
    """The useful part of a collective's error, which TensorFlow buries under a page of node names."""
    import re

    text = str(exc)
    tasks = re.findall(r"/job:worker/replica:\d+/task:(\d+)", text.split("unhealthy", 1)[-1])
    if "unhealthy" in text and tasks:
        return f"worker {', '.join(sorted(set(tasks)))} stopped answering: it crashed, was stopped or lost its network"
    for line in text.splitlines():
        if re.search(r"Socket closed|Connection reset|connect|Deadline|timed out|unreachable", line, re.I):
            return line.strip()[:160]
    return type(exc).__name__


def _finish(model, state, spec, summary, val_ds, events, emit, result, replicas) -> Outcome:
    """The chief measures and saves through train.py's own path; a worker keeps a copy in its scratch folder."""
    plain = model_copy.plain(model)
    extra = {"distributed": {"workers": spec.workers, "replicas": replicas, "images_seen_by_chief":
                             result.images_seen, "engine": _engine(spec)}}
    outcome = Outcome(rank=spec.rank, workers=spec.workers, replicas=replicas, model_path=state.folder,
                      images_seen=result.images_seen, global_images=result.global_images,
                      stopped=events.stopped, batch_sizes=result.batch_sizes)
    if spec.is_chief:
        outcome.info = single._finish(plain, state, summary, val_ds, events, emit, extra=extra)
        outcome.model_path = outcome.info.path
        return outcome
    if state.best_weights.is_file():
        plain.load_weights(state.best_weights)
    outcome.model_path = state.folder / "model.keras"
    plain.save(str(outcome.model_path))
    state.status = "stopped" if events.stopped else "finished"
    state.save()
    emit(LogLine(f"Worker {spec.rank} done: trained on {result.images_seen} of {result.global_images} images; "
                 f"the chief saved the model (this worker's copy: {outcome.model_path})"))
    return outcome


def _engine(spec: DistSpec) -> str:
    kind = "MultiWorkerMirroredStrategy" if spec.multi_worker else "MirroredStrategy"
    return f"tf.distribute.{kind}, custom step"
