"""fruitclassifier.gui.models.import_dialog on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.models.import_dialog import ImportModelDialog

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    dialog = ImportModelDialog(sys.argv[1] if len(sys.argv) > 1 else "/tmp/keras_model.h5")
    if dialog.exec():
        print(dialog.class_names(), dialog.scaling(), dialog.model_name())
