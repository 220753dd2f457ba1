"""How long the event loop was kept from running: the live view's "the preview never stutters" figure.

A 10 ms timer notes when it actually fires; the longest gap beyond its interval is the longest stall
(a stall is time the window could not repaint or react). Used by the self-test and the tests.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Qt

INTERVAL_MS = 10


class StallMeter(QObject):
    """Longest and count of event-loop stalls while running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last: float | None = None
        self.max_stall_ms = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.max_stall_ms = 0.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.max_stall_ms = max(self.max_stall_ms, (now - self._last) * 1000 - INTERVAL_MS)
        self._last = now
