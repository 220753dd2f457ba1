"""fruitclassifier.gui.train.class_bars on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.train.class_bars import ClassBars

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    bars = ClassBars()
    bars.set_counts({"Apple Golden 1": 480, "Banana 1": 490, "Kiwi 1": 100, "Lemon 1": 460})
    bars.resize(420, 200)
    bars.show()
    sys.exit(app.exec())
