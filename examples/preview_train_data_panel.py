"""fruitclassifier.gui.train.data_panel on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.train.data_panel import DataPanel

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    settings.configure_settings()
    panel = DataPanel(TaskManager())
    if len(sys.argv) > 1:
        panel.set_folder(sys.argv[1])
    panel.resize(460, 500)
    panel.show()
    sys.exit(app.exec())
