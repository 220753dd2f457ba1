"""fruitclassifier.gui.tune.trials_plot on its own with fake data (house rule 8)."""

from __future__ import annotations

import math
import sys

from PySide6.QtWidgets import QWidget

from fruitclassifier.core.tuning.summary import TrialRecord
from fruitclassifier.gui.tune.trials_plot import ImportanceBars, TrialsPlot

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication, QHBoxLayout

    app = QApplication(sys.argv)
    holder = QWidget()
    row = QHBoxLayout(holder)
    plot, bars = TrialsPlot(), ImportanceBars()
    records = [TrialRecord(i, "complete" if i % 4 else "pruned", 0.5 + 0.4 * math.sin(i) ** 2 if i % 4 else None)
               for i in range(12)]
    plot.set_trials(records)
    bars.set_importances({"learning_rate": 0.6, "dropout": 0.25, "l2": 0.15})
    row.addWidget(plot, 2)
    row.addWidget(bars, 1)
    holder.resize(900, 300)
    holder.show()
    sys.exit(app.exec())
