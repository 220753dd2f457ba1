"""fruitclassifier.gui.widgets.drop_zone on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.gui.widgets.drop_zone import DropZone

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication, QListWidget

    app = QApplication(sys.argv)
    listing = QListWidget()
    zone = DropZone(listing)
    zone.set_empty(True)

    def _on_paths(paths: list) -> None:
        listing.addItems(paths)
        zone.set_empty(False)

    zone.paths_dropped.connect(_on_paths)
    zone.resize(600, 400)
    zone.show()
    sys.exit(app.exec())
