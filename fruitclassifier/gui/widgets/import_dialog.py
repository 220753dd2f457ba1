"""Ask for the class names of a .keras file that came without a metadata.json beside it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)


def parse_typed_names(text: str) -> list[str]:
    """'apple, banana ,kiwi' -> ['apple', 'banana', 'kiwi'] (commas or new lines; blanks dropped)."""
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


class ImportModelDialog(QDialog):
    """Class names from a .txt/.json file or typed, plus an optional display name."""

    def __init__(self, keras_path: str | Path, start_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import Model")
        self.keras_path = Path(keras_path)
        self._start_folder = start_folder or str(self.keras_path.parent)
        intro = QLabel(f"<b>{self.keras_path.name}</b> has no metadata.json beside it, so the app does not know "
                       "which fruit each output means. Give the class names in output order:")
        intro.setWordWrap(True)
        self.from_file = QRadioButton("From a file (.txt with one name per line, or a .json list)")
        self.typed = QRadioButton("Typed, separated by commas")
        group = QButtonGroup(self)
        for button in (self.from_file, self.typed):
            group.addButton(button)
            button.toggled.connect(self._update)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText("classes.txt")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        self.names_edit = QLineEdit()
        self.names_edit.setPlaceholderText("apple, banana, kiwi")
        self.name_edit = QLineEdit(self.keras_path.stem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.names_edit, self.name_edit):
            edit.textChanged.connect(self._update)
        self._lay_out(intro, browse)
        self.typed.setChecked(True)
        self.resize(520, self.sizeHint().height())

    def _lay_out(self, intro: QLabel, browse: QPushButton) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Name in the library:", self.name_edit)
        layout = QVBoxLayout(self)
        for item in (intro, self.from_file):
            layout.addWidget(item)
        layout.addLayout(file_row)
        layout.addWidget(self.typed)
        layout.addWidget(self.names_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def class_names(self) -> list[str] | str:
        """A list when typed, or the path of the names file (core.store.import_model reads it)."""
        if self.from_file.isChecked():
            return self.file_edit.text().strip()
        return parse_typed_names(self.names_edit.text())

    def model_name(self) -> str | None:
        return self.name_edit.text().strip() or None

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Class Names File", self._start_folder,
                                              "Class names (*.txt *.json);;All files (*)")
        if path:
            self.file_edit.setText(path)
            self.from_file.setChecked(True)

    def _update(self) -> None:
        self.file_edit.setEnabled(self.from_file.isChecked())
        self.names_edit.setEnabled(self.typed.isChecked())
        if self.from_file.isChecked():
            ok = Path(self.file_edit.text().strip()).is_file()
        else:
            ok = len(parse_typed_names(self.names_edit.text())) >= 2
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = ImportModelDialog("/tmp/my_model.keras")
    if dialog.exec():
        print(dialog.class_names(), dialog.model_name())
