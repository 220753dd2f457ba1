"""Qt-free helpers for the Train page: per-architecture defaults, the training worker, CLI equivalents.

Kept apart from the widgets so they can be tested without a window, as ``classify_jobs.py`` is
for the Classify page.
"""

from __future__ import annotations

import gc
import shlex
import time
from dataclasses import fields
from typing import Any, Callable, Mapping, Sequence

from fruitclassifier import architectures
from fruitclassifier.config import AugmentConfig, TrainConfig
from fruitclassifier.core.events import BatchEnded, Event
from fruitclassifier.core.verdict import OVERFIT_GAP
from fruitclassifier.gui.tasks import Reporter

#: Batch events are sent to the GUI in bundles at most this often (seconds): tiny models run hundreds
#: of batches a second, and one queued signal per batch would flood the event loop.
EVENT_BUNDLE_S = 0.05


def learning_rate_for(arch: str, weights: str) -> float:
    return architectures.get(arch).learning_rate(weights)


def default_config(arch: str, weights: str | None = None) -> TrainConfig:
    """The Train page's starting settings for ``arch``: the same as the CLI's (TrainConfig.for_arch)."""
    return TrainConfig.for_arch(arch, weights)


# --- the worker -------------------------------------------------------------------------------


class EventBundler:
    """Passes training events on as lists, batch events bundled, so the GUI gets a few signals a second."""

    def __init__(self, send: Callable[[list[Event]], None], every_s: float = EVENT_BUNDLE_S) -> None:
        self._send, self._every = send, every_s
        self._pending: list[Event] = []
        self._last = 0.0

    def __call__(self, event: Event) -> None:
        self._pending.append(event)
        now = time.monotonic()
        if not isinstance(event, BatchEnded) or now - self._last >= self._every:
            self.flush()
            self._last = now

    def flush(self) -> None:
        if self._pending:
            events, self._pending = self._pending, []
            self._send(events)


def freeze_long_lived_objects() -> None:
    """Keep Python's full garbage collections short while training (once per process, after TF is imported).

    TensorFlow and Keras leave millions of long-lived objects; a full collection walks all of them while
    holding the GIL, which froze the window for 1–2 s in the middle of a run on the 2-core test machine.
    ``gc.freeze()`` moves what exists now out of the collector's sight, so later collections only scan
    objects created since (the models being trained).
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


_frozen = False


def training_job(config: TrainConfig | None, resume: str | None = None) -> Callable[[Reporter], Any]:
    """Worker function for TaskManager.submit: train (or resume) and return the saved ModelInfo.

    Events go to ``Task.partial`` as lists of typed events (core/events.py); the Task's cancel flag is ``should_stop``.
    """

    def run(report: Reporter) -> Any:
        from fruitclassifier.core import training  # imports TensorFlow: only ever on the worker thread

        freeze_long_lived_objects()
        bundler = EventBundler(report.partial)
        try:
            return training.train(config, on_event=bundler, should_stop=report.should_stop, resume=resume)
        finally:
            bundler.flush()

    return run


# --- reproducing a run from the command line ----------------------------------------------------


def cli_command(config: TrainConfig) -> str:
    """The ``fruitclassifier train`` command that trains with exactly these settings (non-defaults only)."""
    parts = ["fruitclassifier", "train", config.data_dir or "DATA_DIR"]
    default = TrainConfig.for_arch(config.arch, config.weights)  # what the CLI starts from for this arch
    if config.arch != TrainConfig().arch:
        parts += _flag("arch", config.arch)
    if config.weights != TrainConfig.for_arch(config.arch).weights:
        parts += _flag("weights", config.weights)
    for f in fields(TrainConfig):
        if f.name not in ("data_dir", "augment", "arch", "weights") and getattr(config, f.name) != getattr(default, f.name):
            parts += _flag(f.name, getattr(config, f.name))
    if config.augment.enabled:
        parts.append("--augment")
    for f in fields(AugmentConfig):
        value = getattr(config.augment, f.name)
        if f.name != "enabled" and value != getattr(default.augment, f.name):
            parts += _flag(f"augment_{f.name}", value)
    return shlex.join(parts)


def _flag(name: str, value: Any) -> list[str]:
    flag = name.replace("_", "-")
    if isinstance(value, bool):
        return [f"--{flag}" if value else f"--no-{flag}"]
    return [f"--{flag}", repr(value) if isinstance(value, float) else str(value)]


# --- runs and history ------------------------------------------------------------------------------


def resumable_runs() -> list[dict[str, Any]]:
    """Stopped (or failed) runs with a checkpoint, newest first: what the Resume list offers."""
    from fruitclassifier.core.runs import list_runs

    try:
        return [run for run in list_runs() if run.get("resumable")]
    except OSError:
        return []


def run_label(run: Mapping[str, Any]) -> str:
    config = run.get("config", {})
    name = run.get("model_name") or run.get("run_id", "?")
    return (f"{name} — {config.get('arch', '?')}, {run.get('epochs_done', 0)}/{config.get('epochs', '?')} "
            f"epochs, {run.get('status', '?')}")


def overfitting_reason(history: Mapping[str, Sequence[float]]) -> str:
    """Why the curves look like overfitting ('' when they do not): a widening train–validation
    accuracy gap, or validation loss rising two epochs running while training loss falls."""
    acc, val_acc = list(history.get("accuracy", [])), list(history.get("val_accuracy", []))
    n = min(len(acc), len(val_acc))
    if n >= 2:
        gap, before = acc[n - 1] - val_acc[n - 1], acc[n - 2] - val_acc[n - 2]
        if gap > OVERFIT_GAP and gap > before:
            return (f"Training accuracy is {gap:.0%} above validation accuracy and the gap is growing "
                    f"(it was {before:.0%} an epoch ago).")
    loss, val_loss = list(history.get("loss", [])), list(history.get("val_loss", []))
    if min(len(loss), len(val_loss)) >= 3:
        if val_loss[-1] > val_loss[-2] > val_loss[-3] and loss[-1] < loss[-2] < loss[-3]:
            return "Validation loss rose for two epochs in a row while training loss kept falling."
    return ""
