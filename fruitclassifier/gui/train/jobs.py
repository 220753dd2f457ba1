"""Helpers for the Train page without widgets: per-architecture defaults, the training worker, resumable runs.

Kept apart from the widgets so they can be tested without a window, as ``classify/jobs.py`` is
for the Classify page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from fruitclassifier import architectures
from fruitclassifier.config import TrainConfig
from fruitclassifier.gui.base.event_bundler import EventBundler
from fruitclassifier.gui.base.tasks import Reporter
from fruitclassifier.gui.base.tf_loader import prepare_for_run
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: A run's status (core/training/runs.py) as the Resume list shows it.
RUN_STATUS = {"running": QT_TRANSLATE_NOOP("TrainJobs", "running"),
              "stopped": QT_TRANSLATE_NOOP("TrainJobs", "stopped"),
              "finished": QT_TRANSLATE_NOOP("TrainJobs", "finished"),
              "failed": QT_TRANSLATE_NOOP("TrainJobs", "failed")}


def learning_rate_for(arch: str, weights: str) -> float:
    return architectures.get(arch).learning_rate(weights)


def default_config(arch: str, weights: str | None = None) -> TrainConfig:
    """The Train page's starting settings for ``arch``: the same as the CLI's (TrainConfig.for_arch)."""
    return TrainConfig.for_arch(arch, weights)


# --- the worker -------------------------------------------------------------------------------


def training_job(config: TrainConfig | None, resume: str | None = None) -> Callable[[Reporter], Any]:
    """Worker function for TaskManager.submit: train (or resume) and return the saved ModelInfo.

    Events go to ``Task.partial`` as lists of typed events (core/events.py); the Task's cancel flag is ``should_stop``.
    """

    def run(report: Reporter) -> Any:
        # imports TensorFlow: only ever on the worker thread
        from fruitclassifier.core.training import train as train_module

        prepare_for_run()
        bundler = EventBundler(report.partial)
        try:
            return train_module.train(config, on_event=bundler, should_stop=report.should_stop, resume=resume)
        finally:
            bundler.flush()

    return run


# --- runs and history ------------------------------------------------------------------------------


def resumable_runs() -> list[dict[str, Any]]:
    """Stopped (or failed) runs with a checkpoint, newest first: what the Resume list offers."""
    from fruitclassifier.core.training.runs import list_runs

    try:
        return [run for run in list_runs() if run.get("resumable")]
    except OSError:
        return []


def run_label(run: Mapping[str, Any]) -> str:
    config = run.get("config", {})
    name = run.get("model_name") or run.get("run_id", "?")
    status = run.get("status", "?")
    status = QCoreApplication.translate("TrainJobs", RUN_STATUS[status]) if status in RUN_STATUS else status
    label = QCoreApplication.translate("TrainJobs", "{name} — {network}, {done}/{epochs} epochs, {status}")
    return label.format(name=name, network=config.get("arch", "?"), done=run.get("epochs_done", 0),
                        epochs=config.get("epochs", "?"), status=status)
