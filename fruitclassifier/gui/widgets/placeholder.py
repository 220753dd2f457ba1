"""An empty state: a headline and what to do next, centred (the Compare page shows it before its first result)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, headline: str, description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(headline)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setFixedWidth(560)
        self.description.setMinimumHeight(self.description.heightForWidth(560))
        self.description.setForegroundRole(QPalette.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignHCenter)
        layout.addWidget(self.description, 0, Qt.AlignHCenter)
        layout.addStretch(2)
