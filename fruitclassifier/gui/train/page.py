"""Train: pick data and networks, start a queue of runs, watch them learn, stop, resume.

Each run is one Task (gui/base/tasks.py) around ``core.training.train``: events arrive as ``Task.partial``
lists, Stop is the Task's cancel flag (the core checks it after every batch and keeps the best completed
epoch), and a finished run's model is announced with ``models_changed`` so every model list re-reads it.
"""

from __future__ import annotations

import shlex
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier import paths
from fruitclassifier.config_flags import cli_command
from fruitclassifier.core.events import Event, RunFinished, RunStarted
from fruitclassifier.core.models.registry import WeightsUnavailableError
from fruitclassifier.core.training.runs import StoppedBeforeFirstEpoch, saved_batches
from fruitclassifier.gui.base.close_guard import CloseGuard
from fruitclassifier.gui.base.i18n import percent
from fruitclassifier.gui.base.tasks import Task, TaskManager
from fruitclassifier.gui.base.wording import user_text
from fruitclassifier.gui.train.arch_settings import ArchSettings, short_title
from fruitclassifier.gui.train.data_panel import DataPanel
from fruitclassifier.gui.train.jobs import resumable_runs, run_label, training_job
from fruitclassifier.gui.train.queue_item import QueueItem, queue_line
from fruitclassifier.gui.train.run_monitor import RunMonitor
from fruitclassifier.gui.train.weights_fallback import ask_weights_fallback
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.gui.widgets.setup_split import setup_split
from fruitclassifier.text import QT_TRANSLATE_NOOP

CLOSE_QUESTION = QT_TRANSLATE_NOOP("TrainPage", "Training is running. Stop it and quit?")


class TrainPage(QWidget):
    models_changed = Signal()  # a run saved a model: model lists should re-read the library
    model_saved = Signal(object)  # ModelInfo
    open_in_classify = Signal(object)  # ModelInfo
    compare_requested = Signal(list, str)  # [ModelInfo] of the last queue, test folder ("" if none)
    queue_finished = Signal()  # every run of the queue ended (saved, stopped, failed or cancelled)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.queue: list[QueueItem] = []
        self.task: Task | None = None
        self._current: QueueItem | None = None
        self.machines_dialog: Any = None  # the several-machines dialog, once opened
        self._chief_stopped = False  # its chief's run ended by Stop (the best epoch saved)
        question = (QCoreApplication.translate("TrainPage", CLOSE_QUESTION) + "\n\n"
                    + self.tr("The best epoch so far is saved to the library."))
        self._close_guard = CloseGuard(self, question, lambda: self.running, self.stop)
        self._build()
        self.refresh_runs()
        self._update_controls()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.data_panel = DataPanel(self.tasks)
        self.arch_settings = ArchSettings()
        self.data_panel.summary_changed.connect(self._update_controls)
        self.arch_settings.changed.connect(self._update_controls)
        setup_split(self, (self.data_panel, self.arch_settings), self._build_live_side(), 400)

    def _build_live_side(self) -> QWidget:
        self.start_button = QPushButton(self.tr("Start Training"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; the best completed epoch is saved"))
        self.stop_button.clicked.connect(self.stop)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.queue_list = QListWidget()
        self.queue_list.setMaximumHeight(72)
        self.queue_list.hide()
        self.monitor = RunMonitor()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(self._build_controls())
        layout.addWidget(self.reason)
        layout.addWidget(self.queue_list)
        layout.addWidget(self.monitor, 1)
        layout.addLayout(self._build_finish_row())
        return side

    def _build_controls(self) -> QVBoxLayout:
        """Start/Stop/Several Machines above the resume row: in one row they were cut at 1024 px
        ("tart Trainin", "Stopped rur")."""
        self.runs_combo = QComboBox()
        self.runs_combo.setMinimumContentsLength(12)
        self.runs_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.runs_combo.setToolTip(self.tr("Stopped runs that can continue from their last completed epoch"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.machines_button = QPushButton(self.tr("Several Machines…"))
        self.machines_button.setToolTip(self.tr("Train the first checked network with other machines: this one is the "
                                                "chief (docs/distributed.md)"))
        self.machines_button.clicked.connect(self.open_machines)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.machines_button)
        row.addStretch(1)
        resume_row = QHBoxLayout()
        resume_row.addWidget(QLabel(self.tr("Stopped run:")))
        resume_row.addWidget(self.runs_combo, 1)
        resume_row.addWidget(self.resume_button)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(resume_row)
        return rows

    def _build_finish_row(self) -> QHBoxLayout:
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.classify_button = QPushButton(self.tr("Open in Classify"))
        self.classify_button.clicked.connect(self._on_classify_clicked)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Compare the models this queue saved on a test folder"))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.classify_button)
        row.addWidget(self.compare_button)
        for widget in (self.saved_label, self.classify_button, self.compare_button):
            widget.hide()
        return row

    # --- state of the controls -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def chief_running(self) -> bool:
        """A several-machines run's chief is training in its child process (drawn by this page's monitor)."""
        return self.machines_dialog is not None and self.machines_dialog.process is not None

    def problems(self) -> list[str]:
        """Why Start is disabled: the data panel's problem, then every invalid setting."""
        data_problem = self.data_panel.problem()
        return ([data_problem] if data_problem else []) + self.arch_settings.problems()

    def _update_controls(self) -> None:
        problems = [] if self.running else self.problems()
        busy = self.running or self.chief_running  # one run at a time in the monitor
        self.start_button.setEnabled(not busy and not problems)
        self.machines_button.setEnabled((not busy and not problems) or self.chief_running)  # (to show it again)
        self.stop_button.setEnabled(self.running and not self.task.cancelled)
        self.resume_button.setEnabled(not busy and self.runs_combo.count() > 0)
        self.runs_combo.setEnabled(not busy and self.runs_combo.count() > 0)
        severe = bool(self.data_panel.error) or len(problems) > 1 or any(":" in p for p in problems)
        colour = error_color(self.palette()) if severe else muted(self.palette())
        self.reason.setStyleSheet(f"color: {colour.name()}")
        self.reason.setText("\n".join(problems[:4]) + ("\n…" if len(problems) > 4 else ""))
        self.reason.setVisible(bool(problems))

    def refresh_runs(self) -> None:
        self.runs_combo.clear()
        for run in resumable_runs():
            self.runs_combo.addItem(run_label(run), run)
        self.runs_combo.setPlaceholderText(self.tr("none"))
        self.runs_combo.setCurrentIndex(0 if self.runs_combo.count() else -1)  # a placeholder stops auto-select
        self._update_controls()

    # --- starting and stopping ----------------------------------------------------------------------

    def start(self) -> None:
        """Queue one run per checked network with the current settings, and start the first."""
        if self.running or self.chief_running or self.problems():
            return
        configs = self.arch_settings.configs(**self.data_panel.values())
        self.start_queue([QueueItem(f"{short_title(c.arch)}", c) for c in configs])

    def open_machines(self) -> None:
        """The several-machines dialog for the first checked network (its chief runs as a child process)."""
        from fruitclassifier.gui.train.cluster_dialog import ClusterDialog

        if self.chief_running:  # its window was closed while the chief trains: show it again
            self.machines_dialog.show()
            self.machines_dialog.raise_()
            return
        if self.running or self.problems():
            return
        config = self.arch_settings.configs(**self.data_panel.values())[0]
        self.machines_dialog = dialog = ClusterDialog(config, self)
        title = self.tr("{network} on several machines").format(network=short_title(config.arch))
        dialog.chief_started.connect(lambda: self._chief_started(title))
        dialog.event_received.connect(self._chief_event)
        dialog.finished_run.connect(self._chief_finished)
        dialog.show()

    def _chief_started(self, title: str) -> None:
        """The several-machines chief (a child process) is drawn here as a run of this page's own."""
        self.monitor.begin(title)
        self._chief_stopped = False
        self.monitor.log(self.tr("Waiting for the other machines to join; training starts when all have."))
        self._update_controls()

    def _chief_event(self, event: Event) -> None:
        if isinstance(event, RunFinished):
            self._chief_stopped = event.stopped
        self.monitor.handle(event)

    def _chief_finished(self, code: int, name: str) -> None:
        self.monitor.end(self.tr("Failed") if code or not name else
                         self.tr("Stopped") if self._chief_stopped else self.tr("Finished"))
        self.monitor.log(self.tr("Saved model {model} in the library.").format(model=name) if name else
                         self.tr("Several machines: {status}").format(status=self.machines_dialog.status.text()),
                         error=not name)
        if name:
            self.models_changed.emit()
        self._update_controls()

    def resume_selected(self) -> None:
        run = self.runs_combo.currentData()
        if run and not (self.running or self.chief_running):
            title = self.tr("Resuming {run}").format(run=run.get("model_name") or run["run_id"])
            self.start_queue([QueueItem(title, None,
                                        resume=run["run_id"], history=run.get("history") or {},
                                        batches=saved_batches(paths.runs_dir() / run["run_id"]))])

    def start_queue(self, items: list[QueueItem]) -> None:
        self.queue = list(items)
        for widget in (self.saved_label, self.classify_button, self.compare_button):
            widget.hide()
        self._close_guard.watch(True)
        self._run_next()

    def stop(self) -> None:
        """Stop the current run after its batch (its best epoch is saved) and drop the rest of the queue."""
        if self.task is None:
            return
        self.task.cancel()
        dropped = [item for item in self.queue if item.status == "waiting"]
        for item in dropped:
            item.status = "cancelled"
        count = len(dropped)  # a plain name for pyside6-lupdate
        self.monitor.log(TrainPage.tr("Stopping after the current batch… (%n queued run(s) "
                                                    "cancelled)", "", count) if dropped else
                         self.tr("Stopping after the current batch…"))
        self._show_queue()
        self._update_controls()

    def _run_next(self) -> None:
        item = next((i for i in self.queue if i.status == "waiting"), None)
        if item is None:
            self._on_queue_done()
            return
        number = self.queue.index(item) + 1
        item.status, self._current = "running", item
        title = (self.tr("{title} — run {number} of {count}").format(title=item.title, number=number,
                                                                       count=len(self.queue))
                 if len(self.queue) > 1 else item.title)
        self.monitor.begin(title, item.history, item.batches)
        if item.config is not None:
            self.monitor.log(self.tr("Command line: {command}").format(command=cli_command(item.config)))
        self.task = self.tasks.submit(f"Train {item.title}", training_job(item.config, item.resume))  # a log name
        self.task.partial.connect(self._on_task_events)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)
        self._show_queue()
        self._update_controls()

    # --- task events ---------------------------------------------------------------------------------

    def _on_task_events(self, events: list[Event]) -> None:
        for event in events:
            self.monitor.handle(event)
            if isinstance(event, RunStarted):
                state = paths.runs_dir() / event.run / "state.json"
                self.monitor.log(self.tr("Reproduce: {command}").format(
                    command=f"fruitclassifier train --config {shlex.quote(str(state))}"))
                self.monitor.log(self.tr("Continue after a stop: {command}").format(
                    command=f"fruitclassifier train --resume {event.run}"))

    def _on_task_finished(self, info: Any) -> None:
        item = self._current
        stopped = bool(info.metadata.get("stopped_early"))
        item.status, item.model = ("stopped" if stopped else "done"), info
        metrics = info.metadata.get("metrics", {})
        score = percent(info.accuracy, 1) if info.accuracy is not None else ""
        if info.accuracy is None:
            item.message = self.tr("“{name}”").format(name=info.name)
        elif "test_accuracy" in metrics:
            item.message = self.tr("“{name}”, test accuracy {accuracy}").format(name=info.name, accuracy=score)
        else:
            item.message = self.tr("“{name}”, validation accuracy {accuracy}").format(name=info.name, accuracy=score)
        self.monitor.end(self.tr("Stopped") if stopped else self.tr("Finished"), title=info.name)  # not "Resuming …"
        self.monitor.log(self.tr("Saved model {model} in the library.").format(model=item.message))
        saved = self.tr("Saved {model} (stopped early; best epoch kept)") if stopped else self.tr("Saved {model}")
        self.saved_label.setText(saved.format(model=item.message))
        for widget in (self.saved_label, self.classify_button, self.compare_button):
            widget.show()
        self.model_saved.emit(info)
        self.models_changed.emit()
        self._task_done()

    def _on_task_failed(self, exc: BaseException) -> None:
        item, cancelled = self._current, self.task is not None and self.task.cancelled
        message = user_text(exc)
        if cancelled:
            item.status, item.message = "cancelled", self.tr("stopped before an epoch completed; nothing saved")
            self.monitor.log(message if isinstance(exc, StoppedBeforeFirstEpoch) else
                             self.tr("Stopped before training began; nothing was saved."))
        elif (isinstance(exc, WeightsUnavailableError) and item.config is not None
              and self._retry_without_imagenet(item, message)):
            item.status = "waiting"
        else:
            item.status, item.message = "failed", message
            self.monitor.log(self.tr("Training failed: {reason}").format(reason=message), error=True)
        ended = {"cancelled": self.tr("Cancelled"), "waiting": self.tr("Retrying")}
        self.monitor.end(ended.get(item.status, self.tr("Failed")))
        self._task_done()

    def _task_done(self) -> None:
        self.task = None
        self._show_queue()
        self._run_next()

    def _on_queue_done(self) -> None:
        self._current = None
        self._close_guard.watch(False)
        self.refresh_runs()
        self._show_queue()
        self._update_controls()
        self.queue_finished.emit()

    def _show_queue(self) -> None:
        self.queue_list.clear()
        for number, item in enumerate(self.queue, start=1):
            self.queue_list.addItem(queue_line(number, item))
        self.queue_list.setVisible(len(self.queue) > 1)

    # --- ImageNet weights could not be downloaded ----------------------------------------------------

    def _retry_without_imagenet(self, item: QueueItem, message: str) -> bool:
        """Offer training from scratch or a weights file; True when the run should be tried again."""
        choice = self.ask_weights_fallback(item.config.arch, message)
        if not choice:
            return False
        self.arch_settings.set_weights(item.config.arch, choice)  # the form adjusts lr and freezing
        form = self.arch_settings.form(item.config.arch)
        keys = ("weights", "freeze_backbone", "fine_tune_layers", "learning_rate")
        item.config = item.config.replace(**{k: form.value(k) for k in keys})
        self.monitor.log(self.tr("{reason} Trying again with weights: {weights}.").format(reason=message,
                                                                                       weights=choice))
        return True

    def ask_weights_fallback(self, arch: str, message: str) -> str | None:
        """Ask what to do without ImageNet weights: 'none', a weights file's path, or None to give up."""
        return ask_weights_fallback(self, arch, message)

    # --- finished models -----------------------------------------------------------------------------

    def saved_models(self) -> list[Any]:
        return [item.model for item in self.queue if item.model is not None]

    def _on_classify_clicked(self) -> None:
        if self.saved_models():
            self.open_in_classify.emit(self.saved_models()[-1])

    def _on_compare_clicked(self) -> None:
        """Hand this queue's models (and the test folder, if any) to the Compare page and show it."""
        self.compare_requested.emit(self.saved_models(), self.test_folder() or "")

    def test_folder(self) -> str:
        """The test folder of the last queue: the one chosen, else the Test/ found beside the data."""
        configs = [item.config for item in self.queue if item.config is not None]
        if configs and configs[-1].test_dir:
            return configs[-1].test_dir
        summary = self.data_panel.summary
        return str(summary.test_dir) if summary is not None and summary.test_dir else ""
