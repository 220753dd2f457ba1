"""The layout Train and Tune share: the settings in a scrolling column on the left, the live view on the right.

One place, so both pages keep the same proportions and scroll the same way when the window is small.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget


def setup_split(page: QWidget, setup: Sequence[QWidget], live: QWidget, setup_width: int) -> QSplitter:
    """Lay ``page`` out as ``setup`` (stacked, scrolling, at least ``setup_width`` px) beside ``live`` (2:3)."""
    column_widget = QWidget()
    column = QVBoxLayout(column_widget)
    for widget in setup:
        column.addWidget(widget)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(column_widget)
    scroll.setWidgetResizable(True)
    needed = column_widget.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(max(setup_width, needed + 2 * scroll.frameWidth()))  # no sideways scrolling
    splitter = QSplitter(Qt.Horizontal)
    splitter.addWidget(scroll)
    splitter.addWidget(live)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
