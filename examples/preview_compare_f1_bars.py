"""fruitclassifier.gui.compare.f1_bars on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.compare.curves_overlay import model_colour
from fruitclassifier.gui.compare.f1_bars import F1Bars

if __name__ == "__main__":
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication
    import numpy as np

    app = QApplication(sys.argv)
    classes = ["Apple_Golden_1", "Banana_1", "Kiwi_1", "Lemon_1", "Mango_1", "Orange_1"]
    rng = np.random.default_rng(1)

    def fake(spread: float) -> SimpleNamespace:
        per = {c: {"f1": float(np.clip(1 - rng.uniform(0, spread), 0, 1)), "support": 10} for c in classes}
        return SimpleNamespace(per_class=lambda per=per: per)

    bars = F1Bars()
    bars.set_results(["custom_cnn", "resnet50"], [fake(0.1), fake(0.5)], [model_colour(0), model_colour(1)])
    bars.resize(760, 420)
    bars.show()
    sys.exit(app.exec())
