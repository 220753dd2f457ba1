"""macOS hands photos to the app as QFileOpenEvents: dropped on the Dock icon, or "Open With".

The Info.plist of FruitClassifier.app declares image document types (packaging/spec_helpers.py),
so the Finder offers the app for photos; Qt turns each Apple Event into a QFileOpenEvent sent to
the QApplication. An event filter on the application collects them and hands the paths, batched,
to the Classify page, as if they had been dropped on its window. Only macOS sends these events,
so elsewhere nothing is installed (an application-wide filter sees every event).
"""

from __future__ import annotations

from collections.abc import Callable
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenForwarder(QObject):
    """Collects QFileOpenEvent paths and passes each burst to ``deliver`` once the event loop is idle."""

    def __init__(self, deliver: Callable[[list[str]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._pending: list[str] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)  # several files dropped at once arrive as several events
        self._flush_timer.timeout.connect(self._flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file() or event.url().toLocalFile()
        if path:
            self._pending.append(path)
            self._flush_timer.start()
        return True

    def _flush(self) -> None:
        paths, self._pending = self._pending, []
        if paths:
            self._deliver(paths)


def install(app: QApplication, window, force: bool = False) -> FileOpenForwarder | None:
    """Route opened files to ``window``'s Classify page; a no-op off macOS unless ``force`` (tests)."""
    if sys.platform != "darwin" and not force:
        return None

    def classify(paths: list[str]) -> None:
        window.show_page("classify")
        window.raise_()
        window.activateWindow()
        window.page("classify").add_paths(paths)

    forwarder = FileOpenForwarder(classify, parent=window)  # removed from the app with the window
    app.installEventFilter(forwarder)
    return forwarder


def open_event(path: str) -> QFileOpenEvent:
    """The event macOS would send for ``path`` (tests and previews)."""
    return QFileOpenEvent(path)
