"""fruitclassifier.gui.teach.this_is_dialog on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.teach.this_is_dialog import ThisIsDialog

if __name__ == "__main__":
    app = QApplication(sys.argv)
    dialog = ThisIsDialog(["Apple 10", "Banana 1", "_other"], "_other", 3, "Banana 1")
    if dialog.exec():
        print(dialog.chosen())
