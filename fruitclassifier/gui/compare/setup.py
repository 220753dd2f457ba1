"""What to compare: a checkable list of saved models and a test folder, with sensible defaults.

By default the newest model of each architecture is ticked, and the folder is the test
split that belongs to their training data, until the user picks a folder themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core.evaluation import compare_cache
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.widgets.model_picker import tooltip

INFO_ROLE = Qt.UserRole + 1


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CompareSetup(QWidget):
    """Emits ``changed`` when the ticks or the folder change; the page owns the buttons' actions."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder_chosen = False  # once the user picks a folder, ticking models stops changing it
        self.model_list = QListWidget()
        self.model_list.setAlternatingRowColors(True)
        self.model_list.setWordWrap(True)  # a long name wraps rather than hiding behind a sideways scroll bar
        self.model_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMinimumWidth(240)  # the same on every tab (it was squeezed narrower on Disagreements)
        self.model_list.itemChanged.connect(self._on_model_list_changed)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("Folder of class folders"))
        self.folder_edit.textEdited.connect(self._on_folder_edited)
        self.folder_edit.textChanged.connect(self.folder_edit.setToolTip)  # the field is narrow: full path here
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_folder_dialog)
        self.folder_hint = QLabel()
        self.folder_hint.setWordWrap(True)
        self.folder_hint.setForegroundRole(QPalette.PlaceholderText)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export Report…"))
        self.export_button.setToolTip(self.tr("Write report.md, metrics.json and the figures (as `compare --report "
                                              "DIR`)"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading(self.tr("Models to compare")))
        layout.addWidget(self.model_list, 1)
        layout.addWidget(heading(self.tr("Test folder")))
        layout.addLayout(folder_row)
        for widget in (self.folder_hint, self.compare_button, self.export_button):
            layout.addWidget(widget)

    def set_models(self, infos: Sequence[Any]) -> None:
        """Refill the list; keep the ticks, or tick the newest model of each architecture."""
        ticked = {str(i.path) for i in self.checked_infos()}
        if not ticked:
            ticked = {str(i.path) for i in compare_cache.newest_per_arch(infos)}
        self.model_list.blockSignals(True)
        self.model_list.clear()
        for info in infos:
            item = QListWidgetItem(f"{info.name}\n{info.arch} · {info.image_size} px")  # the date: in the tooltip
            item.setData(INFO_ROLE, info)
            item.setToolTip(tooltip(info))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if str(info.path) in ticked else Qt.Unchecked)
            self.model_list.addItem(item)
        self.model_list.blockSignals(False)
        self._on_model_list_changed()

    def checked_infos(self) -> list[Any]:
        items = (self.model_list.item(r) for r in range(self.model_list.count()))
        return [i.data(INFO_ROLE) for i in items if i.checkState() == Qt.Checked]

    def set_checked(self, names: Sequence[str]) -> None:
        """Tick exactly these models (by name or folder path)."""
        self.model_list.blockSignals(True)
        for row in range(self.model_list.count()):
            item = self.model_list.item(row)
            info = item.data(INFO_ROLE)
            item.setCheckState(Qt.Checked if info.name in names or str(info.path) in names else Qt.Unchecked)
        self.model_list.blockSignals(False)
        self._on_model_list_changed()

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def set_folder(self, folder: str) -> None:
        self._folder_chosen = True
        self.folder_edit.setText(str(folder))
        self.folder_hint.setText("")
        self.changed.emit()

    def choose_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Test Folder"),
                                                  settings.last_folder("compare"))
        if folder:
            settings.remember_folder("compare", folder)
            self.set_folder(folder)

    def _on_folder_edited(self, _text: str) -> None:
        self._folder_chosen = True
        self.folder_hint.setText("")
        self.changed.emit()

    def _on_model_list_changed(self, _item: QListWidgetItem | None = None) -> None:
        if not self._folder_chosen:
            found = next(((i.name, d) for i in self.checked_infos() if (d := compare_cache.default_test_dir(i))),
                         None)
            self.folder_edit.setText(str(found[1]) if found else "")
            self.folder_hint.setText(self.tr("The test split of {model}'s data set.").format(model=found[0]) if found
                                     else self.tr("Choose a folder of class folders that the models were not trained "
                                                  "on."))
        self.changed.emit()
