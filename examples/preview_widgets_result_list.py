"""fruitclassifier.gui.widgets.result_list on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication
from fakes import fake_items

from fruitclassifier.gui.widgets.result_list import ResultDelegate, ResultListModel

if __name__ == "__main__":
    from PySide6.QtWidgets import QListView

    app = QApplication(sys.argv)
    view = QListView()
    model = ResultListModel(view)
    model.upsert(fake_items())
    view.setModel(model)
    view.setItemDelegate(ResultDelegate(view))
    view.setUniformItemSizes(True)
    view.resize(520, 420)
    view.show()
    sys.exit(app.exec())
