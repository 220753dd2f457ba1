"""fruitclassifier.gui.models.page on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.models.page import ModelsPage


def _preview() -> int:
    """Run the page alone against the real store (empty in a fresh FRUITCLASSIFIER_HOME)."""
    app = QApplication(sys.argv)
    tasks = TaskManager()
    tf = TfLoader(tasks)
    page = ModelsPage(tasks, tf)
    page.open_in_classify.connect(lambda info: print("open in classify:", info.name))
    page.resize(1000, 600)
    page.show()
    tf.start()
    code = app.exec()
    tasks.cancel_all_and_wait()
    return code


if __name__ == "__main__":
    sys.exit(_preview())
