"""Answers for frames: a video file's sampled frames (``predict clip.mp4``) and one live frame at a time.

Frames come through the one seam in core/data/frames.py; each answer carries the time of its frame.
Frames of a file are answered in small batches (one network call for several frames), a live frame alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
import os
from typing import Any

import numpy as np

from fruitclassifier.core.data import images
from fruitclassifier.core.data.frames import Frame, open_video, sampled
from fruitclassifier.core.inference.classifier import Classifier, Prediction

#: Frames a second ``predict`` answers in a video when --fps is not given: enough to follow what is shown.
DEFAULT_VIDEO_FPS = 5.0


@dataclass(frozen=True)
class FrameAnswer:
    """One frame's answer and where it sits in the video."""

    prediction: Prediction
    time_s: float
    index: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.prediction.to_dict(), "time_s": round(self.time_s, 3), "frame": self.index}


def frame_array(frame: Frame, size: int) -> np.ndarray:
    """The frame as the network's input: centre square, size×size, uint8 (as a photo would be)."""
    return images.to_square_array(frame.image(), size)


def frame_probabilities(classifier: Classifier, frame: Frame) -> np.ndarray:
    """Probabilities for one live frame (the live view smooths these before it shows an answer)."""
    return classifier.predict_arrays(frame_array(frame, classifier.image_size)[None])[0]


def answer_video(classifier: Classifier, path: str | os.PathLike, fps: float | None = DEFAULT_VIDEO_FPS,
                 top_k: int = 3, on_result: Callable[[FrameAnswer], None] | None = None,
                 should_stop: Callable[[], bool] | None = None, batch_size: int = 8) -> list[FrameAnswer]:
    """Answer a video's frames sampled at ``fps`` (every frame when None), in time order.

    Raises frames.SourceError when the file cannot be played, before or during decoding.
    """
    source = open_video(path)
    answers: list[FrameAnswer] = []
    try:
        for chunk in _chunks(sampled(source.frames(), fps), batch_size, should_stop):
            batch = np.stack([frame_array(f, classifier.image_size) for f in chunk])
            for frame, probs in zip(chunk, classifier.predict_arrays(batch)):
                answer = FrameAnswer(classifier.answer(str(path), probs, top_k), frame.time_s, frame.index)
                answers.append(answer)
                if on_result:
                    on_result(answer)
    finally:
        source.close()
    return answers


def _chunks(frames: Iterator[Frame], size: int, should_stop: Callable[[], bool] | None) -> Iterator[list[Frame]]:
    chunk: list[Frame] = []
    for frame in frames:
        if should_stop and should_stop():
            return
        chunk.append(frame)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
