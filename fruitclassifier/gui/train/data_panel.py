"""The Train page's data section: choose a folder, see what is in it at once, set the validation split.

Scanning reads only names and sizes (no TensorFlow, well under a second even for Fruits-360), so the
summary appears while TensorFlow is still loading. A second pass then opens every file's header to
find broken ones, when there are few enough files for that to take only seconds.
"""

from __future__ import annotations

from dataclasses import fields
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.data import folders
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.base.tasks import Reporter, Task, TaskManager
from fruitclassifier.gui.base.wording import user_text
from fruitclassifier.gui.train.class_bars import ClassBars
from fruitclassifier.gui.widgets.colors import error_color, unsure_colors
from fruitclassifier.gui.widgets.config_form import make_editor

SETTINGS_KEY = "train/data_folder"
VERIFY_LIMIT = 20_000  # about five seconds of header checks on a slow laptop
SHOWN_UNREADABLE = 5


def scan_job(folder: str) -> Any:
    """Worker: the quick scan (sent as a partial result), then the checked one when it is affordable."""

    def run(report: Reporter) -> folders.DataSummary:
        quick = folders.scan(folder)
        if len(quick.files) > VERIFY_LIMIT or report.should_stop():
            files = len(quick.files)  # a plain name: pyside6-lupdate skips a call whose count is an expression
            quick.warnings.append(DataPanel.tr(
                "%Ln files were not opened to look for damaged ones; any that cannot be read are skipped during "
                "training.", "", files))
            return quick
        report.partial(quick)
        return folders.scan(folder, verify=True)

    return run


def usable_problem(summary: folders.DataSummary) -> str:
    """Why a (checked) summary cannot be trained on, in words; '' when it can."""
    usable = [name for name, n in summary.counts.items() if n > 0]
    if not usable:
        if summary.unreadable:
            path, reason = summary.unreadable[0]
            return QCoreApplication.translate(
                "DataPanel", "None of the files in {folder} could be read as images (e.g. {file}: {reason}): choose "
                "a folder of photos.").format(folder=summary.root, file=path.name, reason=translated(reason))
        return QCoreApplication.translate(
            "DataPanel", "None of the files in {folder} could be read as images: choose a folder of photos."
        ).format(folder=summary.root)
    if len(usable) < 2:
        return QCoreApplication.translate(
            "DataPanel", "Only one class ({name}) has readable images: training needs at least two class folders "
            "with photos.").format(name=repr(usable[0]))
    return ""


class DataPanel(QGroupBox):
    """Folder picker, summary, images-per-class chart, validation split and optional test folder."""

    summary_changed = Signal()  # a scan finished, failed or started: re-check whether Start is possible

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        self.tasks = tasks
        self.summary: folders.DataSummary | None = None
        self.error = ""
        self.scanning = False
        self._task: Task | None = None
        self._build()
        remembered = str(settings.settings().value(SETTINGS_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            self.set_folder(remembered)

    def _build(self) -> None:
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("A folder with one sub-folder of photos per class"))
        self.folder_edit.returnPressed.connect(lambda: self.set_folder(self.folder_edit.text()))
        self.choose_button = QPushButton(self.tr("Choose Folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        self.summary_label = _wrapping_label()
        self.notes_label = _wrapping_label()
        self.bars = ClassBars()
        self.bars.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.bars)
        layout.addWidget(self.notes_label)
        layout.addLayout(self._build_split_form())
        self._show_summary()

    def _build_split_form(self) -> QFormLayout:
        by_name = {f.name: f for f in fields(TrainConfig)}
        self.val_split = make_editor(by_name["val_split"])
        self.test_dir = make_editor(by_name["test_dir"])
        self.val_count = QLabel()
        self.val_count.setForegroundRole(QPalette.PlaceholderText)
        self.val_split.changed.connect(self._update_val_count)
        split_row = QHBoxLayout()
        split_row.addWidget(self.val_split.widget)
        split_row.addWidget(self.val_count, 1)
        form = QFormLayout()
        form.addRow(self.tr("Validation split:"), split_row)
        form.addRow(self.tr("Test folder:"), self.test_dir.widget)
        self.val_split.set(TrainConfig().val_split)
        return form

    # --- choosing and scanning ------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder_edit.text() or settings.last_folder("train_data")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the training data folder"), start)
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        """Show ``folder`` and scan it in the background; the summary replaces the old one when done."""
        folder = folder.strip()
        self.folder_edit.setText(folder)
        if self._task is not None:
            self._task.cancel()
        self.summary, self.error, self.scanning = None, "", bool(folder)
        if folder:
            settings.settings().setValue(SETTINGS_KEY, folder)
            settings.remember_folder("train_data", folder)
            # bound methods, not lambdas: Qt drops the connections if this panel is deleted first
            self._task = self.tasks.submit("Scan training data", scan_job(folder))  # a log name, never shown
            self._task.partial.connect(self._on_scan_partial)
            self._task.finished.connect(self._on_scan_finished)
            self._task.failed.connect(self._on_scan_failed)
        self._show_summary()

    def _on_scan_partial(self, summary: folders.DataSummary) -> None:
        self._on_scan_result(summary, final=False)

    def _on_scan_finished(self, summary: folders.DataSummary) -> None:
        self._on_scan_result(summary, final=True)

    def _on_scan_result(self, summary: folders.DataSummary, final: bool) -> None:
        if self.sender() is not self._task:
            return  # an older folder's answer
        self.summary, self.scanning = summary, not final
        self.error = usable_problem(summary) if final else ""
        self._show_summary()

    def _on_scan_failed(self, exc: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self.summary, self.error, self.scanning = None, user_text(exc), False
        self._show_summary()

    # --- showing -----------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        s = self.summary
        self.bars.setVisible(s is not None)
        self.bars.set_counts(s.counts if s else {})
        if s is None:
            text = self.tr("Scanning…") if self.scanning else (self.error or self.tr("No folder chosen yet."))
            self._set_label(self.summary_label, text, error=bool(self.error))
            self.notes_label.hide()
        else:
            self._set_label(self.summary_label, _summary_html(s, self.scanning))
            self._show_notes(s)
        if s is not None and self.error:
            self._set_label(self.notes_label, html.escape(self.error), error=True)
            self.notes_label.show()
        self._update_test_placeholder()
        self._update_val_count()
        self.summary_changed.emit()

    def _show_notes(self, s: folders.DataSummary) -> None:
        lines = [html.escape(translated(w)) for w in s.warnings]
        if s.unreadable:
            shown = [f"{html.escape(p.name)}: {html.escape(translated(r))}" for p, r in s.unreadable[:SHOWN_UNREADABLE]]
            more = len(s.unreadable) - len(shown)
            if more > 0:
                shown.append(DataPanel.tr("… and %Ln more", "", more))
            lines.append(self.tr("Unreadable files (skipped):") + "<br>&nbsp;&nbsp;" + "<br>&nbsp;&nbsp;".join(shown))
            self.notes_label.setToolTip("\n".join(f"{p}: {translated(r)}" for p, r in s.unreadable[:200]))
        self._set_label(self.notes_label, "<br>".join(lines), warning=True)
        self.notes_label.setVisible(bool(lines))

    def _set_label(self, label: QLabel, text: str, error: bool = False, warning: bool = False) -> None:
        label.setText(text)
        if error:
            label.setStyleSheet(f"color: {error_color(self.palette()).name()}")
        elif warning:
            background, foreground = unsure_colors(self.palette())
            label.setStyleSheet(f"background: {background.name()}; color: {foreground.name()}; "
                                "border-radius: 4px; padding: 4px")
        else:
            label.setStyleSheet("")

    def _update_test_placeholder(self) -> None:
        test = self.summary.test_dir if self.summary else None
        hint = self.tr("automatic: {folder}/").format(folder=test.name) if test else self.tr("none")
        self.test_dir.widget.edit.setPlaceholderText(hint)

    def _update_val_count(self) -> None:
        total = len(self.summary.files) if self.summary else 0
        share = float(self.val_split.get())
        validation = round(total * share)  # a plain name for pyside6-lupdate
        self.val_count.setText(DataPanel.tr("≈ %Ln images for validation", "", validation) if total else "")

    # --- what the page reads -------------------------------------------------------------------

    def problem(self) -> str:
        """Why training cannot start with this data ('' when it can)."""
        if self.scanning and self.summary is None:
            return self.tr("Scanning the data folder…")
        if self.error:
            return self.error
        if self.summary is None:
            return self.tr("Choose a data folder first.")
        return ""

    def values(self) -> dict[str, Any]:
        """The TrainConfig fields this panel owns."""
        return {"data_dir": self.folder_edit.text().strip(), "val_split": float(self.val_split.get()),
                "test_dir": self.test_dir.get()}


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def _summary_html(s: folders.DataSummary, checking: bool) -> str:
    files, class_count = len(s.files), s.num_classes  # plain names for pyside6-lupdate
    images = DataPanel.tr("<b>%Ln</b> images", "", files)
    classes = DataPanel.tr("<b>%Ln</b> classes", "", class_count)
    parts = [QCoreApplication.translate("DataPanel", "{images} in {classes}").format(images=images, classes=classes)]
    sizes = s.image_sizes
    if sizes:
        w = f"{sizes['min_width']}" + (f"–{sizes['max_width']}" if sizes["max_width"] != sizes["min_width"] else "")
        h = f"{sizes['min_height']}" + (f"–{sizes['max_height']}" if sizes["max_height"] != sizes["min_height"] else "")
        parts.append(QCoreApplication.translate("DataPanel", "{width}×{height} px").format(width=w, height=h))
    if s.test_dir is not None:
        parts.append(QCoreApplication.translate("DataPanel", "training on {train}/, testing on {test}/").format(
            train=html.escape(s.root.name), test=html.escape(s.test_dir.name)))
    if checking:
        parts.append(QCoreApplication.translate("DataPanel", "<i>checking files…</i>"))
    return " · ".join(parts)
