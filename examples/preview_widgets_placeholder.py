"""fruitclassifier.gui.widgets.placeholder on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.widgets.placeholder import PlaceholderPage

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    page = PlaceholderPage("Compare models side by side", "Tick two or more models and press Compare.")
    page.resize(800, 500)
    page.show()
    sys.exit(app.exec())
