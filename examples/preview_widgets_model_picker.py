"""fruitclassifier.gui.widgets.model_picker on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fakes import fake_models

from fruitclassifier.gui.widgets.model_picker import ModelPicker

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    picker = ModelPicker()
    picker.set_models(fake_models())
    picker.model_changed.connect(lambda info: print("model:", info and info.name))
    picker.show()
    sys.exit(app.exec())
