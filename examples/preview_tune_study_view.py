"""fruitclassifier.gui.tune.study_view on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.tune.jobs import StudySnapshot
from fruitclassifier.gui.tune.study_view import StudyView

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from fruitclassifier.core.tuning.summary import TrialRecord, TuneSummary

    app = QApplication(sys.argv)
    view = StudyView()
    done = tuple(TrialRecord(i, "complete", 0.6 + 0.05 * (i % 5),
                             {"learning_rate": 1e-3 * (i + 1), "dropout": 0.1 * i}, host="laptop") for i in range(6))
    trials = done + (TrialRecord(6, "running", None, {}, host="desk"),)
    summary = TuneSummary("demo", "/tmp/s.journal", trials, 4, 0.8, {"learning_rate": 5e-3}, "demo trial 4",
                          {"learning_rate": 0.7, "dropout": 0.3})
    view.show_snapshot(StudySnapshot("/tmp/s.journal", "demo", summary, {6: [0.5, 0.62]}))
    view.resize(900, 760)
    view.show()
    sys.exit(app.exec())
