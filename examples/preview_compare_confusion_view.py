"""fruitclassifier.gui.compare.confusion_view on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor
import numpy as np

from fruitclassifier.gui.compare.confusion_view import ConfusionView

if __name__ == "__main__":
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    labels = ["Apple_Golden_1", "Banana_1", "Kiwi_1", "Lemon_1", "Mango_1"]
    rng = np.random.default_rng(0)
    fake = []
    for noise in (1, 6):
        m = np.diag(rng.integers(40, 80, len(labels))) + rng.integers(0, noise, (len(labels), len(labels)))
        fake.append(SimpleNamespace(labels=labels, confusion=m, accuracy=np.trace(m) / m.sum()))
    view = ConfusionView()
    view.set_results(["custom_cnn", "resnet50"], fake, [QColor("#0072B2"), QColor("#E69F00")])
    view.cell_clicked.connect(lambda i, t, p: print("model", i, "true", t, "pred", p))
    view.resize(900, 420)
    view.show()
    sys.exit(app.exec())
