"""fruitclassifier.gui.tune.trials_table on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.core.tuning.summary import TrialRecord
from fruitclassifier.gui.tune.trials_table import TrialsTable

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    table = TrialsTable()
    table.set_trials([TrialRecord(0, "complete", 0.91, {"learning_rate": 1e-3, "dropout": 0.2}, host="a", pid=101),
                      TrialRecord(1, "pruned", None, {"learning_rate": 3e-2, "dropout": 0.5, "l2": 1e-3}, host="b"),
                      TrialRecord(2, "failed", None, {}, reason="its worker stopped answering", host="b"),
                      TrialRecord(3, "running", None, {"learning_rate": 2e-3, "dropout": 0.1}, host="a")], 0)
    table.resize(900, 240)
    table.show()
    sys.exit(app.exec())
