"""fruitclassifier.gui.teach.panel on its own with fake data (house rule 8)."""

from __future__ import annotations

from pathlib import Path
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.teach.panel import ICON, TeachPanel

if __name__ == "__main__":
    from dataclasses import dataclass

    @dataclass
    class _Entry:
        class_name: str
        path: Path
        source: str

    app = QApplication(sys.argv)
    panel = TeachPanel()
    image = QImage(ICON, ICON, QImage.Format_RGB888)
    image.fill(Qt.darkGreen)
    entries = [_Entry("Pear", Path(f"/tmp/pear{i}.jpg"), "") for i in range(4)] + [_Entry("Apple 10", Path("/a"), "")]
    panel.set_entries(entries, {e.path: image for e in entries})
    panel.show_message("Held-back photos: 40% → 80% right (5 photos).")
    panel.offer_going_back("Fruits-360 default")
    panel.resize(360, 560)
    panel.show()
    sys.exit(app.exec())
