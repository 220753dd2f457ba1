""""This is…": pick one of the model's classes or type a new one (e.g. "Pear") for the selected photos."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fruitclassifier.core.teach.teaching_set import NOT_MINE


class ThisIsDialog(QDialog):
    """An editable list of the class names (plus "Not one of my fruits" when the model has that class)."""

    def __init__(self, class_names: Sequence[str], other_class: str | None, count: int,
                 suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("This is…")
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.NoInsert)
        self.combo.addItems([name for name in class_names if name != other_class])
        if other_class is not None:
            self.combo.addItem(NOT_MINE)
        self.combo.setCurrentText(suggestion)
        self.combo.lineEdit().selectAll()
        self.combo.lineEdit().setPlaceholderText("Pick a class or type a new one, e.g. Pear")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        what = "this photo" if count == 1 else f"these {count} photos"
        layout.addWidget(QLabel(f"What is in {what}? A copy goes into the teaching set; the photos stay where they are."))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.combo.currentText().strip()


if __name__ == "__main__":
    app = QApplication(sys.argv)
    dialog = ThisIsDialog(["Apple 10", "Banana 1", "_other"], "_other", 3, "Banana 1")
    if dialog.exec():
        print(dialog.chosen())
