"""Train one model: ``train(config, on_event, should_stop)``, the call both the GUI and the CLI make.

One long ``fit`` with callbacks (not many short fits) so Keras keeps its
compiled step and the input pipeline stays warm. Events are typed (core/events.py);
the GUI turns them into signals, the CLI into a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
import time
from typing import Any

import numpy as np

from fruitclassifier import __version__
from fruitclassifier.config import ConfigError, TrainConfig
from fruitclassifier.core.data import folders, pipeline
from fruitclassifier.core.events import Event, LogLine, RunFinished, RunStarted
from fruitclassifier.core.store import ModelInfo, StoreError, delete_model, find_model, save_model
from fruitclassifier.core.training import backend, device
from fruitclassifier.core.training import precision as _precision
from fruitclassifier.core.training.datasets import RunData, make_datasets
from fruitclassifier.core.training.runs import RunError, RunState, release_checkpoints
from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text


class TrainingError(UserError, RuntimeError):
    """Training cannot start or go on; the message says what happened and what to do."""


def train(
    config: TrainConfig | None,
    on_event: Callable[[Event], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    resume: str | None = None,
) -> ModelInfo:
    """Train (or resume) a model and save it in the store; returns the saved model's info.

    When resuming, ``config`` may be None (continue with the run's saved config);
    a given config only contributes its ``epochs``, to extend the run.
    """
    emit = on_event or (lambda event: None)
    asked = should_stop or (lambda: False)
    wanted = backend.resolve(_backend_choice(config, resume))
    if wanted != backend.current() and not backend.in_child():  # Keras's backend is fixed at its import
        from fruitclassifier.core.training.backend_child import train_in_child

        return train_in_child(config, wanted, emit, asked, resume)

    def stop() -> bool:
        return asked() or backend.stop_file_requested()

    state = _open_run(config, resume)
    config = state.config
    try:
        return _train_run(state, emit, stop)
    except UserError as exc:
        state.status = "failed"
        state.save()
        if isinstance(exc, (folders.DataError, ConfigError)):
            raise TrainingError(exc.message, exc.next_step) from None
        raise  # keeps its type: the GUI offers another weights choice for a WeightsUnavailableError
    finally:
        _precision.reset()


def _backend_choice(config: TrainConfig | None, resume: str | None) -> str:
    """The run's backend choice: a resumed run keeps its own (a config given then only adds epochs)."""
    if not resume:
        return config.backend if config is not None else backend.AUTO
    try:
        return RunState.load(resume).config.backend
    except RunError as exc:
        raise TrainingError(exc.message, exc.next_step) from None


def _open_run(config: TrainConfig | None, resume: str | None) -> RunState:
    if resume:
        try:
            state = RunState.load(resume)
        except RunError as exc:
            raise TrainingError(exc.message, exc.next_step) from None
        if config is not None:
            state.config = state.config.replace(epochs=config.epochs)
        if state.epochs_done >= state.config.epochs:
            raise TrainingError(Text(QT_TRANSLATE_NOOP("core", "run {run!r} already finished all {epochs} epochs; give "
                                                           "more epochs (--epochs N) to continue it"),
                                     run=resume, epochs=state.config.epochs))
        if state.status == "finished" and not state.checkpoint.is_file():  # released when it finished
            raise TrainingError(Text(QT_TRANSLATE_NOOP("core", "run {run!r} finished and its checkpoint was removed to "
                                                           "save space"), run=resume),
                                Text(QT_TRANSLATE_NOOP("core", "start a new run with its settings: --config {path}"),
                                     path=state.folder / "state.json"))
        return state
    if config is None:
        raise TrainingError(QT_TRANSLATE_NOOP("core", "no training settings given"))
    try:
        return RunState.create(config.checked())
    except ConfigError as exc:
        invalid = Text(QT_TRANSLATE_NOOP("core", "invalid settings: {problems}"), problems=exc.message)
        raise TrainingError(invalid) from None


def _train_run(state: RunState, emit: Callable[[Event], None], stop: Callable[[], bool]) -> ModelInfo:
    import keras

    config = state.config
    summary = _scan(config)
    if config.open_set:
        summary = _with_other_examples(summary, state)
    size = config.resolved_image_size()
    emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Reading {count:,} images of {classes} classes…"),
                      count=len(summary.files), classes=summary.num_classes)))
    keras.utils.set_random_seed(config.seed)
    data = make_datasets(summary, config, emit)
    _check_readable(summary, data)
    if stop():
        raise TrainingError(QT_TRANSLATE_NOOP("core", "training was cancelled before it started"))
    info = device.detect()
    _convert_in_tensorflow_helper(info, emit)
    precision = _precision.set_for(config, info)
    model = _model_for(state, summary.num_classes, size)
    steps = int(np.ceil(data.n_train / config.batch_size))
    emit(RunStarted(run=state.run_id, arch=config.arch, device=info.label, epochs=config.epochs,
                    steps_per_epoch=steps, train_images=data.n_train, val_images=data.n_val,
                    class_names=tuple(summary.class_names), initial_epoch=state.epochs_done, precision=precision))
    if precision != "float32":
        emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Training in {precision} mixed precision (weights stay float32)."),
                          precision=precision)))
    recal_ds = _recalibration_batches(data.files[data.train_idx], data.labels[data.train_idx], size, config)
    events = _fit(model, state, data.train_ds, data.val_ds, summary, steps, emit, stop, recal_ds)
    return _finish(model, state, summary, data.val_ds, events, emit)


def _convert_in_tensorflow_helper(info: device.DeviceInfo, emit: Callable[[Event], None]) -> None:
    """Under PyTorch the .tflite copy is made by the TensorFlow helper process (started now, so its import
    overlaps the training): answers stay on LiteRT whatever the model was trained on."""
    if info.backend == backend.TENSORFLOW:
        return
    from fruitclassifier.core.conversion import converter_process

    emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Training with Keras on PyTorch: {device}."), device=info.label)))
    converter_process.use_child_process()
    converter_process.prestart()


def _check_readable(summary: folders.DataSummary, data: RunData) -> None:
    """Enough readable photos of the user's own classes ("_other" photos alone are no data set)."""
    problems = data.errors + data.val_errors
    own = [f for f, label in zip(data.files, data.labels)
           if summary.class_names[label] != "_other" and str(f) not in data.broken]
    if not own and problems:
        path, reason = problems[0]
        raise TrainingError(Text(QT_TRANSLATE_NOOP("core", "none of the images in the class folders could be read "
                                                   "(e.g. {name}: {reason}); check that they hold photos"),
                                 name=Path(path).name, reason=reason))
    if data.n_train < summary.num_classes or not own:
        raise TrainingError(QT_TRANSLATE_NOOP("core", "too few readable training images; check the data folder"))


def _with_other_examples(summary: folders.DataSummary, state: RunState) -> folders.DataSummary:
    """The scan plus a "_other" class (core/training/open_set_data.py); a folder that has one keeps its own."""
    import dataclasses

    from fruitclassifier.core.training.open_set_data import other_examples, with_other_class

    names, other = with_other_class(summary.class_names)
    if other < summary.num_classes:
        return summary
    extra = other_examples(summary.files, summary.labels, summary.num_classes, state.folder / "other",
                           state.config.seed)
    return dataclasses.replace(summary, class_names=names, files=[*summary.files, *extra],
                               labels=[*summary.labels, *([other] * len(extra))],
                               counts={**summary.counts, names[other]: len(extra)})


def _scan(config: TrainConfig) -> folders.DataSummary:
    if not config.data_dir:
        raise TrainingError(QT_TRANSLATE_NOOP("core", "no data folder given; choose a folder with one sub-folder per "
                                                      "class"))
    summary = folders.scan(config.data_dir)
    if summary.num_classes < 2:
        raise TrainingError(QT_TRANSLATE_NOOP("core", "training needs at least two classes, each in its own "
                                                      "sub-folder"))
    return summary


def _model_for(state: RunState, num_classes: int, size: int) -> Any:
    """A fresh compiled model, or the run's last checkpoint (with its optimizer state) on resume."""
    import keras

    from fruitclassifier.core.models import registry
    from fruitclassifier.core.models.options import NetworkOptions

    config = state.config
    if state.epochs_done and state.checkpoint.is_file():
        import fruitclassifier.core.models.layers  # noqa: F401  (registers the custom layer)

        model = keras.saving.load_model(state.checkpoint, safe_mode=True)
        if "accuracy" not in str((model.get_compile_config() or {}).get("metrics")):  # a distributed run's
            model.compile(optimizer=model.optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return model  # (its custom step measures accuracy itself, so its checkpoint was compiled without it)
    options = NetworkOptions.for_config(config, num_classes, size)
    model = registry.build_model(config.arch, **vars(options))  # WeightsUnavailableError goes up as it is
    model.compile(optimizer=keras.optimizers.Adam(config.learning_rate),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def _recalibration_batches(files: np.ndarray, labels: np.ndarray, size: int, config: TrainConfig) -> Any:
    """Up to 512 unaugmented training images, for BatchNorm's statistics (core/training/bn_recalibration.py)."""
    pick = np.random.default_rng(config.seed).permutation(len(files))[:512]
    batches, _errors = pipeline.make_dataset(list(files[pick]), list(labels[pick]), size,
                                             min(64, config.batch_size * 2), training=False, seed=config.seed,
                                             cache="memory")
    return batches


def _fit(model, state, train_ds, val_ds, summary, steps, emit, stop, recal_ds=None):
    import keras

    from fruitclassifier.core.training.callbacks import CheckpointCallback, EventCallback, StopRequested

    config = state.config
    events = EventCallback(emit, stop, steps, config.batch_size, config.epochs, state.epochs_done)
    callbacks: list = [events, CheckpointCallback(state, emit, events)]
    if recal_ds is not None and not _feature_cache_applies(config):
        from fruitclassifier.core.training.bn_recalibration import BatchNormRecalibration, trainable_batch_norms

        if trainable_batch_norms(model):  # before validation and the checkpoint see the moving statistics
            callbacks.insert(0, BatchNormRecalibration(recal_ds, steps))
    monitor = "val_accuracy" if val_ds is not None else "accuracy"
    if config.early_stopping_patience:
        callbacks.append(keras.callbacks.EarlyStopping(monitor=monitor, patience=config.early_stopping_patience))
    if config.reduce_lr_patience:
        callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor=monitor, factor=0.5,
                                                           patience=config.reduce_lr_patience))
    class_weight = _class_weights(summary) if config.class_weights else None
    try:
        if _feature_cache_applies(config):
            _fit_on_features(model, state, train_ds, val_ds, steps, [events, *callbacks[2:]], class_weight,
                             emit, stop)
        else:
            model.fit(train_ds, validation_data=val_ds, epochs=config.epochs, initial_epoch=state.epochs_done,
                      class_weight=class_weight, callbacks=callbacks, verbose=0,
                      shuffle=False)  # the dataset shuffles itself
    except StopRequested:
        emit(LogLine(QT_TRANSLATE_NOOP("core", "Stopped; keeping the best completed epoch.")))
    return events


# --- frozen backbone: features computed once (core/training/feature_cache.py) -------------------------------


def _feature_cache_applies(config: TrainConfig) -> bool:
    from fruitclassifier.core.training import feature_cache

    return feature_cache.applies(config)


def _fit_on_features(model, state, train_ds, val_ds, steps, callbacks, class_weight, emit, stop) -> None:
    """Same training as model.fit for a fully frozen backbone, with each image's features computed once."""
    from fruitclassifier.core.training import feature_cache

    try:
        feature_cache.fit_on_features(model, state, train_ds, val_ds, steps * state.config.batch_size, 0,
                                      callbacks, class_weight, emit, stop)
    except feature_cache.FeatureStop:
        raise TrainingError(QT_TRANSLATE_NOOP("core", "training was cancelled before it started")) from None


def _class_weights(summary: folders.DataSummary) -> dict[int, float] | None:
    counts = np.bincount(summary.labels, minlength=summary.num_classes).astype(float)
    if counts.min() == 0 or counts.max() / counts.min() < 1.2:
        return None  # balanced enough: weights would only add noise
    weights = counts.sum() / (len(counts) * counts)
    return {i: float(w) for i, w in enumerate(weights)}


def _finish(model, state, summary, val_ds, events, emit, extra: dict | None = None) -> ModelInfo:
    """Restore the best epoch's weights, measure, and save into the store (``extra``: more metadata, e.g. a
    distributed run's workers)."""
    config = state.config
    if state.best_weights.is_file():
        model.load_weights(state.best_weights)
    open_set = _calibrate(model, summary, val_ds, emit) if config.open_set else None
    metrics: dict[str, float] = {}
    if val_ds is not None:
        values = model.evaluate(val_ds, verbose=0, return_dict=True)
        metrics["val_accuracy"], metrics["val_loss"] = float(values["accuracy"]), float(values["loss"])
    test_dir = config.test_dir or (str(summary.test_dir) if summary.test_dir else "")
    if test_dir and not events.stopped:
        metrics.update(_test_metrics(model, summary.class_names, config.resolved_image_size(), test_dir, emit))
    hist = state.history
    if hist.get("accuracy") and hist.get("val_accuracy"):
        metrics["train_val_gap"] = hist["accuracy"][-1] - hist["val_accuracy"][-1]
    state.status = "stopped" if events.stopped else "finished"
    info = _save(model, state, summary, metrics, events.steady_images_per_s, open_set, extra)
    state.model_name = info.name
    state.save()
    if state.status == "finished":
        release_checkpoints(state.folder)  # nothing left to resume: keep settings and curves only
    emit(RunFinished(model=info.name, stopped=events.stopped, run=state.run_id))
    return info


def _test_metrics(model, class_names, size, test_dir, emit) -> dict[str, float]:
    from fruitclassifier.core.evaluation.metrics import evaluate
    from fruitclassifier.core.inference.classifier import Classifier

    runner = None if backend.current() == backend.TENSORFLOW else _KerasRunner(model)  # no tf.function on torch
    try:
        result = evaluate(Classifier(model, class_names, size, runner=runner), test_dir)
    except (folders.DataError, ValueError) as exc:
        emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Test folder not evaluated: {reason}"), reason=str(exc))))
        return {}
    return {"test_accuracy": result.accuracy, "test_macro_f1": result.macro_f1, "test_images": result.n}


class _KerasRunner:
    """The model's probabilities for a uint8 batch on any Keras backend, in the shape of a LiteRunner (the
    classifier's folder workers call ``run_here``); float32 in (keras#23700 on MPS), one call at a time."""

    def __init__(self, model: Any) -> None:
        import threading

        self._model, self._lock = model, threading.Lock()

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.predict_on_batch(np.asarray(batch, dtype=np.float32)))

    run_here = __call__


def _calibrate(model, summary: folders.DataSummary, val_ds, emit) -> dict | None:
    """Temperature-scale the model on validation data and choose its "not one of mine" threshold."""
    from fruitclassifier.core.inference import open_set

    if open_set.OTHER_CLASS not in summary.class_names:
        return None
    other = summary.class_names.index(open_set.OTHER_CLASS)
    batches = [(model.predict_on_batch(np.asarray(x)), np.asarray(y)) for x, y in val_ds] if val_ds is not None else []
    if batches:
        probs, labels = np.concatenate([b[0] for b in batches]), np.concatenate([b[1] for b in batches])
    else:
        probs, labels = np.zeros((0, len(summary.class_names))), np.zeros(0, int)
    calibration = open_set.calibrate(probs, labels, other)
    if calibration.temperature != 1.0:
        open_set.fold_temperature(model, calibration.temperature)
    emit(LogLine(calibration.describe()))
    return calibration.metadata()


def _save(model, state: RunState, summary: folders.DataSummary, metrics: dict, images_per_s: float,
          open_set: dict | None = None, extra: dict | None = None) -> ModelInfo:
    config = state.config
    from fruitclassifier.core.models.registry import get_arch

    metadata = {
        "arch": config.arch,
        "class_names": summary.class_names,
        "image_size": config.resolved_image_size(),
        "preprocessing": get_arch(config.arch).preprocessing,
        "config": config.to_dict(),
        "history": state.history,
        "metrics": metrics,
        "data_fingerprint": summary.fingerprint,
        "params": int(model.count_params()),
        "train_time_s": round(state.train_seconds, 2),
        "train_images_per_s": round(images_per_s, 1),
        "backend": backend.current(),
        "device": device.detect().label,
        "epochs_trained": state.epochs_done,
        "best_epoch": state.best_epoch,
        "run_id": state.run_id,
        "stopped_early": state.status == "stopped",
        "app_version": __version__,
        **({"open_set": open_set} if open_set else {}),
        **(extra or {}),
    }
    previous = state.model_name
    name = config.name or previous or f"{config.arch} {time.strftime('%Y-%m-%d %H:%M')}"
    if previous:
        try:
            delete_model(previous)  # a resumed run replaces the model it produced before
        except StoreError:
            pass
    return save_model(_precision.without_optimizer(model), metadata, name=name)


__all__ = ["train", "TrainingError", "find_model"]
