"""fruitclassifier.gui.compare.page on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.compare.page import ComparePage

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication
    from fakes import fake_comparison

    app = QApplication(sys.argv)
    page = ComparePage(TaskManager())
    page.show_comparison(fake_comparison())
    page.resize(1200, 800)
    page.show()
    sys.exit(app.exec())
