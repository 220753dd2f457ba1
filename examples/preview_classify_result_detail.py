"""fruitclassifier.gui.classify.result_detail on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.classify.result_detail import ResultDetail

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication
    from fakes import fake_items

    app = QApplication(sys.argv)
    detail = ResultDetail()
    detail.show_item(fake_items()[1])
    detail.set_message("(a picture would be here)")
    detail.resize(360, 520)
    detail.show()
    sys.exit(app.exec())
