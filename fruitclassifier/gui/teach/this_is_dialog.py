""""This is…": pick one of the model's classes or type a new one (e.g. "Pear") for the selected photos.

The list shows the classes as people read them ("Banana", not "Banana 1"); teaching_set.resolve_class_name
maps a picked or typed name back to the model's id. The field opens empty — the model's answer is shown
beside it, not filled in, since the photo is usually being taught because that answer was wrong and Enter
must not teach the mistake.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.core.teach.teaching_set import NOT_MINE
from fruitclassifier.gui.base.i18n import class_name


class ThisIsDialog(QDialog):
    """An editable list of the class names (plus "Not one of my fruits" when the model has that class)."""

    def __init__(self, class_names: Sequence[str], other_class: str | None, count: int,
                 answered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This is…"))
        shown = {class_id: class_name(name) for class_id, name in display_names(list(class_names)).items()}
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.NoInsert)
        for class_id in class_names:
            if class_id != other_class:
                self.combo.addItem(shown[class_id], class_id)
        if other_class is not None:
            self.combo.addItem(class_name(NOT_MINE), NOT_MINE)  # resolve_class_name maps it to the other class
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText("")
        self.combo.lineEdit().setPlaceholderText(self.tr("Pick a class or type a new one, e.g. Pear"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combo.editTextChanged.connect(self._on_combo_text_changed)
        self._on_combo_text_changed("")
        layout = QVBoxLayout(self)
        if count == 1:
            question = self.tr("What is in this photo? A copy goes into the teaching set; the photos stay where "
                               "they are.")
        else:
            question = self.tr("What is in these %n photos? A copy goes into the teaching set; the photos stay "
                               "where they are.", "", count)
        layout.addWidget(QLabel(question))
        if answered:
            said = class_name(NOT_MINE) if answered == other_class else shown.get(answered, answered)
            layout.addWidget(QLabel(self.tr("The model answered: {answer}").format(answer=said)))
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)

    def _on_combo_text_changed(self, text: str) -> None:
        """OK (and Enter) only once a class is picked or typed."""
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(text.strip()))

    def chosen(self) -> str:
        """The picked class's id, or the typed text (resolve_class_name matches shown names too)."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        return self.combo.itemData(index) if index >= 0 else text
