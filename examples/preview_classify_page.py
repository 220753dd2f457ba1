"""fruitclassifier.gui.classify.page on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.classify.page import ClassifyPage


def _preview() -> int:
    """Run the page alone: fake results to look at, and real classification if a model is saved."""
    from fakes import fake_items

    app = QApplication(sys.argv)
    tasks = TaskManager()
    tf = TfLoader(tasks)
    page = ClassifyPage(tasks, tf)
    page.results.upsert(fake_items())
    page.resize(1000, 640)
    page.show()
    tf.start()
    code = app.exec()
    tasks.cancel_all_and_wait()
    return code


if __name__ == "__main__":
    sys.exit(_preview())
