"""The progress row of a page's background job: what it is doing, a bar, and Cancel.

One widget so the Classify and Compare pages show and hide it the same way; the
page connects ``cancel_requested`` to its own cancel logic.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressRow(QWidget):
    """Label + bar + Cancel, hidden until a job starts."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def start(self, message: str) -> None:
        """Show the row with a busy bar until the first progress report."""
        self.bar.setRange(0, 0)
        self.label.setText(message)
        self.show()

    def set_progress(self, done: int, total: int, message: str) -> None:
        """``total`` 0 (or less) means "unknown": the bar stays busy."""
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        self.label.setText(message)

    def set_message(self, message: str) -> None:
        self.label.setText(message)
