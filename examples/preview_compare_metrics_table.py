"""fruitclassifier.gui.compare.metrics_table on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fakes import fake_rows

from fruitclassifier.gui.compare.metrics_table import MetricsTable

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from fruitclassifier.gui.compare.curves_overlay import model_colour

    app = QApplication(sys.argv)
    table = MetricsTable()
    table.set_rows(fake_rows(), [model_colour(0), model_colour(1)])
    table.resize(620, 420)
    table.show()
    sys.exit(app.exec())
