"""Ask before the window closes while a page's long work runs here (a training, a study's trials).

A page switches the guard on when its work starts and off when it ends; while on, the guard filters the
window's Close: "No" keeps the window and the work, "Yes" calls the page's stop, and the window's own
closeEvent then waits for the background tasks (main_window.py). Work in other processes is not asked about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class CloseGuard(QObject):
    def __init__(self, page: QWidget, question: str, busy: Callable[[], bool], stop: Callable[[], None]) -> None:
        super().__init__(page)
        self._page, self._question, self._busy, self._stop = page, question, busy, stop
        self._window: QObject | None = None

    def watch(self, on: bool) -> None:
        """Filter the page's window's Close (on) or stop filtering it (off)."""
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        if on:
            self._window = self._page.window()
            self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Close and self._busy():
            answer = QMessageBox.question(self._page, self.tr("Quit FruitClassifier"), self._question,
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                event.ignore()
                return True
            self._stop()
        return super().eventFilter(watched, event)
