"""fruitclassifier.gui.models.model_details on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.models.model_details import ModelDetails

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication
    from fakes import fake_history, fake_models

    app = QApplication(sys.argv)
    fake = fake_models()[0]
    fake.size_bytes, fake.history = 2_345_678, fake_history()
    fake.metadata = {"params": 1_234_567, "metrics": {"test_accuracy": 0.973}, "config": {"epochs": 12}}
    details = ModelDetails()
    details.show_model(fake)
    details.resize(520, 640)
    details.show()
    sys.exit(app.exec())
