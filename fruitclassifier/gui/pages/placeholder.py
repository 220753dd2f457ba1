"""A plain page with a title and what the page will do; stands in until the real page is plugged in."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

DESCRIPTIONS = {
    "Train": ("Train a network on your own photos",
              "Choose a folder of class folders, pick an architecture (custom CNN, VGG16 or ResNet50) and its "
              "settings, and watch loss and accuracy update live while it trains. Stop at any time; the best "
              "model so far is saved to your library."),
    "Compare": ("Compare models side by side",
                "Evaluate several saved models on the same test folder: accuracy, per-class scores, confusion "
                "matrices, speed and size, so you can pick the one to use."),
}


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headline, text = DESCRIPTIONS.get(title, (title, description))
        self.title = QLabel(headline)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description or text)
        self.description.setWordWrap(True)
        self.description.setFixedWidth(560)
        self.description.setMinimumHeight(self.description.heightForWidth(560))
        self.description.setForegroundRole(QPalette.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignHCenter)
        layout.addWidget(self.description, 0, Qt.AlignHCenter)
        layout.addStretch(2)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    page = PlaceholderPage("Train")
    page.resize(800, 500)
    page.show()
    sys.exit(app.exec())
