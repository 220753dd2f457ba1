"""fruitclassifier.gui.tune.space_form on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.tune.space_form import SpaceForm

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    space = SpaceForm()
    space.changed.connect(lambda: print(space.show_problems() or space.config()))
    space.show()
    sys.exit(app.exec())
