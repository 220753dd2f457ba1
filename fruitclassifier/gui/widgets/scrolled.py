"""A frameless scroll area around one widget: content taller (or wider) than its room scrolls inside its
tab or pane instead of pushing the whole window past a 1024x700 screen."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    return area
