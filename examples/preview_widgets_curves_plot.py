"""fruitclassifier.gui.widgets.curves_plot on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fakes import fake_history

from fruitclassifier.gui.widgets.curves_plot import CurvesPlot

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    plot = CurvesPlot()
    plot.set_history(fake_history())
    plot.resize(720, 260)
    plot.show()
    sys.exit(app.exec())
