"""fruitclassifier.gui.tune.page on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.tune.page import TunePage

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    settings.configure_settings()
    page = TunePage(TaskManager())
    if len(sys.argv) > 1:
        page.data_panel.set_folder(sys.argv[1])
    page.resize(1300, 800)
    page.show()
    sys.exit(app.exec())
