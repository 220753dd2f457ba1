"""fruitclassifier.gui.compare.model_answers on its own with fake data (house rule 8)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage

from fruitclassifier.gui.compare.model_answers import ModelAnswers

if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    view = ModelAnswers()
    view.start("/tmp/apple.jpg", ["custom_cnn", "resnet50"], [QColor("#0072B2"), QColor("#E69F00")])
    picture = QImage(160, 160, QImage.Format_RGB32)
    picture.fill(QColor("orange"))
    view.set_answer(0, [("Apple_Golden_1", 0.91), ("Lemon_1", 0.05), ("Mango_1", 0.02)], picture)
    view.set_answer(1, [("Lemon_1", 0.55), ("Apple_Golden_1", 0.30), ("Mango_1", 0.1)], picture)
    view.resize(800, 460)
    view.show()
    sys.exit(app.exec())
