"""One study at a glance: a summary line, the trials table, score per trial with the best so far, which
settings mattered, and the running trial's curves, with the best trial named at the bottom.

``show_snapshot`` takes what the storage holds (every worker's trials); ``handle`` takes this window's
own training events, whose running trial gets full live curves (loss and accuracy per batch). While
nothing trains here, another worker's running trial is drawn from the validation accuracy it reports
each epoch (what the storage knows of it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from fruitclassifier.core.events import BatchEnded, EpochEnded, History, RunStarted
from fruitclassifier.core.tuning.events import TrialStarted
from fruitclassifier.gui.base.i18n import percent
from fruitclassifier.gui.tune.jobs import StudySnapshot
from fruitclassifier.gui.tune.trials_plot import ImportanceBars, TrialsPlot
from fruitclassifier.gui.tune.trials_table import TrialsTable, format_param
from fruitclassifier.gui.widgets.live_plot import LivePlot
from fruitclassifier.text import QT_TRANSLATE_NOOP

IDLE_TITLE = QT_TRANSLATE_NOOP("StudyView", "No trial is training here.")
#: A searched setting as the running text names it (translated in the StudyView context).
SETTING_WORDS = {"learning_rate": QT_TRANSLATE_NOOP("StudyView", "learning rate"),
                 "dropout": QT_TRANSLATE_NOOP("StudyView", "dropout"), "l2": QT_TRANSLATE_NOOP("StudyView", "l2"),
                 "augment_strength": QT_TRANSLATE_NOOP("StudyView", "augment strength"),
                 "fine_tune_layers": QT_TRANSLATE_NOOP("StudyView", "fine tune layers")}
#: Trial states as the summary line counts them ("2 running, 5 complete").
STATE_WORDS = {"running": QT_TRANSLATE_NOOP("StudyView", "running"),
               "complete": QT_TRANSLATE_NOOP("StudyView", "complete"),
               "pruned": QT_TRANSLATE_NOOP("StudyView", "pruned"), "failed": QT_TRANSLATE_NOOP("StudyView", "failed")}


def _tr(text: str) -> str:
    """A string marked above with QT_TRANSLATE_NOOP("StudyView", …), in the user's language."""
    return QCoreApplication.translate("StudyView", text)


def describe_params(params: dict[str, Any]) -> str:
    words = {k: _tr(SETTING_WORDS[k]) if k in SETTING_WORDS else k.replace("_", " ") for k in params}
    pair = QCoreApplication.translate("StudyView", "{setting} {value}")
    return ", ".join(pair.format(setting=words[k], value=format_param(v)) for k, v in params.items())


class StudyView(QWidget):
    """The right-hand side of the Tune page, minus its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_trial: int | None = None
        self.history = History()
        self.summary_label = selectable_label()
        self.table = TrialsTable()
        self.trials_plot, self.importance = TrialsPlot(), ImportanceBars()
        plots = QSplitter(Qt.Horizontal)
        plots.addWidget(self.trials_plot)
        plots.addWidget(self.importance)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 2)
        self.curves_title = selectable_label(_tr(IDLE_TITLE))
        self.curves = LivePlot()
        curves = QWidget()
        curves_layout = QVBoxLayout(curves)
        curves_layout.setContentsMargins(0, 0, 0, 0)
        curves_layout.addWidget(self.curves_title)
        curves_layout.addWidget(self.curves, 1)
        views = QSplitter(Qt.Vertical)
        for widget, least in ((self.table, 110), (plots, 180), (curves, 205)):  # fits 700 px in German too
            widget.setMinimumHeight(least)  # the plots' own size hints are tiny: never squash them to a line
            views.addWidget(widget)
        views.setSizes([190, 260, 340])
        self.best_label = selectable_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(views, 1)
        layout.addWidget(self.best_label)

    # --- this window's trial -------------------------------------------------------------------------

    def begin_trial(self, event: TrialStarted) -> None:
        self.own_trial, self.history = event.number, History()
        self.curves.set_history(self.history)
        self.curves_title.setText(self.tr("<b>Trial {number}</b> (training here): {settings}").format(
            number=event.number, settings=describe_params(event.params)))

    def handle(self, event: Any) -> None:
        """A training event of this window's running trial."""
        if isinstance(event, BatchEnded):
            self.curves.add_batch(event.epoch, event.batch, event.steps,
                                  {"loss": event.loss, "accuracy": event.accuracy})
        elif isinstance(event, EpochEnded):
            self.history.add(event)
            self.curves.show_epochs(self.history)
        elif isinstance(event, RunStarted):
            self.curves.set_epochs(event.epochs)

    def end_trial(self) -> None:
        self.own_trial = None
        self.curves_title.setText(_tr(IDLE_TITLE))

    # --- the study in its storage ------------------------------------------------------------------

    def show_snapshot(self, snapshot: StudySnapshot) -> None:
        summary = snapshot.summary
        if summary is None:
            self.summary_label.setText(self.tr("No study “{study}” in {storage} yet.").format(
                study=snapshot.study, storage=snapshot.storage))
            self.table.set_trials([])
            self.trials_plot.set_trials([])
            self.importance.set_importances({})
            self.best_label.setText("")
            return
        self.table.set_trials(summary.trials, summary.best_number)
        self.trials_plot.set_trials(summary.trials)
        self.importance.set_importances(summary.importances)
        counts = ", ".join(self.tr("{count} {state}").format(count=summary.count(s), state=_tr(STATE_WORDS[s]))
                           for s in ("running", "complete", "pruned", "failed") if summary.count(s))
        budget = snapshot.config.trials if snapshot.config is not None else 0
        line = (self.tr("<b>{study}</b>: {count} of {budget} trials ({states}) · storage {storage}")
                if budget >= len(summary.trials) else  # stopped trials are tried again
                self.tr("<b>{study}</b>: {count} trials ({states}) · storage {storage}"))
        self.summary_label.setText(line.format(study=summary.study, count=len(summary.trials), budget=budget,
                                               states=counts or self.tr("none yet"), storage=snapshot.storage))
        self.best_label.setText("" if summary.best_number is None else
                                self.tr("Best: <b>trial {number}</b>, validation accuracy {accuracy} ({settings})"
                                        ).format(number=summary.best_number, accuracy=percent(summary.best_value, 1),
                                                 settings=describe_params(summary.best_params)))
        self._show_others_trial(snapshot)

    def _show_others_trial(self, snapshot: StudySnapshot) -> None:
        if self.own_trial is not None or not snapshot.curves:
            return
        number = min(snapshot.curves)
        record = next((t for t in snapshot.summary.trials if t.number == number), None)
        title = (self.tr("<b>Trial {number}</b> (another worker on {worker}): validation accuracy per epoch")
                 if record is not None and record.host else
                 self.tr("<b>Trial {number}</b> (another worker): validation accuracy per epoch"))
        self.curves_title.setText(title.format(number=number, worker=record.worker if record is not None else ""))
        self.curves.set_history(History({"val_accuracy": snapshot.curves[number]}))


def selectable_label(text: str = "") -> QLabel:
    """A wrapping label whose text can be selected and copied (study names, paths, errors)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label
