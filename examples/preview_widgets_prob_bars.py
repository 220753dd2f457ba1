"""fruitclassifier.gui.widgets.prob_bars on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.widgets.prob_bars import ProbBars

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    bars = ProbBars()
    bars.set_top([("Apple_Golden_1", 0.81), ("Banana", 0.12), ("Lemon", 0.04)])
    bars.resize(360, 90)
    bars.show()
    sys.exit(app.exec())
