"""Classify: drop photos (or folders, or paste), see answers stream in, look closer at one.

All classification runs in Tasks through ``classify_jobs.classify_job``; the page only
queues work, shows partial results and keeps the window responsive.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core import store
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.classifier_cache import ClassifierCache
from fruitclassifier.gui.base.tasks import Task, TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.base.wording import user_text
from fruitclassifier.gui.classify.detail import DetailController
from fruitclassifier.gui.classify.jobs import Pasted, classify_job, results_text, write_results_csv
from fruitclassifier.gui.classify.refusal_picker import RefusalPicker
from fruitclassifier.gui.classify.result_detail import ResultDetail
from fruitclassifier.gui.teach.controller import TeachController
from fruitclassifier.gui.widgets.drop_zone import DropZone, image_file_filter, image_from_mime, paths_from_mime
from fruitclassifier.gui.widgets.model_picker import ModelPicker
from fruitclassifier.gui.widgets.progress_row import ProgressRow
from fruitclassifier.gui.widgets.qt_images import qimage_to_png_bytes
from fruitclassifier.gui.widgets.result_list import ITEM_ROLE, ResultDelegate, ResultItem, ResultListModel
from fruitclassifier.text import QT_TRANSLATE_NOOP

FLUSH_MS = 100  # results and progress reach the widgets at most ten times a second
NO_MODEL = QT_TRANSLATE_NOOP("ClassifyPage", "There is no model to classify with yet: train one on the Train page, "
                             "or import a .keras file on the Models page.")


class ClassifyPage(QWidget):
    results_arrived = Signal(object)  # ResultItem, as each one is computed
    classification_finished = Signal(dict)  # {"classified", "errors", "total", "stopped"}
    classification_failed = Signal(str)

    def __init__(self, tasks: TaskManager, tf: TfLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.tf = tasks, tf
        self.cache = ClassifierCache()
        self._queue: list[tuple[list[str], list[Pasted]]] = []
        self._running: Task | None = None
        self._running_inputs: tuple[list[str], list[Pasted]] = ([], [])
        self._generation = 0  # bumped by Clear and by a model change: older answers are then ignored
        self._scroll_to_new = False  # set when photos are opened: their first row is scrolled into view
        self._paste_numbers = itertools.count(1)
        self._pending: list[tuple[int, ResultItem]] = []  # (generation, item) waiting for the next flush
        self._pending_progress: tuple[int, int, str] | None = None
        self._flush_timer = QTimer(self, singleShot=True, interval=FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._build()
        self.refresh_models()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = ModelPicker()
        self.picker.model_changed.connect(self._on_picker_model_changed)
        self.open_button = QPushButton(self.tr("Open Images…"))
        self.open_button.clicked.connect(self.open_images_dialog)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every result from the list"))
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv_dialog)
        self.refusal = RefusalPicker()
        self.refusal.level_changed.connect(self._on_refusal_level_changed)
        self.cache.refusal = self.refusal.level
        model_row = QHBoxLayout()  # the model on a row of its own: beside the buttons it was cut at 1024 px
        model_row.addWidget(QLabel(self.tr("Model:")))
        model_row.addWidget(self.picker, 1)
        model_row.addWidget(QLabel(self.tr("Not one of mine:")))
        model_row.addWidget(self.refusal)
        top = QHBoxLayout()
        for button in (self.open_button, self.clear_button, self.export_button):
            top.addWidget(button)
        top.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self._build_list())
        self.detail = ResultDetail()
        self.controller = DetailController(self.detail, self.tasks, self.tf, self.cache, self.picker.current_model,
                                           self)
        splitter.addWidget(self.detail)
        self.teacher = TeachController(self)  # "This is…", the teaching-set panel and Teach (teach_controller.py)
        top.addWidget(self.teacher.this_is_button)
        splitter.addWidget(self.teacher.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(model_row)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_progress_row())
        self._update_buttons()

    def _build_list(self) -> QWidget:
        self.results = ResultListModel(self)
        self.view = QListView()
        self.view.setModel(self.results)
        self.view.setItemDelegate(ResultDelegate(self.view))
        ResultDelegate.fit(self.view)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.ExtendedSelection)
        self.view.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        for key in (QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)):
            QShortcut(key, self.view, self.delete_selected, context=Qt.WidgetShortcut)
        self.results.rowsInserted.connect(self._on_results_count_changed)
        self.results.rowsRemoved.connect(self._on_results_count_changed)
        self.results.modelReset.connect(self._on_results_count_changed)
        self.drop_zone = DropZone(self.view)
        self.drop_zone.set_empty(True)
        self.drop_zone.paths_dropped.connect(self.add_paths)
        self.drop_zone.image_dropped.connect(self.add_qimage)
        return self.drop_zone

    def _build_progress_row(self) -> ProgressRow:
        self.progress_row = ProgressRow()
        self.progress_row.cancel_requested.connect(self.cancel)
        return self.progress_row

    def _show_progress(self, visible: bool) -> None:
        self.progress_row.setVisible(visible)

    # --- public API -----------------------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model list (cheap: metadata only, no TensorFlow)."""
        self.picker.set_models(store.list_models())
        self._show_notice(self.tr(NO_MODEL) if self.picker.current_model() is None else "")

    def select_model(self, name_or_path: str) -> bool:
        return self.picker.select(name_or_path)

    def add_paths(self, paths: list) -> None:
        """Classify files and folders (folders are searched recursively) with the current model."""
        if paths:
            self._enqueue([str(p) for p in paths], [])

    def add_qimage(self, image: QImage) -> None:
        """Classify a picture that is not a file (clipboard, image data dragged from a browser)."""
        number = next(self._paste_numbers)
        name = self.tr("Pasted picture {number}").format(number=number)
        self._enqueue([], [Pasted(f"clipboard-{number}", name, qimage_to_png_bytes(image))])

    def paste_from_clipboard(self) -> None:
        mime = QApplication.clipboard().mimeData()
        paths = paths_from_mime(mime)
        image = None if paths else image_from_mime(mime)
        if paths:
            self.add_paths(paths)
        elif image is not None:
            self.add_qimage(image)
        else:
            self._show_notice(self.tr("The clipboard holds no picture and no image files: copy a photo or a file "
                                      "first."))

    def open_images_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Open Images"), settings.last_folder("images"),
                                                image_file_filter())
        if files:
            settings.remember_folder("images", files[0])
            for file in reversed(files[: settings.RECENT_LIMIT]):  # File › Open Recent, the first on top
                settings.remember_recent("paths", file)
            self.add_paths(files)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Folder of Images"),
                                                  settings.last_folder("images"))
        if folder:
            settings.remember_folder("images", folder)
            settings.remember_recent("paths", folder)
            self.add_paths([folder])

    def items(self) -> list[ResultItem]:
        return self.results.items()

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def cancel(self) -> None:
        self._queue.clear()
        if self._running is not None:
            self._running.cancel()
            self.progress_row.set_message(self.tr("Stopping…"))

    def clear(self) -> None:
        self._generation += 1
        self.cancel()
        self.results.clear()
        self.controller.show(None)

    def delete_selected(self) -> None:
        """Edit › Delete (and the list's Delete key): the selected results leave the list."""
        rows = [index.row() for index in self.view.selectionModel().selectedRows()]
        self.results.remove_rows(rows)

    def copy_results(self) -> int:
        """Edit › Copy Results: the selected results (all when none is selected) as tab-separated text."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        items = self.results.items()
        chosen = [items[r] for r in rows] if rows else items
        if chosen:
            QApplication.clipboard().setText(results_text(chosen))
        return len(chosen)

    def select_all(self) -> None:
        self.view.setFocus()
        self.view.selectAll()

    # --- queueing classification ------------------------------------------------------------------

    def _enqueue(self, raw_paths: list[str], pasted: list[Pasted]) -> None:
        self._queue.append((raw_paths, pasted))
        self._scroll_to_new = True  # the first new row is brought into view when it arrives (_flush)
        if self.picker.current_model() is None:
            self._show_notice(self.tr(NO_MODEL))
            return
        self.progress_row.start(self.tr("Starting…"))
        self._start_next()  # answers come from LiteRT: no waiting for TensorFlow

    def _start_next(self) -> None:
        info = self.picker.current_model()
        if self._running is not None or not self._queue or info is None:
            return
        raw_paths, pasted = [], []
        while self._queue:  # one task for everything queued so far
            more_paths, more_pasted = self._queue.pop(0)
            raw_paths += more_paths
            pasted += more_pasted
        have_thumbs = {item.key for item in self.results.items() if item.thumbnail is not None}
        task = self.tasks.submit(
            "Classify", lambda report: classify_job(report, self.cache, info, raw_paths, pasted, have_thumbs)
        )
        self._running, self._running_inputs = task, (raw_paths, pasted)
        task.progress.connect(self._on_task_progress)
        task.partial.connect(lambda item, g=self._generation: self._on_task_partial(g, item))
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        task.ended.connect(lambda t=task: self._on_task_ended(t))
        self._show_progress(True)
        self._update_buttons()

    def _on_task_progress(self, done: int, total: int, message: str) -> None:
        self._pending_progress = (done, total, message)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _on_task_partial(self, generation: int, item: ResultItem) -> None:
        self._pending.append((generation, item))
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Hand buffered results and progress to the widgets in one go (hundreds of rows stay smooth).

        Painting goes through Python for every row, and every Qt call gives up the GIL to the
        workers, so repainting once per result would starve the window while a folder runs.
        """
        self._flush_timer.stop()
        items = [item for generation, item in self._pending if generation == self._generation]
        self._pending.clear()  # older generations: a cleared list, or a model the user has since replaced
        if items:
            before = self.results.rowCount()
            self.results.upsert(items)
            if self.results.rowCount() > before and self._scroll_to_new:
                self._scroll_to_new = False  # once per opening: later rows must not pull the view away
                self.view.scrollTo(self.results.index(before), QListView.PositionAtTop)
            current = self.view.currentIndex()
            key = self.results.item(current.row()).key if current.isValid() else None
            for item in items:
                if item.key == key:
                    self.controller.show(item)
                self.results_arrived.emit(item)
        if self._pending_progress is not None:
            done, total, message = self._pending_progress
            self._pending_progress = None
            self.progress_row.set_progress(done, total, message)

    def _on_task_finished(self, counts: dict) -> None:
        self._flush()
        self.classification_finished.emit(counts)

    def _on_task_failed(self, exc: BaseException) -> None:
        message = user_text(exc)
        self._show_notice(self.tr("Classification stopped: {reason}").format(reason=message))
        self.classification_failed.emit(message)

    def _on_task_ended(self, task: Task) -> None:
        self._flush()
        if task is self._running:
            self._running = None
        if self._queue:
            self._start_next()
        else:
            self._show_progress(False)
        self._update_buttons()

    def _on_picker_model_changed(self, info: Any) -> None:
        """A new model answers every image again; old answers stay, dimmed, until replaced."""
        self._show_notice(self.tr(NO_MODEL) if info is None else "")
        self.refusal.show_model(info)
        if info is None:
            return
        settings.remember_recent("models", info.name)
        self._answer_again()

    def _on_refusal_level_changed(self, level: str) -> None:
        """Another "not one of mine" level: every image is answered again with it."""
        self.cache.refusal = level
        if self.picker.current_model() is not None:
            self._answer_again()

    def _answer_again(self) -> None:
        raw_paths, pasted = self._take_back_work()
        if raw_paths or pasted:
            self.results.mark_stale()
            self._enqueue(raw_paths, pasted)

    def _take_back_work(self) -> tuple[list[str], list[Pasted]]:
        """Stop the running task and return everything the previous model answered or was about to."""
        self._generation += 1
        raw_paths, pasted = [], []
        if self._running is not None:
            self._running.cancel()
            raw_paths, pasted = list(self._running_inputs[0]), list(self._running_inputs[1])
        roots = [Path(p) for p in raw_paths]
        keys = {p.key for p in pasted}
        for item in self.results.items():
            if item.path is not None and not any(item.path == r or r in item.path.parents for r in roots):
                raw_paths.append(str(item.path))
            elif item.path is None and item.image is not None and item.key not in keys:
                pasted.append(Pasted(item.key, item.name, image=item.image))
        return raw_paths, pasted

    # --- detail pane ---------------------------------------------------------------------------------

    def _on_view_current_changed(self, current, _previous) -> None:
        item = current.data(ITEM_ROLE) if current.isValid() else None
        self.controller.show(item)

    # --- export and small helpers ---------------------------------------------------------------------

    def export_csv_dialog(self) -> None:
        if not self.results.rowCount():
            self._show_notice(self.tr("There are no results to export yet: drop some photos first."))
            return
        start = str(Path(settings.last_folder("export")) / "fruit-results.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Results as CSV"), start,
                                              self.tr("CSV files (*.csv)"))
        if path:
            settings.remember_folder("export", path)
            try:
                self.export_csv(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                    "Could not write {path}: {reason}. Choose another folder.").format(
                    path=path, reason=exc.strerror or exc))

    def export_csv(self, path: str | Path) -> int:
        """Write path, label, probability, top-3 and error for every result; returns the row count."""
        return write_results_csv(self.results.items(), path)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_results_count_changed(self, *args: Any) -> None:
        self.drop_zone.set_empty(self.results.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_results = self.results.rowCount() > 0
        self.clear_button.setEnabled(has_results)
        self.export_button.setEnabled(has_results)
