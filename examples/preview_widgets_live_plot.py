"""fruitclassifier.gui.widgets.live_plot on its own with fake data (house rule 8)."""

from __future__ import annotations

import math
import sys

import numpy as np

from fruitclassifier.core.events import History
from fruitclassifier.gui.widgets.live_plot import LivePlot

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from fruitclassifier.core.events import EpochEnded

    app = QApplication(sys.argv)
    plot = LivePlot()
    rng = np.random.default_rng(0)
    preview = History()
    for e in range(6):
        for b in range(40):
            plot.add_batch(e, b, 40, {"loss": 2 * math.exp(-(e + b / 40) / 2) + rng.normal(0, 0.1),
                                      "accuracy": 1 - math.exp(-(e + b / 40) / 1.5)})
        preview.add(EpochEnded(e, 6, 1.0, {"loss": 2 * math.exp(-(e + 1) / 2), "accuracy": 1 - math.exp(-(e + 1) / 1.5),
                                           "val_loss": 2.1 * math.exp(-(e + 1) / 2.4),
                                           "val_accuracy": 0.95 - math.exp(-(e + 1))}))
        plot.show_epochs(preview)
    plot.resize(900, 320)
    plot.show()
    sys.exit(app.exec())
