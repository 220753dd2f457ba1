"""Run a study's trials in this process: ``tune(config, on_event, should_stop)``.

Each trial is a normal ``train`` run (same pipeline, same events) with the trial's settings; its
per-epoch validation accuracy goes to ``trial.report`` so a MedianPruner can stop a poor trial early.
Several processes or machines calling ``tune`` with the same storage and study share its trials; the
study ends when it holds ``config.trials`` trials in all. Only the best trial's model stays in the
library (with the study's summary in its metadata): every other trial's model is deleted once a
better one is known, so a 50-trial study does not leave 50 models behind. A pruned or stopped trial
leaves ``train`` at once (no model saved to be deleted) and its run folder is removed; other trials' runs
(checkpoints) stay in runs/ as for any training.
"""

from __future__ import annotations

from collections.abc import Callable
import dataclasses
import os
from pathlib import Path
import shutil
import socket
import time
from typing import Any
import warnings

from fruitclassifier import paths
from fruitclassifier.config import AugmentConfig, ConfigError, TrainConfig, TuneConfig, search_space
from fruitclassifier.core.events import BatchEnded, EpochEnded, Event, RunStarted
from fruitclassifier.core.tuning.events import StudyOpened, TrialFinished, TrialStarted, TuneEvent
from fruitclassifier.core.tuning.storage import (
    CONFIG_ATTR,
    TuningError,
    budget_lock,
    default_storage,
    make_storage,
    stop_requested,
)
from fruitclassifier.core.tuning.summary import TuneSummary, best_trial, summarize
from fruitclassifier.errors import UserError, first_line

Emit = Callable[[Event | TuneEvent], None]
OVER_BUDGET = "over the study's budget: another worker took the last trial"
_POLL_S = 2.0  # how often a worker reads the study-wide Stop from the storage
ALIVE_S = 30.0  # how often a running trial says it is alive (a journal file has no heartbeat of its own)
STALE_S = 600.0  # a running trial silent this long belonged to a killed worker: failed, its place freed
STALE_REASON = "its worker stopped answering (killed or lost)"
STOPPED_REASON = "stopped before its last epoch"
_UNCOUNTED = (STALE_REASON, STOPPED_REASON)  # trials whose place in the budget is trained again


def tune(config: TuneConfig, on_event: Emit | None = None,
         should_stop: Callable[[], bool] | None = None, timeout_s: float | None = None) -> TuneSummary:
    """Create or join the study and run trials until it has ``config.trials`` (all workers together),
    Stop is asked (here or for the whole study), ``timeout_s`` has passed (as Optuna's ``optimize``
    timeout: checked after each trial, so the running one finishes and at least one runs) or no trial
    can run; returns the study's summary."""
    emit = on_event or (lambda event: None)
    config = _checked(config)
    storage = config.storage or default_storage()
    study = _open_study(config, storage)
    emit(StudyOpened(config.study, storage, len(study.get_trials(deepcopy=False)), config.trials))
    stopping = _Stopping(study, should_stop)
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while not stopping():
        trial = _next_trial(study, config.trials, storage)
        if trial is None:
            break
        _run_trial(study, trial, config, emit, stopping)
        if deadline is not None and time.monotonic() >= deadline:
            break
    _keep_best_model(study)
    summary = summarize(study, storage)
    if summary.best_model:
        _record_summary(summary)
    return summary


def _checked(config: TuneConfig) -> TuneConfig:
    try:
        config.checked()
    except ConfigError as exc:
        raise TuningError(f"invalid study settings: {exc}") from None
    if not config.base.data_dir or not Path(config.base.data_dir).is_dir():
        raise TuningError(f"data folder not found: {config.base.data_dir or '(none given)'}",
                          "choose a folder with one sub-folder of photos per class")
    if config.base.val_split <= 0:
        raise TuningError("tuning scores each trial on held-out images; give a validation share above 0")
    if config.sampler == "gp":
        import importlib.util

        if not (importlib.util.find_spec("torch") and importlib.util.find_spec("scipy")):
            raise TuningError("the gp sampler needs PyTorch and SciPy, which are not installed",
                              "Install them with pip install 'fruitclassifier[gp]', or use --sampler tpe.")
    return config


def _open_study(config: TuneConfig, storage: str) -> Any:
    """Create the study, or load it when it exists (resume, or another worker's study)."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)  # our events say what happens, not Optuna's log
    seed = sampler_seed(config)
    sampler = {"tpe": lambda: optuna.samplers.TPESampler(seed=seed, multivariate=True, constant_liar=True),
               "gp": lambda: optuna.samplers.GPSampler(seed=seed),
               "random": lambda: optuna.samplers.RandomSampler(seed=seed)}[config.sampler]()
    pruner = (optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=1) if config.pruner
              else optuna.pruners.NopPruner())
    study = optuna.create_study(storage=make_storage(storage), study_name=config.study, sampler=sampler,
                                pruner=pruner, direction="maximize", load_if_exists=True)
    saved = study.user_attrs.get(CONFIG_ATTR)
    if not isinstance(saved, dict):  # what a worker joining with only the study's name will run
        study.set_user_attr(CONFIG_ATTR, config.to_dict())
    elif config.trials > int(saved.get("trials", 0)):  # a resume raised the budget: joiners and viewers see it
        study.set_user_attr(CONFIG_ATTR, {**saved, "trials": config.trials})
    return study


def sampler_seed(config: TuneConfig) -> int:
    """The config's seed mixed with this process's id: parallel workers of one study must not all draw the
    same settings. (benchmarks/bench_tuning.py runs one worker a study and pins it to the seed alone.)"""
    return (config.base.seed * 1_000_003 + os.getpid()) % 2**31


class _Stopping:
    """Stop asked here (``should_stop``) or for the whole study after this worker joined; the storage is
    read at most every _POLL_S seconds (each read replays a journal file)."""

    def __init__(self, study: Any, should_stop: Callable[[], bool] | None) -> None:
        self._study, self._local = study, should_stop or (lambda: False)
        self._joined, self._checked, self._study_wide = time.time(), 0.0, False

    def __call__(self) -> bool:
        if self._local():
            return True
        if not self._study_wide and time.monotonic() - self._checked >= _POLL_S:
            self._checked = time.monotonic()
            self._study_wide = stop_requested(self._study, self._joined)
        return self._study_wide


def _next_trial(study: Any, wanted: int, storage: str) -> Any | None:
    """A new trial, or None when the study already holds ``wanted`` trials (any state, any worker).

    A database storage has no budget lock: two workers may both see one trial left and ask; the one
    numbered past the budget is told failed at once ("over budget") and trains nothing."""
    import optuna

    with budget_lock(storage):
        fail_stale_trials(study)
        if _counted(study) >= wanted:
            return None
        trial = study.ask()
    if _counted(study, before=trial.number) < wanted:
        return trial
    trial.set_user_attr("reason", OVER_BUDGET)
    study.tell(trial, state=optuna.trial.TrialState.FAIL)
    return None


def _counted(study: Any, before: int | None = None) -> int:
    """Trials that hold a place in the budget (numbered below ``before``, when given): all but a dead
    worker's or a stopped one, whose place is trained again (by a later worker or a resume)."""
    return sum(1 for t in study.get_trials(deepcopy=False) if t.user_attrs.get("reason") not in _UNCOUNTED
               and (before is None or t.number < before))


def fail_stale_trials(study: Any, now: float | None = None) -> None:
    """Fail the running trials of workers that died (killed, machine lost), so they stop holding a place
    in the budget: on a database Optuna's own heartbeat (120 s), anywhere our "alive_at" (journal files
    have no heartbeat)."""
    import optuna

    with warnings.catch_warnings():  # "experimental": no news for a user
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)  # a no-op without a heartbeat
    now = time.time() if now is None else now
    for frozen in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
        alive_at = frozen.user_attrs.get("alive_at", frozen.datetime_start.timestamp())
        if now - float(alive_at) > STALE_S:
            optuna.trial.Trial(study, frozen._trial_id).set_user_attr("reason", STALE_REASON)  # noqa: SLF001
            study.tell(frozen.number, state=optuna.trial.TrialState.FAIL, skip_if_finished=True)


def trial_settings(trial: Any, config: TuneConfig) -> dict[str, float]:
    """The trial's point in the search space; a range whose ends agree is that fixed value. How many
    backbone layers train is searched only from pretrained weights (config.applies): from scratch there
    is nothing to keep frozen."""
    settings: dict[str, float] = {}
    for searched in search_space():
        if not config.applies(searched.name):
            continue
        low, high = searched.cast(getattr(config, searched.name))
        if low == high:
            settings[searched.name] = low
        elif searched.whole:
            settings[searched.name] = trial.suggest_int(searched.name, low, high)
        else:
            settings[searched.name] = trial.suggest_float(searched.name, low, high, log=searched.log)
    return settings


def trial_config(config: TuneConfig, settings: dict[str, float], number: int) -> TrainConfig:
    """The base training settings with a trial's values, its epochs and a name in the library. Without
    pretrained weights the backbone trains whole (a frozen random backbone learns nothing)."""
    layers = settings.get("fine_tune_layers")
    backbone = {"freeze_backbone": layers is not None, "fine_tune_layers": int(layers or 0)}
    return config.base.replace(learning_rate=settings["learning_rate"], dropout=settings["dropout"],
                               l2=settings["l2"], epochs=config.epochs_per_trial, early_stopping_patience=0,
                               augment=augmentation(config.base.augment, settings["augment_strength"]),
                               name=f"{config.study} trial {number}", **backbone)


def augmentation(base: AugmentConfig, strength: float) -> AugmentConfig:
    """One knob for every random change: 0 is off, 1 is strong (about 1.5x the defaults)."""
    if strength <= 0:
        return dataclasses.replace(base, enabled=False)
    return dataclasses.replace(base, enabled=True, rotation=0.15 * strength, zoom=0.3 * strength,
                               brightness=0.3 * strength, contrast=0.3 * strength, color=0.1 * strength)


def _run_trial(study: Any, trial: Any, config: TuneConfig, emit: Emit, stopping: _Stopping) -> None:
    """Train one trial and tell the study how it ended: complete (its score), pruned or failed (why)."""
    from fruitclassifier.core.training.train import train

    settings = trial_settings(trial, config)
    trial.set_user_attr("host", socket.gethostname())
    trial.set_user_attr("pid", os.getpid())  # two workers on one machine are told apart by their process
    trial.set_user_attr("worker", f"{socket.gethostname()}:{os.getpid()}")
    emit(TrialStarted(trial.number, settings))
    events = _TrialEvents(trial, emit, stopping)
    try:
        info = train(trial_config(config, settings, trial.number), events, events.should_stop)
    except _Abandon:
        return _abandoned(study, trial, events, settings, emit)
    except UserError as exc:
        if stopping():  # cancelled before its first epoch: a place to train again, not a failure of the data
            return _fail(study, trial, STOPPED_REASON, settings, emit)
        _fail(study, trial, first_line(exc), settings, emit)
        if best_trial(study) is None:
            raise TuningError(f"no trial could run: {first_line(exc)}") from None
        return
    except KeyboardInterrupt:  # Ctrl-C: the trial is freed for others at once, not after STALE_S
        _fail(study, trial, STOPPED_REASON, settings, emit)
        raise
    except Exception as exc:  # a bug: recorded for the other workers, then reported as one
        _fail(study, trial, f"unexpected error: {first_line(exc, 200)}", settings, emit)
        raise
    trial.set_user_attr("model", info.name)
    _tell(study, trial, info, events.pruned, settings, emit)


class _Abandon(Exception):
    """Leaves ``train`` at once when its trial is pruned or stopped: the model would otherwise be saved
    (seconds of Keras saving and TFLite conversion) only to be deleted, and Stop would wait for that."""


class _TrialEvents:
    """A trial's training events: passed on, each epoch's validation accuracy reported for pruning,
    "alive_at" refreshed every ALIVE_S, and _Abandon raised after the batch or epoch in which the trial
    was pruned or Stop was asked (here or study-wide)."""

    def __init__(self, trial: Any, emit: Emit, stopping: _Stopping) -> None:
        self._trial, self._emit, self._stopping = trial, emit, stopping
        self.pruned, self.run = False, ""
        self._alive = time.monotonic()
        trial.set_user_attr("alive_at", time.time())

    def __call__(self, event: Event) -> None:
        self._emit(event)
        if isinstance(event, RunStarted):
            self.run = event.run
        if time.monotonic() - self._alive >= ALIVE_S:
            self._alive = time.monotonic()
            self._trial.set_user_attr("alive_at", time.time())
        if isinstance(event, EpochEnded) and "val_accuracy" in event.metrics:
            self._trial.report(event.metrics["val_accuracy"], event.epoch)
            self.pruned = self.pruned or self._trial.should_prune()
        if isinstance(event, (BatchEnded, EpochEnded)) and self.should_stop():
            raise _Abandon

    def should_stop(self) -> bool:
        return self.pruned or self._stopping()


def _abandoned(study: Any, trial: Any, events: _TrialEvents, settings: dict, emit: Emit) -> None:
    """A pruned or stopped trial: its run folder removed (it is never resumed: its place is trained afresh)."""
    import optuna

    if events.run:
        shutil.rmtree(paths.runs_dir() / events.run, ignore_errors=True)
    if not events.pruned:
        return _fail(study, trial, STOPPED_REASON, settings, emit)
    study.tell(trial, state=optuna.trial.TrialState.PRUNED)
    _finished(study, trial.number, "pruned", None, settings, "", emit)


def _tell(study: Any, trial: Any, info: Any, pruned: bool, settings: dict, emit: Emit) -> None:
    import optuna

    from fruitclassifier.core.store import StoreError, delete_model

    metrics = info.metadata.get("metrics", {})
    if pruned or info.metadata.get("stopped_early") or "val_accuracy" not in metrics:
        try:
            delete_model(info.name)  # a pruned or stopped trial's model is never the one to keep
        except StoreError:
            pass
        if not pruned:
            return _fail(study, trial, STOPPED_REASON, settings, emit)
        study.tell(trial, state=optuna.trial.TrialState.PRUNED)
        return _finished(study, trial.number, "pruned", None, settings, "", emit)
    trial.set_user_attr("val_loss", float(metrics.get("val_loss", 0.0)))
    study.tell(trial, float(metrics["val_accuracy"]))
    _keep_best_model(study)
    _finished(study, trial.number, "complete", float(metrics["val_accuracy"]), settings, "", emit)


def _fail(study: Any, trial: Any, reason: str, settings: dict, emit: Emit) -> None:
    import optuna

    trial.set_user_attr("reason", reason)
    study.tell(trial, state=optuna.trial.TrialState.FAIL)
    _finished(study, trial.number, "failed", None, settings, reason, emit)


def _finished(study: Any, number: int, state: str, value: float | None, settings: dict, reason: str,
              emit: Emit) -> None:
    best = best_trial(study)
    emit(TrialFinished(number, state, value, settings, reason, best.number if best else None,
                       best.value if best else None))


def _keep_best_model(study: Any) -> None:
    """Delete the models of every complete trial but the best (any worker's: whichever sees it first)."""
    from fruitclassifier.core.store import StoreError, delete_model

    best = best_trial(study)
    for trial in study.get_trials(deepcopy=False):
        name = trial.user_attrs.get("model")
        if name and trial.state.name == "COMPLETE" and best is not None and trial.number != best.number:
            try:
                delete_model(name)
            except StoreError:
                pass  # already deleted (by another worker) or on another machine's library


def _record_summary(summary: TuneSummary) -> None:
    """The study's summary in the best model's metadata (trials, best settings, importances)."""
    from fruitclassifier.core.store import StoreError, update_metadata

    try:
        update_metadata(summary.best_model, {"tuning": summary.to_dict()})
    except StoreError:
        pass  # the best model was trained on another machine: its library is not this one
