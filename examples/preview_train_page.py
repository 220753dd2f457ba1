"""fruitclassifier.gui.train.page on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.train.page import TrainPage

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    settings.configure_settings()
    page = TrainPage(TaskManager())
    if len(sys.argv) > 1:
        page.data_panel.set_folder(sys.argv[1])
    page.resize(1100, 720)
    page.show()
    sys.exit(app.exec())
