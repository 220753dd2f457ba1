"""fruitclassifier.gui.models.model_table on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.models.model_table import ModelTableModel

if __name__ == "__main__":
    from PySide6.QtWidgets import QTableView
    from fakes import fake_models

    app = QApplication(sys.argv)
    table = QTableView()
    model = ModelTableModel(table)
    for fake in (models := fake_models()):
        fake.size_bytes = 1_234_567
    model.set_models(models)
    table.setModel(model)
    table.resize(800, 240)
    table.show()
    sys.exit(app.exec())
