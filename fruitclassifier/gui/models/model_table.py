"""The model library as a table model: one row per saved model, name editable for the user's own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.base.i18n import date_time, number
from fruitclassifier.gui.base.wording import deep_translated
from fruitclassifier.gui.widgets.model_words import accuracy_parts
from fruitclassifier.text import QT_TRANSLATE_NOOP

INFO_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2
# English, marked for the "ModelTable" context and translated where shown (tr_model_table).
COLUMNS = (QT_TRANSLATE_NOOP("ModelTable", "Name"), QT_TRANSLATE_NOOP("ModelTable", "Architecture"),
           QT_TRANSLATE_NOOP("ModelTable", "Classes"), QT_TRANSLATE_NOOP("ModelTable", "Accuracy"),
           QT_TRANSLATE_NOOP("ModelTable", "Created"), QT_TRANSLATE_NOOP("ModelTable", "Size"),
           QT_TRANSLATE_NOOP("ModelTable", "Source"))
READ_ONLY_TIP = QT_TRANSLATE_NOOP("ModelTable", "Bundled models come with the app and are read-only: import or train "
                                                "a copy to change one.")
BROKEN_TIP = QT_TRANSLATE_NOOP("ModelTable", "This folder cannot be opened: {problem} You can delete it or show it in "
                                             "its folder.")


def tr_model_table(text: str) -> str:
    """A string marked above in the "ModelTable" context, in the user's language."""
    return QCoreApplication.translate("ModelTable", text)


def human_size(size: int) -> str:
    """Decimal units (1 MB = 1,000,000 bytes), as the Compare table's "Size (MB)" and the CLI count them: the
    same file read 13.6 MB here and 14.3 MB there when this one counted in 1024s. Digits and units in the
    user's language ("14,3 Mo" in French)."""
    if size < 1000:
        return QCoreApplication.translate("ModelTable", "{size} bytes").format(size=number(size, 0))
    units = (QT_TRANSLATE_NOOP("ModelTable", "{size} KB"), QT_TRANSLATE_NOOP("ModelTable", "{size} MB"),
             QT_TRANSLATE_NOOP("ModelTable", "{size} GB"))
    for unit in units:
        size /= 1000
        if size < 1000 or unit == units[-1]:
            return tr_model_table(unit).format(size=number(size, 1))
    return ""  # not reached: the last unit always answers


def classes_text(class_names: list[str]) -> str:
    """core.store.info.classes_text in the user's language: "13 classes", "13 classes + not one of mine"."""
    own = sum(1 for n in class_names if n != "_other")
    if own < len(class_names):
        return ModelTableModel.tr("%n classes + not one of mine", "", own)
    return ModelTableModel.tr("%n classes", "", own)


def short_date(iso: str) -> str:
    """'2025-01-02T10:00:00+00:00' in local time, in the user's short date format; raw text if unparsable."""
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return date_time(stamp)


class ModelTableModel(QAbstractTableModel):
    """Rows of core.store.ModelInfo. Editing a name emits ``rename_requested``; the page does the renaming."""

    rename_requested = Signal(object, str)  # ModelInfo, new name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._models: list[Any] = []

    def set_models(self, models: Sequence[Any]) -> None:
        self.beginResetModel()
        self._models = list(models)
        self.endResetModel()

    def models(self) -> list[Any]:
        return list(self._models)

    def info(self, row: int) -> Any:
        return self._models[row]

    def row_of(self, path: str) -> int:
        return next((i for i, m in enumerate(self._models) if str(m.path) == path), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._models)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr_model_table(COLUMNS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        base = super().flags(index)
        info = self._models[index.row()] if index.isValid() else None
        if info is not None and index.column() == 0 and not info.bundled and not _problem(info):
            return base | Qt.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._models[index.row()]
        if role == INFO_ROLE:
            return info
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self._text(info, index.column()) if role == Qt.DisplayRole or index.column() else info.name
        if role == SORT_ROLE:
            return self._sort_value(info, index.column())
        if role == Qt.ToolTipRole:
            if _problem(info):
                return tr_model_table(BROKEN_TIP).format(problem=_problem(info))
            return tr_model_table(READ_ONLY_TIP) if info.bundled else str(info.path)
        if role == Qt.ForegroundRole and _problem(info):  # greyed: listed so it can be deleted, never opened
            return QApplication.palette().brush(QPalette.Disabled, QPalette.Text)
        if role == Qt.TextAlignmentRole and index.column() in (2, 3, 5):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role == Qt.EditRole and index.column() == 0 and str(value).strip():
            info = self._models[index.row()]
            if str(value).strip() != info.name:
                self.rename_requested.emit(info, str(value).strip())
        return False  # the page refreshes the list after renaming in the store

    @staticmethod
    def _text(info: Any, column: int) -> str:
        if column == 0:
            return info.name
        if _problem(info) and column in (1, 3):
            return QCoreApplication.translate("ModelTable", "Cannot be opened") if column == 1 else _problem(info)
        if column == 1:
            return info.arch
        if column == 2:
            return str(len(info.own_class_names))
        if column == 3:
            return " · ".join(accuracy_parts(info)) or "—"
        if column == 4:
            return short_date(info.created)
        if column == 5:
            return human_size(info.size_bytes)
        return (QCoreApplication.translate("ModelTable", "Bundled") if info.bundled else
                QCoreApplication.translate("ModelTable", "Mine"))

    @staticmethod
    def _sort_value(info: Any, column: int) -> Any:
        values = (info.name.casefold(), info.arch, len(info.own_class_names),
                  -1.0 if info.accuracy is None else info.accuracy, info.created, info.size_bytes,
                  0 if info.bundled else 1)
        return values[column]


def _problem(info: Any) -> str:
    """Why a listed folder cannot be opened, in the user's language ("" for a usable model; fakes in previews have
    no problem)."""
    problem = getattr(info, "problem", "") or ""
    return deep_translated(problem) if problem else ""
