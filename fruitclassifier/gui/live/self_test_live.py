"""``gui --self-test --camera FILE``: play FILE through the live view as the camera and measure it.

Adds ``live_answers_per_s`` (answers after the first one, per second until the video ended), ``live_max_stall_ms``
(the longest the event loop was kept from running, gui/live/stall_meter.py) and ``live_last_answer`` (the
last smoothed answer: label and state) to the self-test's JSON line.
"""

from __future__ import annotations

from collections.abc import Callable
import time
from typing import Any

from PySide6.QtCore import QObject

from fruitclassifier.gui.live import attach
from fruitclassifier.gui.live.stall_meter import StallMeter


class LiveSelfTest(QObject):
    """Runs once; calls ``on_done(figures, failure or None)`` when the video ended or failed."""

    def __init__(self, window: Any, model: Any, video: str,
                 on_done: Callable[[dict, str | None], None]) -> None:
        super().__init__(window)
        self.window, self.model, self.video, self.on_done = window, model, video, on_done
        self.meter = StallMeter(self)
        self.answers = 0
        self.last: Any = None
        self._started = 0.0
        self._finished = False

    def start(self) -> None:
        from fruitclassifier.core.inference.classifier import Classifier
        from fruitclassifier.core.teach.teaching_set import TeachingSet

        self.view = attach.open_for(self.window, start=False)
        self.view.set_classifier(Classifier.load(self.model), TeachingSet.for_model(self.model))
        self.view.answered.connect(self._on_view_answered)
        self.view.ended.connect(lambda: self._finish(None))
        self.view.failed.connect(self._finish)
        self.view.open_video(self.video)

    def _on_view_answered(self, prediction: Any) -> None:
        """Counting and the stall meter start at the first answer: opening the window and the file is not
        the preview stuttering."""
        if self._started == 0.0:
            self._started = time.perf_counter()
            self.meter.start()
            return
        self.answers += 1
        self.last = prediction

    def _finish(self, failure: str | None) -> None:
        if self._finished:
            return
        self._finished = True
        self.meter.stop()
        seconds = max(1e-6, time.perf_counter() - self._started) if self._started else 1.0
        figures = {"live_answers_per_s": round(self.answers / seconds, 1),
                   "live_max_stall_ms": round(self.meter.max_stall_ms, 1),
                   "live_last_answer": None if self.last is None else
                   {"label": self.last.label, "state": self.last.state, "probability": round(self.last.probability, 3)}}
        if failure is None and self.answers == 0:
            failure = "the live view gave no answer"
        self.view.shutdown()
        self.on_done(figures, failure)
