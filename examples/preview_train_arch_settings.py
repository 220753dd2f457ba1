"""fruitclassifier.gui.train.arch_settings on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.train.arch_settings import ArchSettings

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    settings = ArchSettings()
    settings.changed.connect(lambda: print(settings.problems() or settings.configs(data_dir="x")))
    settings.show()
    sys.exit(app.exec())
