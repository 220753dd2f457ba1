"""fruitclassifier.gui.about on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.about import AboutDialog

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    AboutDialog({"tf_version": "2.21.0", "keras_version": "3.15.1", "device": "CPU"}).exec()
