"""fruitclassifier.gui.widgets.image_view on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

from fruitclassifier.gui.widgets.image_view import ImageView

if __name__ == "__main__":
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    view = ImageView()
    picture = QImage(200, 120, QImage.Format_RGB32)
    picture.fill(QColor("orange"))
    view.set_image(picture)
    view.show()
    sys.exit(app.exec())
