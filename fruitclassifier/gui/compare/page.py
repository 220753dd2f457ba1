"""Compare: evaluate two or more saved models on one test folder and show them side by side.

The verdict line and the metrics table answer "which is better, and does either
overfit?" at a glance; the tabs below show why (curves, confusion matrices, per-class
F1, the images they disagree on, and one photo through every model). Evaluation runs
in a Task and is cached per model file and folder contents (core/evaluation/compare_cache.py),
so reopening a comparison is instant and needs no TensorFlow.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core import store
from fruitclassifier.core.evaluation.verdict import verdict
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.classifier_cache import ClassifierCache
from fruitclassifier.gui.base.i18n import number
from fruitclassifier.gui.base.tasks import Task, TaskManager
from fruitclassifier.gui.base.wording import deep_translated, user_text
from fruitclassifier.gui.compare.confusion_view import ConfusionView
from fruitclassifier.gui.compare.curves_overlay import CurvesOverlay, model_colour
from fruitclassifier.gui.compare.disagreement_gallery import DisagreementGallery, Gallery, cell_items
from fruitclassifier.gui.compare.f1_bars import F1Bars
from fruitclassifier.gui.compare.jobs import (
    Comparison,
    answers_job,
    evaluate_job,
    export_job,
    recorded_answers,
    thumbnails_job,
)
from fruitclassifier.gui.compare.metrics_table import MetricsTable
from fruitclassifier.gui.compare.model_answers import ModelAnswers
from fruitclassifier.gui.compare.setup import CompareSetup
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.gui.widgets.drop_zone import paths_from_mime
from fruitclassifier.gui.widgets.placeholder import PlaceholderPage
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.gui.widgets.progress_row import ProgressRow
from fruitclassifier.gui.widgets.scrolled import scrolled
from fruitclassifier.text import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ComparePage", "Tick two or more models on the left, choose a test folder they were not trained on, and press "
    "Compare. You will see which model is more accurate, faster and smaller, whether either overfits, where each goes "
    "wrong, and where each one looks in a photo. Results are remembered, so the same comparison opens instantly next "
    "time.")
PRESS_COMPARE = QT_TRANSLATE_NOOP("ComparePage", "Press Compare to evaluate the ticked models on this folder.")
CLICK_A_CELL = QT_TRANSLATE_NOOP("ComparePage", "Click a cell to see its images.")


class ComparePage(QWidget):
    comparison_shown = Signal(object)  # Comparison
    report_written = Signal(str)  # the report folder
    answers_finished = Signal(object)  # list: one dict per model (index, name, top, overlay, note)

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.classifiers = ClassifierCache(keep=4)
        self.comparison: Comparison | None = None
        self._eval_task: Task | None = None
        self._side_tasks: dict[str, Task] = {}  # at most one per job kind: a new one cancels the old
        self._shown_once = False
        self._build()
        self.setAcceptDrops(True)
        self.refresh_models()

    # --- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self._build_setup())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_progress_row())

    def _build_setup(self) -> QWidget:
        self.setup = CompareSetup()
        self.setup.changed.connect(self._update_state)
        self.setup.compare_button.clicked.connect(lambda: self.compare())
        self.setup.export_button.clicked.connect(self.export_dialog)
        return self.setup

    def _build_results(self) -> QWidget:
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = QFont(self.verdict_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setOpenExternalLinks(False)
        self.notice.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # long tab titles (German, Russian) scroll, not widen the window
        self.tabs.addTab(scrolled(self._build_summary_tab()), self.tr("Summary"))  # Chinese lines are taller
        self.tabs.addTab(self._build_confusion_tab(), self.tr("Matrices"))  # short titles: all five fit at 1024 px
        self.f1_bars = F1Bars()  # 18 px a class: the default model's 48 need a scroll area, not a 997 px window
        self.tabs.addTab(scrolled(self.f1_bars), self.tr("Per-Class F1"))
        self.gallery = DisagreementGallery()
        self._connect_gallery(self.gallery.gallery, "gallery")
        self.tabs.addTab(self.gallery, self.tr("Disagreements"))
        self.answers = ModelAnswers()
        self.answers.image_chosen.connect(self.try_image)
        self.tabs.addTab(self.answers, self.tr("Try a Photo"))
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(PlaceholderPage(self.tr("Compare models side by side"),
                                                     QCoreApplication.translate("ComparePage", EMPTY_TEXT)))
        self.results_stack.addWidget(self.tabs)
        self.verdict_label.hide()
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.results_stack, 1)
        return panel

    def _build_summary_tab(self) -> QWidget:
        self.table = MetricsTable()
        self.curves = CurvesOverlay()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table)
        layout.addWidget(self.curves, 1)
        return tab

    def _build_confusion_tab(self) -> QWidget:
        self.confusion = ConfusionView()
        self.confusion.cell_clicked.connect(self._on_confusion_cell_clicked)
        self.cell_label = QLabel(QCoreApplication.translate("ComparePage", CLICK_A_CELL))
        self.cell_label.setForegroundRole(QPalette.PlaceholderText)
        self.cell_gallery = Gallery()
        self._connect_gallery(self.cell_gallery, "cell")
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.cell_label)
        column.addWidget(self.cell_gallery, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.confusion)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 200])  # the matrices first; the images appear under them on a click
        return splitter

    def _connect_gallery(self, gallery: Gallery, kind: str) -> None:
        gallery.thumbnails_needed.connect(lambda paths: self._load_thumbnails(kind, gallery, paths))
        gallery.image_activated.connect(self._on_gallery_image_activated)

    def _build_progress_row(self) -> ProgressRow:
        self.progress_row = ProgressRow()
        self.progress_row.cancel_requested.connect(self.cancel)
        return self.progress_row

    # --- models and folder -----------------------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the store (metadata only, no TensorFlow); keeps the ticks."""
        self.setup.set_models(store.list_models())

    def checked_infos(self) -> list[store.ModelInfo]:
        return self.setup.checked_infos()

    def set_checked(self, names: list[str]) -> None:
        self.setup.set_checked(names)

    def set_test_folder(self, folder: str) -> None:
        self.setup.set_folder(folder)

    def _update_state(self) -> None:
        busy = self._eval_task is not None
        count = len(self.checked_infos())
        self.setup.compare_button.setEnabled(count >= 2 and bool(self.setup.folder()) and not busy)
        self.setup.compare_button.setToolTip("" if count >= 2 else self.tr("Tick at least two models to compare"))
        self.setup.export_button.setEnabled(self.comparison is not None and not busy)

    # --- evaluating ------------------------------------------------------------------------------------

    def compare(self, cache_only: bool = False) -> Task | None:
        """Evaluate the ticked models on the folder in a Task (instant for cached ones)."""
        infos, folder = self.checked_infos(), self.setup.folder()
        if len(infos) < 2 or not folder or self._eval_task is not None:
            return None
        task = self.tasks.submit("Compare models", lambda r: evaluate_job(r, self.classifiers, infos, folder,
                                                                          cache_only))
        task.progress.connect(self._on_eval_progress)
        task.finished.connect(lambda comparison: self._on_eval_finished(comparison, cache_only))
        task.failed.connect(lambda exc: self._on_eval_failed(user_text(exc), cache_only))
        task.ended.connect(self._on_eval_ended)
        self._eval_task = task
        if not cache_only:
            self._show_progress(True)
            self._tell("")
        self._update_state()
        return task

    def cancel(self) -> None:
        if self._eval_task is not None:
            self._eval_task.cancel()
            self.progress_row.set_message(self.tr("Stopping after the current batch…"))

    def _on_eval_progress(self, done: int, total: int, message: str) -> None:
        self.progress_row.set_progress(done, total, message)

    def _on_eval_finished(self, comparison: Comparison | None, cache_only: bool = False) -> None:
        if comparison is None and cache_only:
            self._tell(QCoreApplication.translate("ComparePage", PRESS_COMPARE))
            return
        if comparison is None:
            self._tell(self.tr("Comparison cancelled; models evaluated before the stop are cached for next time."))
            return
        self.show_comparison(comparison)

    def _on_eval_failed(self, message: str, cache_only: bool) -> None:
        if cache_only:  # e.g. the default folder is gone: the user has not asked for anything yet
            self._tell(QCoreApplication.translate("ComparePage", PRESS_COMPARE))
            return
        self._tell(self.tr("Could not compare: {reason}").format(reason=message), error=True)

    def _on_eval_ended(self) -> None:
        self._eval_task = None
        self._show_progress(False)
        self._update_state()

    def show_comparison(self, comparison: Comparison) -> None:
        """Fill every view from one Comparison (also usable with fake data in the preview)."""
        self.comparison = comparison
        names, results = comparison.names, comparison.results
        colours = [model_colour(i) for i in range(len(names))]
        rows = comparison.rows()
        self.verdict_label.setText(deep_translated(verdict(rows)))
        self.verdict_label.show()
        self.results_stack.setCurrentWidget(self.tabs)
        self.table.set_rows(rows, colours)
        self.curves.set_histories(names, [info.history for info in comparison.infos])
        self.confusion.set_results(names, results, colours)
        self.f1_bars.set_results(names, results, colours)
        self.gallery.set_results(names, results, colours)
        self.cell_gallery.set_colours(dict(zip(names, colours)))
        self.cell_gallery.set_items([])
        self.cell_label.setText(QCoreApplication.translate("ComparePage", CLICK_A_CELL))
        self._tell(_provenance(comparison))
        self._update_state()
        self.comparison_shown.emit(comparison)

    # --- galleries, answers, export --------------------------------------------------------------------

    def _on_confusion_cell_clicked(self, index: int, true_label: str, pred_label: str) -> None:
        if self.comparison is None:
            return
        name, result = self.comparison.names[index], self.comparison.results[index]
        items = cell_items(name, result, true_label, pred_label)
        true, pred = pretty_label(true_label), pretty_label(pred_label)
        count = len(items)  # a plain name for pyside6-lupdate
        line = (ComparePage.tr("{model}: %n image(s) of {true} recognised correctly", "", count)
                if true_label == pred_label else
                ComparePage.tr("{model}: %n image(s) of {true} taken for {predicted}", "", count))
        self.cell_label.setText(line.format(model=name, true=true, predicted=pred))
        self.cell_gallery.set_items(items)

    def _run_side_task(self, kind: str, name: str, fn) -> Task:
        old = self._side_tasks.get(kind)
        if old is not None and not old.done:
            old.cancel()
        task = self.tasks.submit(name, fn)
        self._side_tasks[kind] = task
        task.ended.connect(lambda k=kind, t=task: self._side_tasks.get(k) is t and self._side_tasks.pop(k))
        return task

    def _load_thumbnails(self, kind: str, gallery: Gallery, paths: list[str]) -> None:
        task = self._run_side_task(f"thumbs-{kind}", "Load thumbnails", lambda r: thumbnails_job(r, paths))
        task.partial.connect(self._on_thumbnails_partial)

    def _on_thumbnails_partial(self, pairs: list) -> None:
        for gallery in (self.gallery.gallery, self.cell_gallery):  # both views share what was decoded
            gallery.set_thumbnails(pairs)

    def _on_gallery_image_activated(self, path: str) -> None:
        self.tabs.setCurrentWidget(self.answers)
        self.try_image(path)

    def try_image(self, path: str) -> Task | None:
        """Every ticked model's top-3 and Grad-CAM for one photo (computed in a Task)."""
        infos = self.comparison.infos if self.comparison else self.checked_infos()
        if not infos:
            self._tell(self.tr("Tick at least one model first."), error=True)
            return None
        self.results_stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.answers)
        self.answers.start(path, [i.name for i in infos], [model_colour(i) for i in range(len(infos))])
        recorded = recorded_answers(self.comparison.results, path) if self.comparison else []
        task = self._run_side_task("answers", "Compare answers",
                                   lambda r: answers_job(r, self.classifiers, infos, path, recorded))
        task.partial.connect(lambda a: self.answers.set_answer(a["index"], a["top"], a["overlay"], a["note"],
                                                               a["answer"]))
        task.failed.connect(lambda exc: self.answers.set_error(user_text(exc)))
        task.finished.connect(self.answers_finished)
        return task

    def export_dialog(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Save the Report in…"), settings.last_folder("reports"))
        if parent:
            settings.remember_folder("reports", parent)
            self.export_report(str(Path(parent) / f"comparison {datetime.now():%Y-%m-%d %H-%M}"))

    def export_report(self, out_dir: str) -> Task | None:
        """Write the report folder (the same files as `fruitclassifier compare --report DIR`)."""
        if self.comparison is None:
            return None
        comparison = self.comparison
        task = self._run_side_task("export", "Export comparison", lambda r: export_job(r, out_dir, comparison))
        task.finished.connect(self._on_export_finished)
        task.failed.connect(self._on_export_failed)
        self._tell(self.tr("Writing the report…"))
        return task

    def _on_export_finished(self, folder: str) -> None:
        url = QUrl.fromLocalFile(folder).toString()
        self._tell(self.tr("Report written to {folder} — <a href='{url}'>open the folder</a>").format(folder=folder,
                                                                                                    url=url))
        self.report_written.emit(folder)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._tell(self.tr("Could not write the report: {reason}").format(reason=user_text(exc)), error=True)

    # --- small helpers ---------------------------------------------------------------------------------

    def _show_progress(self, visible: bool) -> None:
        if visible:
            self.progress_row.start(self.tr("Starting…"))
        else:
            self.progress_row.hide()

    def _tell(self, text: str, error: bool = False) -> None:
        """A line under the verdict: muted for information, the error colour for failures."""
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {error_color(self.palette()).name()}" if error else "")
        self.notice.setForegroundRole(QPalette.WindowText if error else QPalette.PlaceholderText)
        self.notice.setVisible(bool(text))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A photo dropped anywhere on the page goes through every model (Try a Photo)."""
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.try_image(paths[0])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """First time shown: re-read the models and show a cached comparison at once, if there is one."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh_models()
            if self.comparison is None:
                self.compare(cache_only=True)


def _provenance(comparison: Comparison) -> str:
    """Where the numbers came from: the folder, its size, and which results were cached."""
    n = comparison.results[0].n if comparison.results else 0
    cached = [name for name, hit in zip(comparison.names, comparison.from_cache) if hit]
    where = QCoreApplication.translate("ComparePage", "{count} test images in {folder}.").format(
        count=number(n), folder=comparison.folder)
    if cached and len(cached) == len(comparison.names):
        return where + " " + QCoreApplication.translate("ComparePage", "All results from the cache (same model files, "
                                                                       "same images).")
    cached_line = QCoreApplication.translate("ComparePage", "Cached: {models}.").format(models=", ".join(cached))
    return f"{where} {cached_line}" if cached else where
