"""fruitclassifier.gui.compare.curves_overlay on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fakes import fake_histories

from fruitclassifier.gui.compare.curves_overlay import CurvesOverlay

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    view = CurvesOverlay()
    view.set_histories(["custom_cnn", "resnet50"], fake_histories())
    view.resize(820, 300)
    view.show()
    sys.exit(app.exec())
