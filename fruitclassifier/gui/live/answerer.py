"""The live view's answering worker: the latest frame in, the latest answer out, nothing queued either way.

One long task on the view's TaskManager (house rule 3) waits on a ``LatestFrame`` slot, answers the newest
frame with the model's LiteRT copy (about 1-3 ms for the default model, plus the resize), and leaves its
answer in a second slot; ``answered`` is emitted only when the GUI had taken the previous answer. So a slow
CPU means fewer answers a second, never a growing backlog or answers about frames long gone (house rule 13).
"""

from __future__ import annotations

from dataclasses import dataclass
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal
import numpy as np

from fruitclassifier.core.data.frames import Frame, LatestFrame
from fruitclassifier.core.inference.video import frame_probabilities
from fruitclassifier.gui.base.tasks import Reporter, TaskManager


@dataclass(frozen=True)
class LiveAnswer:
    """Probabilities for one frame, the classifier that gave them and when (perf_counter seconds)."""

    probs: np.ndarray
    classifier: Any
    frame: Frame
    answered_at: float


class LiveAnswerer(QObject):
    """Answers frames off the GUI thread as fast as the CPU allows, always the newest one first."""

    answered = Signal()  # an answer waits in ``answers``: take it
    failed = Signal(object)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._frames = LatestFrame()
        self.answers = LatestFrame()
        self._classifier: Any = None
        self._lock = threading.Lock()
        self._task: Any = None
        self.count = 0

    @property
    def dropped(self) -> int:
        """Frames replaced before the worker got to them (how far the CPU is behind the camera)."""
        return self._frames.dropped

    def set_classifier(self, classifier: Any) -> None:
        with self._lock:
            self._classifier = classifier

    def offer(self, frame: Frame) -> None:
        """Give the worker a frame; one it has not started on yet is replaced."""
        if self._task is None:
            self._task = self._tasks.submit("live answers", self._run)
            self._task.failed.connect(self.failed)
        self._frames.put(frame)

    def stop(self) -> None:
        self._frames.close()
        if self._task is not None:
            self._task.cancel()

    def _run(self, report: Reporter) -> None:
        while not report.should_stop() and not self._frames.closed:
            frame = self._frames.take(0.2)
            with self._lock:
                classifier = self._classifier
            if frame is None or classifier is None:
                continue
            probs = frame_probabilities(classifier, frame)
            self.count += 1
            if self.answers.put(LiveAnswer(probs, classifier, frame, time.perf_counter())):
                self.answered.emit()
