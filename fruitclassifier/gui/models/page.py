"""Models: the library of saved models — look inside, rename, delete, import, reveal, export.

Listing, renaming and deleting touch only files (no TensorFlow), so they run at once; importing and
exporting load the model, so they run as Tasks once TensorFlow is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core import store
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.base.wording import deep_translated, user_text
from fruitclassifier.gui.models.import_dialog import ImportModelDialog
from fruitclassifier.gui.models.model_details import ModelDetails
from fruitclassifier.gui.models.model_table import (
    INFO_ROLE,
    READ_ONLY_TIP,
    SORT_ROLE,
    ModelTableModel,
    classes_text,
    tr_model_table,
)
from fruitclassifier.gui.widgets.colors import error_color


class ModelsPage(QWidget):
    models_changed = Signal()  # the list on disk changed: pickers elsewhere should refresh
    open_in_classify = Signal(object)  # ModelInfo
    operation_finished = Signal(str)  # a human sentence: what was done
    operation_failed = Signal(str)
    undo_changed = Signal(str)  # the Undo action's text: "Undo Delete “name”", or "" when nothing to undo

    def __init__(self, tasks: TaskManager, tf: TfLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.tf = tasks, tf
        self._undo: tuple[str, str, str] | None = None  # (path in the trash, folder name, model name)
        self._build()
        self.operation_finished.connect(lambda text: self._tell(text, error=False))
        self.operation_failed.connect(lambda text: self._tell(text, error=True))
        self.refresh()

    def _build(self) -> None:
        self._build_table()
        self.details = ModelDetails()
        splitter = QSplitter(Qt.Vertical)  # the table needs the full width for its seven columns
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 420])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notice.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.busy)
        layout.addLayout(bottom)

    def _build_table(self) -> None:
        self.table_model = ModelTableModel(self)
        # queued: renaming refreshes the table, which must not happen inside the editor's own commit
        self.table_model.rename_requested.connect(self.rename, Qt.QueuedConnection)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)  # keep the store's order (bundled first) until asked
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.doubleClicked.connect(lambda _index: self._emit_open_in_classify())
        QShortcut(QKeySequence.Delete, self.table, self.delete_current, context=Qt.WidgetShortcut)

    def _build_buttons(self) -> QHBoxLayout:
        def button(text: str, slot: Callable[[], None], tip: str) -> QPushButton:
            widget = QPushButton(text)
            widget.setToolTip(tip)
            widget.clicked.connect(slot)
            return widget

        self.import_button = button(self.tr("Import Model…"), self.import_dialog, self.tr(
            "Add a model made elsewhere to the library: a .keras, .h5 or .tflite file, or a SavedModel folder (its "
            "saved_model.pb)"))
        self.rename_button = button(self.tr("Rename"), self.start_rename, self.tr("Give the selected model a new name"))
        self.delete_button = button(self.tr("Delete…"), lambda: self.delete_current(),  # clicked(bool) is no confirm
                                    self.tr("Move the selected model to the trash (asks first; Edit › Undo brings it "
                                            "back)"))
        self.reveal_button = button(self.tr("Show in Folder"), self.reveal_current, self.tr("Open the model's folder"))
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the selected model in a format other tools can run"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As TensorFlow SavedModel…"), self.export_savedmodel_dialog)
        menu.addAction(self.tr("As TFLite (for phones)…"), self.export_tflite_dialog)
        self.export_button.setMenu(menu)
        self.open_button = button(self.tr("Open in Classify"), self._emit_open_in_classify,
                                  self.tr("Classify photos with the selected model"))
        self.open_button.setDefault(True)
        row = QHBoxLayout()
        for widget in (self.import_button, self.rename_button, self.delete_button, self.reveal_button,
                       self.export_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.open_button)
        return row

    # --- list and selection ---------------------------------------------------------------------------

    def refresh(self, select_path: str | None = None) -> None:
        """Re-read the store; keep (or move to) the selected model."""
        keep = select_path or (str(self.current_info().path) if self.current_info() else None)
        self.table_model.set_models(store.list_models(include_broken=True))  # broken ones greyed, with reasons
        row = self.table_model.row_of(keep) if keep else -1
        usable = [i for i, info in enumerate(self.table_model.models()) if info.error is None]
        self.select_row(row if row >= 0 else (usable[0] if usable else 0))  # never a broken one by default
        self._update_buttons()

    def select_row(self, source_row: int) -> None:
        if not 0 <= source_row < self.table_model.rowCount():
            self.details.show_model(None)
            return
        index = self.proxy.mapFromSource(self.table_model.index(source_row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())

    def current_info(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(INFO_ROLE) if index.isValid() else None

    def _on_table_current_changed(self, current, _previous) -> None:
        self.details.show_model(current.data(INFO_ROLE) if current.isValid() else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current_info()
        usable = info is not None and info.error is None
        self.reveal_button.setEnabled(info is not None)
        for widget in (self.export_button, self.open_button):
            widget.setEnabled(usable)
        writable = info is not None and not info.bundled
        for widget, tip in ((self.rename_button, self.tr("Give the selected model a new name")),
                            (self.delete_button, self.tr("Delete the selected model from the library"))):
            widget.setEnabled(writable and (usable or widget is self.delete_button))
            widget.setToolTip(tr_model_table(READ_ONLY_TIP) if info is not None and info.bundled else tip)

    def _emit_open_in_classify(self) -> None:
        if self.current_info() is not None and self.current_info().error is None:
            self.open_in_classify.emit(self.current_info())

    # --- rename, delete, reveal ---------------------------------------------------------------------

    def start_rename(self) -> None:
        """Edit the name in place (Enter saves, Escape cancels)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(0))

    def rename(self, info: Any, new_name: str) -> None:
        try:
            renamed = store.rename_model(info.name, new_name)
        except store.StoreError as exc:
            self.operation_failed.emit(user_text(exc))
            return
        self.refresh(select_path=str(renamed.path))
        self.models_changed.emit()
        self.operation_finished.emit(self.tr("Renamed “{old}” to “{new}”.").format(old=info.name, new=renamed.name))

    def delete_selected(self) -> None:
        """Edit › Delete: the selected model, after asking (the page's own Delete key and button do the same)."""
        self.delete_current()

    def delete_current(self, confirm: bool = True) -> None:
        """Move the selected model to the trash (Edit › Undo brings it back); where there is none, ask before
        deleting it for good."""
        info = self.current_info()
        if info is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete Model"),
                self.tr("Move “{name}” and its files to the trash? Edit › Undo brings it back.").format(name=info.name),
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Yes:
                return
        try:  # by folder: a broken one's name may be only its folder's
            in_trash = store.delete_model(str(info.path), to_trash=True, keep=True)
        except store.NoTrashError as exc:
            in_trash = None
            if not self._delete_for_good(info, exc):
                return
        except store.StoreError as exc:
            self.operation_failed.emit(user_text(exc))
            return
        self._undo = (str(in_trash), info.path.name, info.name) if in_trash is not None else None
        self.undo_changed.emit(self.tr("Undo Delete “{name}”").format(name=info.name) if in_trash is not None else "")
        self.refresh()
        self.models_changed.emit()
        done = (self.tr("Deleted “{name}” (moved to the trash: Edit › Undo brings it back).") if in_trash is not None
                else self.tr("Deleted “{name}”."))
        self.operation_finished.emit(done.format(name=info.name))

    def _delete_for_good(self, info: store.ModelInfo, reason: store.NoTrashError) -> bool:
        """No trash for this folder: ask again, since a delete now cannot be undone."""
        answer = QMessageBox.warning(
            self, self.tr("Delete Model"),
            self.tr("{reason}.\n\nDelete “{name}” for good? It cannot be brought back.").format(
                reason=deep_translated(reason.message), name=info.name),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return False
        try:
            store.delete_model(str(info.path))
        except store.StoreError as exc:
            self.operation_failed.emit(user_text(exc))
            return False
        return True

    def undo_delete(self) -> bool:
        """Bring the last model moved to the trash back into the library; False when there is none."""
        if self._undo is None:
            return False
        in_trash, folder, name = self._undo
        self._undo = None
        self.undo_changed.emit("")
        try:
            restored = store.restore_model(in_trash, folder)
        except store.StoreError as exc:
            self.operation_failed.emit(user_text(exc))
            return False
        self.refresh(select_path=str(restored.path))
        self.models_changed.emit()
        self.operation_finished.emit(self.tr("“{name}” is back in the library.").format(name=name))
        return True

    def reveal_current(self) -> None:
        info = self.current_info()
        if info is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(info.path))):
            self.operation_failed.emit(self.tr("Could not open a file manager; the model is in {folder}").format(
                folder=info.path))

    # --- import and export (need TensorFlow: Tasks) -------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Model"), settings.last_folder("models"),
            self.tr("Models ({patterns})").format(patterns="*.keras *.h5 *.hdf5 *.tflite saved_model.pb") + ";;"
            + self.tr("All files ({patterns})").format(patterns="*"))
        if not path:
            return
        settings.remember_folder("models", path)
        if Path(path).name == "saved_model.pb":  # a SavedModel is its folder
            path = str(Path(path).parent)
        sibling = Path(path).parent / "metadata.json"
        if path.lower().endswith(".keras") and sibling.is_file():
            self.import_model(path)  # class names come from metadata.json beside it
            return
        dialog = ImportModelDialog(path, settings.last_folder("models"), self, preview_runner=self.run_preview)
        if dialog.exec():
            self.import_model(path, dialog.class_names(), dialog.model_name(), dialog.scaling())

    def import_model(self, path: str, class_names: list[str] | str | None = None, name: str | None = None,
                     scale: str | None = None) -> None:
        """Any model file or SavedModel folder, through core/importers (the same rules as the CLI's import)."""
        def job(report: Any) -> Any:
            from fruitclassifier.core.importers.prepare import import_model

            return import_model(path, class_names, scale, name)

        self._run(self.tr("Importing {file}…").format(file=Path(path).name), job, self._on_import_finished)

    def run_preview(self, job: Callable[[], Any], on_done: Callable[[Any], None],
                    on_failed: Callable[[str], None]) -> None:
        """The import dialog's preview, as a background task (it may open a Keras model: TensorFlow)."""
        def start() -> None:
            task = self.tasks.submit("Previewing answers", lambda report: job())
            task.finished.connect(on_done)
            task.failed.connect(lambda exc: on_failed(user_text(exc)))

        self.tf.when_ready(start)

    def _on_import_finished(self, info: Any) -> None:
        self.refresh(select_path=str(info.path))
        self.models_changed.emit()
        self.operation_finished.emit(self.tr("Imported “{name}” ({classes}).").format(name=info.name,
                                                                                      classes=classes_text(info.class_names)))

    def export_savedmodel_dialog(self) -> None:
        info = self.current_info()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export SavedModel Into Folder"),
                                                  settings.last_folder("export")) if info else ""
        if folder:
            settings.remember_folder("export", folder)
            self.export(info, "savedmodel", Path(folder) / f"{store.slugify(info.name)}-savedmodel")

    def export_tflite_dialog(self) -> None:
        info = self.current_info()
        start = str(Path(settings.last_folder("export")) / f"{store.slugify(info.name)}.tflite") if info else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export TFLite Model"), start,
                                              self.tr("TFLite models ({patterns})").format(patterns="*.tflite")
                                              ) if info else ("", "")
        if path:
            settings.remember_folder("export", path)
            self.export(info, "tflite", Path(path))

    def export(self, info: Any, kind: str, target: Path) -> None:
        """Export in a Task; the result is checked against the original on the bundled sample photos."""
        def job(report: Any) -> dict:
            from fruitclassifier.core.inference import export

            fn = export.export_savedmodel if kind == "savedmodel" else export.export_tflite
            return fn(info, target)

        label = "SavedModel" if kind == "savedmodel" else "TFLite"  # format names
        self._run(self.tr("Exporting “{name}” as {format}…").format(name=info.name, format=label), job,
                  lambda report: self.operation_finished.emit(self.tr(
                      "Exported “{name}” as {format} to {path}. It gives the same answers as the original on {count} "
                      "sample photos (largest difference {difference}).").format(
                          name=info.name, format=label, path=report["path"], count=report["samples"],
                          difference=f"{report['max_abs_diff']:.1g}")))

    def _run(self, message: str, job: Callable[[Any], Any], on_done: Callable[[Any], Any]) -> None:
        waiting = self.tr("{task} (waiting for TensorFlow to load)").format(task=message)
        self._tell(message if self.tf.ready else waiting, error=False)
        self.busy.show()

        def start() -> None:
            task = self.tasks.submit(message, job)
            task.finished.connect(on_done)
            task.failed.connect(lambda exc: self.operation_failed.emit(user_text(exc)))
            task.ended.connect(self.busy.hide)

        self.tf.when_ready(start)

    def _tell(self, text: str, error: bool) -> None:
        colour = error_color(self.palette()).name() if error else None
        self.notice.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>" if colour else text)
        self.notice.setTextFormat(Qt.RichText if colour else Qt.PlainText)
        self.notice.setVisible(bool(text))
