"""Feeds: where the live view's frames come from, all behind one small interface.

A feed keeps only its newest frame (a ``LatestFrame`` slot, house rule 13) and says ``frame_arrived`` when a
frame lands in an empty slot, so at most one such event is ever waiting in the event loop however fast the
source is. ``SourcePlayer`` plays any core ``FrameSource`` (a video file, the tests' synthetic camera) in real
time on a worker of the view's TaskManager (house rule 3); ``camera.CameraFeed`` wraps Qt Multimedia.
"""

from __future__ import annotations

from collections.abc import Callable
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from fruitclassifier.core.data.frames import Frame, FrameSource, LatestFrame
from fruitclassifier.gui.base.tasks import Reporter, TaskManager


class FrameFeed(QObject):
    """A source of frames for the live view; every signal arrives in the GUI thread."""

    frame_arrived = Signal()  # a frame waits in ``slot``: take it (no payload, so nothing piles up)
    failed = Signal(object)  # a frames.SourceError (or a bug's exception): the view words it
    ended = Signal()  # the source has no more frames (a video played to its end)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.slot = LatestFrame()

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        self.slot.close()

    def _deliver(self, frame: Frame) -> None:
        """From any thread: keep the newest frame; wake the view only if it had taken the previous one."""
        if self.slot.put(frame):
            self.frame_arrived.emit()


class SourcePlayer(FrameFeed):
    """Plays a core FrameSource as a camera would: each frame at its own time, late frames skipped."""

    def __init__(self, source: FrameSource | Callable[[], FrameSource], tasks: TaskManager, realtime: bool = True,
                 parent: QObject | None = None, name: str = "") -> None:
        """``source`` may be a function that opens it: a video file is then opened (PyAV imported, the file
        probed) on the worker, and what goes wrong arrives on ``failed`` like any other failure."""
        super().__init__(name or getattr(source, "name", "video"), parent)
        self.source = source
        self.realtime = realtime
        self._tasks = tasks
        self._task: Any = None
        self.played = 0
        self.skipped = 0

    def start(self) -> None:
        self._task = self._tasks.submit(f"live: {self.name}", self._play)
        self._task.failed.connect(self.failed)
        self._task.finished.connect(self._on_task_finished)

    def stop(self) -> None:
        super().stop()
        if self._task is not None:
            self._task.cancel()

    def _on_task_finished(self, _result: Any) -> None:
        if not self.slot.closed:
            self.ended.emit()

    def _play(self, report: Reporter) -> None:
        """Worker: hand over frames at their time; a frame whose time has passed is dropped (a camera would)."""
        source = self.source() if callable(self.source) else self.source
        started = time.perf_counter()
        try:
            for frame in source.frames():
                if report.should_stop() or self.slot.closed:
                    return
                wait = frame.time_s - (time.perf_counter() - started) if self.realtime else 0.0
                if wait < -0.05:  # decoding fell behind: skip rather than show stale frames
                    self.skipped += 1
                    continue
                if wait > 0:
                    time.sleep(wait)
                self.played += 1
                self._deliver(frame)
        finally:
            source.close()
