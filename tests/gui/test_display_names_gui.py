"""One naming rule in the window: people read display names, the model's ids stay underneath."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from fruitclassifier.core.teach.teaching_set import NOT_MINE, resolve_class_name
from fruitclassifier.gui.teach.this_is_dialog import ThisIsDialog

CLASSES = ["Apple 10", "Apple Golden 1", "Banana 1", "_other"]
META = {"class_names": CLASSES, "open_set": {"other_class": "_other", "threshold": 0.5}}


def test_this_is_lists_display_names_opens_empty_and_maps_back_to_ids(qtbot):
    dialog = ThisIsDialog(CLASSES, "_other", 1, "Banana 1")
    qtbot.addWidget(dialog)
    shown = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert shown == ["Red apple (10)", "Golden apple", "Banana", NOT_MINE]
    assert dialog.combo.currentText() == ""  # the wrong answer is not filled in: Enter cannot teach it
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.combo.setCurrentIndex(1)
    assert dialog.chosen() == "Apple Golden 1"
    dialog.combo.setCurrentIndex(3)
    assert resolve_class_name(dialog.chosen(), META) == "_other"
    dialog.combo.setEditText("banana")  # typed as it is shown: the model's own class, not a new one
    assert resolve_class_name(dialog.chosen(), META) == "Banana 1"
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
