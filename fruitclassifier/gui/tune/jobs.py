"""Helpers for the Tune page without widgets: the study worker, reading a study from its storage, Stop.

Every storage access (a journal file is replayed, a database queried) runs on a worker thread through
the task pattern (gui/base/tasks.py), never in the event loop: a study on a network disk or a far database
must not freeze the window. Kept apart from the widgets so they can be tested without a window, as
``train_jobs.py`` is for the Train page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fruitclassifier.config import TuneConfig
from fruitclassifier.core.tuning.summary import TuneSummary
from fruitclassifier.gui.base.event_bundler import EventBundler
from fruitclassifier.gui.base.tasks import Reporter
from fruitclassifier.gui.base.tf_loader import prepare_for_run

#: The page reads the study at most this often (seconds): each read replays a journal file's new lines
#: or queries the database, and a trial takes seconds to minutes, so once a second is plenty.
POLL_S = 1.5


def tuning_job(config: TuneConfig) -> Callable[[Reporter], Any]:
    """Worker function: run this window's share of the study's trials; returns the TuneSummary.

    Training and tuning events go to ``Task.partial`` as lists (batch events bundled, as for training);
    the Task's cancel flag is ``should_stop`` (the running trial stops after its batch)."""

    def run(report: Reporter) -> TuneSummary:
        from fruitclassifier.core.tuning import tune  # imports TensorFlow when a trial trains: worker only

        prepare_for_run()
        bundler = EventBundler(report.partial)
        try:
            return tune(config, on_event=bundler, should_stop=report.should_stop)
        finally:
            bundler.flush()

    return run


@dataclass(frozen=True)
class StudySnapshot:
    """A study as its storage holds it now, for the table and the plots."""

    storage: str
    study: str
    summary: TuneSummary | None  # None: no study of that name there (yet)
    curves: dict[int, list[float]] = field(default_factory=dict)  # running trials: val accuracy per epoch
    config: TuneConfig | None = None  # the settings the study was created with (None: not one of ours)


class StudyReader:
    """Reads one study; keeps its storage open between reads, so a journal file is replayed only from
    where the last read ended. Used by one worker at a time (the page has at most one read in flight)."""

    def __init__(self, storage: str, study: str) -> None:
        self.storage, self.study = storage, study
        self._store: Any = None
        self._importances: dict[str, float] = {}
        self._complete = -1

    def read(self) -> StudySnapshot:
        import optuna

        from fruitclassifier.core.tuning.storage import CONFIG_ATTR, make_storage
        from fruitclassifier.core.tuning.summary import summarize

        if self._store is None:
            self._store = make_storage(self.storage)
        try:
            study = optuna.load_study(study_name=self.study, storage=self._store)
        except KeyError:
            return StudySnapshot(self.storage, self.study, None)
        frozen = study.get_trials(deepcopy=False)
        complete = sum(1 for t in frozen if t.state.name == "COMPLETE")
        fresh = complete != self._complete  # fANOVA again only once another trial has finished
        summary = summarize(study, self.storage, importances=fresh)
        if fresh:
            self._complete, self._importances = complete, summary.importances
        curves = {t.number: [t.intermediate_values[k] for k in sorted(t.intermediate_values)]
                  for t in frozen if t.state.name == "RUNNING"}
        return StudySnapshot(self.storage, self.study, _with_importances(summary, self._importances), curves,
                             _saved_config(study.user_attrs.get(CONFIG_ATTR)))


def _with_importances(summary: TuneSummary, importances: dict[str, float]) -> TuneSummary:
    from dataclasses import replace

    return replace(summary, importances=dict(importances)) if summary.best_number is not None else summary


def _saved_config(raw: Any) -> TuneConfig | None:
    from fruitclassifier.config import ConfigError

    try:
        return TuneConfig.from_dict(raw) if isinstance(raw, dict) else None
    except ConfigError:
        return None


def read_job(reader: StudyReader) -> Callable[[Reporter], StudySnapshot]:
    return lambda report: reader.read()


def stop_job(storage: str, study: str) -> Callable[[Reporter], None]:
    """Worker function: ask every worker of the study, in any process or machine, to stop."""

    def run(report: Reporter) -> None:
        from fruitclassifier.core.tuning import request_stop

        request_stop(storage, study)

    return run


def studies_job(storage: str) -> Callable[[Reporter], list[str]]:
    """Worker function: the names of the studies in a storage (for the Resume list)."""

    def run(report: Reporter) -> list[str]:
        import optuna

        from fruitclassifier.core.tuning.storage import make_storage

        return sorted(optuna.study.get_all_study_names(make_storage(storage)))

    return run


def resume_config(saved: TuneConfig, storage: str, trials: int) -> TuneConfig:
    """A study continued here: its own settings (so its trials stay comparable), the budget asked for now."""
    return saved.replace(storage=storage, trials=max(trials, 1))
