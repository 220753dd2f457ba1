"""fruitclassifier.gui.widgets.config_form on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.widgets.config_form import ConfigForm

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from fruitclassifier.config import TrainConfig

    app = QApplication(sys.argv)
    form = ConfigForm(TrainConfig(arch="vgg16"), exclude=("data_dir", "arch"),
                      advanced=("seed", "l2", "mixed_precision", "class_weights"))
    form.changed.connect(lambda: print(form.config()))
    form.show()
    sys.exit(app.exec())
