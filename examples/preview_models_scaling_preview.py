"""fruitclassifier.gui.models.scaling_preview on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from fruitclassifier.core.conversion import scaling
from fruitclassifier.gui.models.scaling_preview import ScalingPreview

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    widget = ScalingPreview(lambda: None, None)
    widget.show_answers({c: [("Lemon_1", "Lemon", 0.9), ("Kiwi_1", "Kiwi", 0.6)] for c in scaling.CHOICES})
    widget.show()
    app.exec()
