"""Hold to record: frames saved as photos into a class of the model's teaching set while a button is held.

At most ``RATE`` samples a second (frames a few milliseconds apart teach nothing new), each written as a
PNG (TeachingSet.add_image) by a worker of the view's TaskManager, so the preview never waits on the disk.
The teaching set is the folder the Classify page's Teach reads (core/teach/teaching_set.py): teaching
afterwards is as today.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from fruitclassifier.core.data.frames import Frame
from fruitclassifier.core.teach.teaching_set import TeachingSet
from fruitclassifier.gui.base.tasks import TaskManager

#: Samples saved a second while recording: 10 samples take two seconds of showing the fruit around.
RATE = 5.0


class SampleRecorder(QObject):
    """Saves every 1/RATE s of frames into one class while ``recording``; counts what reached the disk."""

    saved = Signal(int)  # samples saved in this recording so far
    finished = Signal(str, int)  # class, samples saved: the button was let go and every write is done
    failed = Signal(object)

    def __init__(self, tasks: TaskManager, rate: float = RATE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.rate = rate
        self._lock = threading.Lock()  # one writer of sources.json at a time
        self._set: TeachingSet | None = None
        self.class_name = ""
        self.count = 0
        self._last = 0.0
        self.recording = False
        self._pending = 0
        self._announce = False

    def start(self, teaching_set: TeachingSet, class_name: str) -> None:
        self._set, self.class_name, self.count, self._last = teaching_set, class_name, 0, 0.0
        self.recording = self._announce = True

    def stop(self) -> None:
        """Stop saving; ``finished`` follows once the samples already on their way are written."""
        self.recording = False
        self._maybe_finished()

    def _maybe_finished(self) -> None:
        if self._announce and not self.recording and self._pending == 0:
            self._announce = False
            self.finished.emit(self.class_name, self.count)

    def offer(self, frame: Frame) -> None:
        """A shown frame: saved when recording and the last sample is at least 1/rate s old."""
        now = time.perf_counter()
        if not self.recording or self._set is None or now - self._last < 1.0 / self.rate:
            return
        self._last = now
        teaching_set, class_name = self._set, self.class_name
        name = f"camera-{datetime.now():%Y%m%d-%H%M%S-%f}"
        task = self._tasks.submit("save sample", lambda _report: self._save(teaching_set, class_name, frame, name))
        self._pending += 1
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self.failed)
        task.ended.connect(self._on_task_ended)

    def _save(self, teaching_set: TeachingSet, class_name: str, frame: Frame, name: str) -> Path:
        with self._lock:
            return teaching_set.add_image(frame.image(), name, class_name)

    def _on_task_finished(self, _path: Any) -> None:
        self.count += 1
        self.saved.emit(self.count)

    def _on_task_ended(self) -> None:
        self._pending -= 1
        self._maybe_finished()
