"""Tune: search learning rate, dropout, L2 and augmentation for the best validation accuracy (Optuna).

The study runs as one Task (gui/base/tasks.py) around ``core.tuning.tune``; every trial is a normal training
run. The trials table, the score plot and the importances are read from the study's storage on a
worker every POLL_S seconds, so trials of other processes and machines sharing the study show exactly
like this window's own, and a study someone else runs can be watched without training here. Stop is
study-wide (a user attribute every worker polls, core/tuning/storage.py), so it ends every worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fruitclassifier.architectures import NAMES as ARCHITECTURE_NAMES
from fruitclassifier.config import TuneConfig
from fruitclassifier.core.tuning.events import StudyOpened, TrialFinished, TrialStarted
from fruitclassifier.core.tuning.space import default_study
from fruitclassifier.core.tuning.storage import default_storage as _default_storage
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.close_guard import CloseGuard
from fruitclassifier.gui.base.tasks import Task, TaskManager
from fruitclassifier.gui.base.wording import user_text
from fruitclassifier.gui.train.arch_settings import ADVANCED, BACKBONE_FIELDS, PAGE_FIELDS, short_title
from fruitclassifier.gui.train.data_panel import DataPanel
from fruitclassifier.gui.tune.best_model_row import BestModelRow
from fruitclassifier.gui.tune.jobs import (
    POLL_S,
    StudyReader,
    StudySnapshot,
    read_job,
    resume_config,
    stop_job,
    studies_job,
    tuning_job,
)
from fruitclassifier.gui.tune.space_form import SpaceForm
from fruitclassifier.gui.tune.study_view import StudyView, selectable_label
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.gui.widgets.config_form import ConfigForm
from fruitclassifier.gui.widgets.setup_split import setup_split
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: TrainConfig fields the study sets itself (searched, or fixed per trial), so the network form hides them.
STUDY_FIELDS = ("epochs", "learning_rate", "dropout", "l2", "early_stopping_patience", "name", "augment",
                "freeze_backbone", "fine_tune_layers")
ARCH_KEY = "tune/arch"
CLOSE_QUESTION = QT_TRANSLATE_NOOP(
    "TunePage", "A study is training trials in this window. Stop the study here and quit?\n\nThis window's trial "
    "stops; the study keeps its finished trials and best model (Resume continues it). Workers in other processes or "
    "on other machines keep going.")


class TunePage(QWidget):
    models_changed = Signal()  # a trial's model was saved (or a worse one deleted): model lists re-read
    open_in_classify = Signal(object)  # ModelInfo of the study's best model
    compare_requested = Signal(list, str)  # [ModelInfo of the best model], the study's test folder ("" if none)
    snapshot_shown = Signal(object)  # StudySnapshot: the table and plots now show it (tests wait for this)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None, poll_s: float = POLL_S) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task | None = None  # this window's worker of the study
        self.snapshot: StudySnapshot | None = None
        self._reader: StudyReader | None = None
        self._reading: Task | None = None
        self._load_when_read = False
        self._poll = QTimer(self)
        self._poll.setInterval(int(max(poll_s, 1.0) * 1000))  # throttled: at most one read a second
        self._poll.timeout.connect(self.read_study)
        self._close_guard = CloseGuard(self, QCoreApplication.translate("TunePage", CLOSE_QUESTION),
                                       lambda: self.running, lambda: self.task is not None and self.task.cancel())
        self._build()
        self.set_arch(str(settings.settings().value(ARCH_KEY, "compact_cnn")))
        self._update_controls()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.data_panel = DataPanel(self.tasks)
        self.data_panel.summary_changed.connect(self._update_controls)
        self.space = SpaceForm()
        self.space.changed.connect(self._update_controls)
        self.space.editors["storage"].widget.editingFinished.connect(self.refresh_studies)  # list what is there
        setup_split(self, (self.data_panel, self._build_network(), self.space), self._build_live_side(), 400)

    def _build_network(self) -> QGroupBox:
        self.arch_combo = QComboBox()
        for arch in ARCHITECTURE_NAMES:
            self.arch_combo.addItem(short_title(arch), arch)
        self.arch_combo.currentIndexChanged.connect(lambda: self.set_arch(self.arch_combo.currentData()))
        self.form_holder = QVBoxLayout()
        self.form_holder.setContentsMargins(0, 0, 0, 0)
        self.base_form: ConfigForm | None = None
        box = QGroupBox(self.tr("Network (settings every trial starts from)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.arch_combo)
        layout.addLayout(self.form_holder)
        return box

    def _build_live_side(self) -> QWidget:
        self.start_button = QPushButton(self.tr("Start Study"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Run trials here until the study has its number of trials (workers "
                                             "elsewhere with the same storage and study name share them)"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop every worker of the study, here and on other machines, after its "
                                            "batch"))
        self.stop_button.clicked.connect(self.stop)
        self.studies_combo = QComboBox()
        self.studies_combo.setMinimumContentsLength(14)
        self.studies_combo.setPlaceholderText(self.tr("none"))
        self.studies_combo.setToolTip(self.tr("Studies in the storage: choose one to watch it and load its settings"))
        self.studies_combo.activated.connect(lambda: self.watch_study(self.studies_combo.currentText(), load=True))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Continue the study shown with its own settings, up to the Trials asked "
                                              "for"))
        self.resume_button.clicked.connect(self.resume)
        controls = QHBoxLayout()  # two rows: one row of longer words (German, Russian) widened the window past 1024 px
        for widget in (self.start_button, self.stop_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        study_row = QHBoxLayout()
        study_row.addWidget(QLabel(self.tr("Study:")))
        study_row.addWidget(self.studies_combo, 1)
        study_row.addWidget(self.resume_button)
        self.message = selectable_label()
        self.view = StudyView()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(study_row)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.best_row = BestModelRow()
        self.best_row.open_in_classify.connect(self.open_in_classify)
        self.best_row.compare_requested.connect(self.compare_requested)
        self.best_row.failed.connect(lambda text: self._say(text, error=True, sticky=True))
        self.classify_button, self.compare_button = self.best_row.classify_button, self.best_row.compare_button
        layout.addWidget(self.best_row)
        return side

    # --- settings ----------------------------------------------------------------------------------

    def set_arch(self, arch: str) -> None:
        """Show ``arch``'s usual training settings and a learning-rate range around its own rate."""
        arch = arch if arch in ARCHITECTURE_NAMES else "compact_cnn"
        settings.settings().setValue(ARCH_KEY, arch)
        self.arch_combo.blockSignals(True)
        self.arch_combo.setCurrentIndex(list(ARCHITECTURE_NAMES).index(arch))
        self.arch_combo.blockSignals(False)
        study = default_study(arch)
        self._set_base_form(study.base)
        self.space.set_base(study.base)
        self.space.set_value("learning_rate", study.learning_rate)
        self.space.set_value("fine_tune_layers", study.fine_tune_layers)
        self._update_controls()

    def _set_base_form(self, base: Any) -> None:
        from fruitclassifier.architectures import BY_NAME

        if self.base_form is not None:
            self.base_form.deleteLater()
        pretrained = BY_NAME[base.arch].pretrained
        exclude = PAGE_FIELDS + STUDY_FIELDS + (() if pretrained else BACKBONE_FIELDS)
        self.base_form = ConfigForm(base, exclude=exclude, advanced=ADVANCED)
        self.base_form.changed.connect(self._on_base_changed)
        self.form_holder.addWidget(self.base_form)

    def _on_base_changed(self) -> None:
        """Weights chosen or cleared: the backbone-layer range is offered only from pretrained weights."""
        self.space.set_base(self.base_form.config().replace(arch=self.arch_combo.currentData()))
        self._update_controls()

    def study_config(self) -> TuneConfig:
        """The study the forms describe: data panel + network form as the base, the search fields around it."""
        arch = self.arch_combo.currentData()
        base = self.base_form.config().replace(arch=arch, **self.data_panel.values())
        config = self.space.config(base)
        return config.replace(storage=config.storage or _default_storage())

    def load_settings(self, config: TuneConfig) -> None:
        """Show a study's own settings (choosing a study to resume)."""
        self.set_arch(config.base.arch)
        self.base_form.set_config(config.base)
        if config.base.data_dir and config.base.data_dir != self.data_panel.values()["data_dir"]:
            self.data_panel.set_folder(config.base.data_dir)
        self.space.set_config(config)

    # --- state of the controls -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def problems(self) -> list[str]:
        data = self.data_panel.problem()
        base = self.base_form.show_problems() if self.base_form is not None else []
        return ([data] if data else []) + base + self.space.show_problems()

    def _update_controls(self) -> None:
        problems = [] if self.running else self.problems()
        self.start_button.setEnabled(not self.running and not problems)
        watching = self.snapshot is not None and self.snapshot.summary is not None
        self.stop_button.setEnabled((self.running and not self.task.cancelled) or
                                    (watching and self.snapshot.summary.count("running") > 0))
        self.resume_button.setEnabled(not self.running and watching and self.snapshot.config is not None)
        self.studies_combo.setEnabled(not self.running)
        self.best_row.set_best(self.snapshot.summary.best_model if watching else "", self._test_folder())
        if not self.running and problems and not self.message.property("sticky"):
            self._say("\n".join(problems[:4]), error=len(problems) > 1 or any(":" in p for p in problems))
        elif not self.running and not problems and not self.message.property("sticky"):
            self._say("")

    def _say(self, text: str, error: bool = False, sticky: bool = False) -> None:
        """One status line: what happened and what to do next (errors in red, kept until the next action)."""
        colour = error_color(self.palette()) if error else muted(self.palette())
        self.message.setStyleSheet(f"color: {colour.name()}")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("sticky", sticky and bool(text))

    # --- starting, resuming, stopping ------------------------------------------------------------------

    def start(self) -> None:
        if self.running or self.problems():
            return
        self._run(self.study_config())

    def resume(self) -> None:
        """Continue the study shown with the settings it was created with (trial numbers continue)."""
        if self.running or self.snapshot is None or self.snapshot.config is None:
            return
        self._run(resume_config(self.snapshot.config, self.snapshot.storage, int(self.space.value("trials"))))

    def _run(self, config: TuneConfig) -> None:
        self._say("", sticky=False)
        self.watch_study(config.study, storage=config.storage)
        self.task = self.tasks.submit(f"Train trials of study {config.study}", tuning_job(config))  # a log name
        self.task.partial.connect(self._on_task_events)
        self.task.finished.connect(self._on_task_finished)
        self.task.failed.connect(self._on_task_failed)
        self._close_guard.watch(True)
        each, trials = config.epochs_per_trial, config.trials  # plain names for pyside6-lupdate
        epochs = TunePage.tr("%n epoch(s) each", "", each)
        self._say(TunePage.tr("Starting study “{study}”: %n trials of {epochs}…", "", trials)
                  .format(study=config.study, epochs=epochs))
        self._update_controls()

    def stop(self) -> None:
        """Ask every worker of the study to stop (study-wide, through its storage) and stop this one now."""
        if self._reader is None:
            return
        stopping = self.tasks.submit("Stop study", stop_job(self._reader.storage, self._reader.study))
        stopping.failed.connect(self._on_stop_failed)
        if self.task is not None:
            self.task.cancel()
        self._say(self.tr("Stopping every worker of study “{study}” after its current batch…").format(
            study=self._reader.study), sticky=True)
        self._update_controls()

    def _on_stop_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not ask the other workers to stop: {reason}").format(reason=user_text(exc)),
                  error=True, sticky=True)

    # --- this window's worker ------------------------------------------------------------------------

    def _on_task_events(self, events: list) -> None:
        for event in events:
            if isinstance(event, TrialStarted):
                self.view.begin_trial(event)
                self.read_study()
            elif isinstance(event, TrialFinished):
                self.view.end_trial()
                self.models_changed.emit()  # a better model was kept, a worse one deleted
                self.read_study()
            elif isinstance(event, StudyOpened):
                self._say(self.tr("Training trials of “{study}” here (it had {before} of {wanted} when this worker "
                                  "joined). Stop ends every worker of the study.").format(
                    study=event.study, before=event.trials_before, wanted=event.trials_wanted))
                self.refresh_studies()
            else:
                self.view.handle(event)

    def _on_task_finished(self, summary: Any) -> None:
        self.task = None
        done = summary.count("complete")
        trials = len(summary.trials)  # a plain name for pyside6-lupdate
        held = TunePage.tr("Study “{study}” holds %n trials ({done} complete).", "", trials).format(
            study=summary.study, done=done)
        if not summary.best_model:
            held += " " + self.tr("No trial completed: try a wider learning-rate range or more epochs per trial.")
        self._say(held, sticky=True)
        self._after_run()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.task = None
        self._say(self.tr("The study stopped: {reason}").format(reason=user_text(exc)), error=True, sticky=True)
        self._after_run()

    def _after_run(self) -> None:
        self._close_guard.watch(False)
        self.view.end_trial()
        self.models_changed.emit()
        self.read_study()
        self.refresh_studies()
        self._update_controls()

    # --- reading the study from its storage --------------------------------------------------------

    def watch_study(self, study: str, storage: str | None = None, load: bool = False) -> None:
        """Show ``study`` (in ``storage``, else the one in the form) and keep reading it every POLL_S."""
        storage = storage or self.space.value("storage").strip() or _default_storage()
        if not study:
            return
        if self._reader is None or (self._reader.storage, self._reader.study) != (storage, study):
            self._reader, self.snapshot = StudyReader(storage, study), None
        self._load_when_read = self._load_when_read or load
        self.space.set_value("study", study)
        self._poll.start()
        self.read_study()

    def read_study(self) -> None:
        """Read the watched study on a worker, unless a read is already in flight (then the next tick will)."""
        if self._reader is None or (self._reading is not None and not self._reading.done):
            return
        self._reading = self.tasks.submit("Read study", read_job(self._reader))
        self._reading.finished.connect(self._on_read_finished)
        self._reading.failed.connect(self._on_read_failed)

    def _on_read_finished(self, snapshot: StudySnapshot) -> None:
        if self._reader is None or (snapshot.storage, snapshot.study) != (self._reader.storage, self._reader.study):
            return  # an answer about a study no longer shown
        self.snapshot = snapshot
        if snapshot.config is not None and self._load_when_read:
            self._load_when_read = False
            self.load_settings(snapshot.config.replace(storage=snapshot.storage))
        self.view.show_snapshot(snapshot)
        self._update_controls()
        self.snapshot_shown.emit(snapshot)

    def _on_read_failed(self, exc: BaseException) -> None:
        self._poll.stop()  # a storage that cannot be read will not heal by asking every second
        self._say(self.tr("Cannot read the study: {reason} Check the storage path or URL, then choose the study "
                          "again.").format(reason=user_text(exc)), error=True, sticky=True)

    def refresh_studies(self) -> None:
        """Re-list the studies of the storage in the form (for Resume and watching)."""
        storage = self.space.value("storage").strip() or _default_storage()
        listing = self.tasks.submit("List studies", studies_job(storage))
        listing.finished.connect(self._on_studies_listed)
        listing.failed.connect(self._on_listing_failed)

    def _on_listing_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Cannot list the studies: {reason}").format(reason=user_text(exc)), error=True)

    def _on_studies_listed(self, names: list[str]) -> None:
        current = self._reader.study if self._reader is not None else ""
        self.studies_combo.clear()
        self.studies_combo.addItems(names)
        self.studies_combo.setCurrentIndex(names.index(current) if current in names else -1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_studies()
        if self._reader is not None:
            self._poll.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A hidden page reads nothing; its own worker keeps training, and showing it catches up."""
        super().hideEvent(event)
        self._poll.stop()

    def _test_folder(self) -> str:
        """The study's test folder, for Compare: its own, else the Test/ the data panel found beside its data."""
        config = self.snapshot.config if self.snapshot is not None else None
        if config is not None and config.base.test_dir:
            return config.base.test_dir
        summary = self.data_panel.summary
        same_data = config is None or config.base.data_dir == self.data_panel.values()["data_dir"]
        return str(summary.test_dir) if same_data and summary is not None and summary.test_dir else ""
