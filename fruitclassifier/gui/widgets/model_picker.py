"""Choose the model to classify with: bundled models first, then the user's, each with its key facts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from fruitclassifier.gui.widgets.model_words import accuracy_parts, tooltip

INFO_ROLE = Qt.UserRole + 1


def describe(info: Any) -> str:
    """One short line: name · architecture · the headline accuracy (real photos first). Classes, input size
    and every other figure are in the tooltip: the whole list made the picker wider than a 1024-px window
    and cut its end ("93.3% o")."""
    parts = [info.name, info.arch]
    accuracies = accuracy_parts(info)
    if accuracies:
        parts.append(accuracies[0])
    return "  ·  ".join(parts)


class ModelPicker(QComboBox):
    """A combo box of ModelInfo; ``model_changed`` carries the new ModelInfo (or None when empty)."""

    model_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # never widens the window
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumContentsLength(36)
        self.setPlaceholderText(self.tr("No model yet: train one or import a .keras file"))
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_models(self, models: Sequence[Any]) -> None:
        """Refill the list, keeping the current model selected if it still exists (no signal then)."""
        previous = self.current_key()
        self.blockSignals(True)
        self.clear()
        bundled_done = False
        for info in models:
            if not info.bundled and not bundled_done and self.count():
                self.insertSeparator(self.count())
            bundled_done = bundled_done or not info.bundled
            self.addItem(describe(info))
            row = self.count() - 1
            self.setItemData(row, info, INFO_ROLE)
            self.setItemData(row, tooltip(info), Qt.ToolTipRole)
        row = self._row_of(previous) if previous else -1
        self.setCurrentIndex(row if row >= 0 else self._first_model_row())
        self.blockSignals(False)
        self._update_tooltip()
        if self.current_key() != previous:
            self.model_changed.emit(self.current_model())

    def current_model(self) -> Any | None:
        return self.itemData(self.currentIndex(), INFO_ROLE) if self.currentIndex() >= 0 else None

    def current_key(self) -> str | None:
        info = self.current_model()
        return str(info.path) if info is not None else None

    def select(self, name_or_path: str) -> bool:
        """Select by display name or folder path; True when found."""
        for row in range(self.count()):
            info = self.itemData(row, INFO_ROLE)
            if info is not None and name_or_path in (info.name, str(info.path)):
                self.setCurrentIndex(row)
                return True
        return False

    def _row_of(self, key: str) -> int:
        for row in range(self.count()):
            info = self.itemData(row, INFO_ROLE)
            if info is not None and str(info.path) == key:
                return row
        return -1

    def _first_model_row(self) -> int:
        return next((r for r in range(self.count()) if self.itemData(r, INFO_ROLE) is not None), -1)

    def _update_tooltip(self) -> None:
        info = self.current_model()
        self.setToolTip(tooltip(info) if info is not None else self.placeholderText())

    def _on_index_changed(self, _row: int) -> None:
        self._update_tooltip()
        self.model_changed.emit(self.current_model())
