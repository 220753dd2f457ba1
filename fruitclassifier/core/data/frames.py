"""Frame sources: one seam through which a camera, a video file or a synthetic generator feeds answers.

A source yields ``Frame``s (RGB pixels plus the time they belong to); whoever answers them takes the
latest one from a ``LatestFrame`` slot, so frames never queue (house rule 13): a slow reader sees fewer
frames, never older ones. The window's camera (Qt Multimedia) turns its frames into the same ``Frame``;
video files are decoded here with PyAV, which needs no Qt, so ``predict`` reads them too.

Why PyAV for files (measured on the 2-core development VM, Linux x86_64, Python 3.11): wheel 36 MB
(opencv-python-headless 64 MB, imageio-ffmpeg 68 MB), installed 103 MB (173, 165), import 50-75 ms
(cv2 108-1580 ms; imageio-ffmpeg 45 ms but every video is a separate ffmpeg process), wheels for
Linux x86_64/aarch64, macOS x86_64/arm64 and Windows; it decodes in-process with each frame's own time
stamp and also encodes, so tests make their clips without an ffmpeg binary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
import os
from pathlib import Path
import threading
from typing import Any, Protocol

import numpy as np

from fruitclassifier.errors import UserError, first_line
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: File name endings read as videos (predict, the live view's "Video file…").
VIDEO_EXTENSIONS = frozenset({".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv", ".ogv"})


class SourceError(UserError):
    """A frame source cannot deliver: ``kind`` says which way (the window words it, the CLI prints it).

    Kinds: "missing" (no such file), "unsupported" (not a video, or a codec this build cannot decode),
    "no_camera", "busy", "denied", "unplugged".
    """

    def __init__(self, kind: str, message: str, next_step: str = "") -> None:
        super().__init__(message, next_step)
        self.kind = kind


@dataclass(frozen=True)
class Frame:
    """One picture from a source: RGB uint8 pixels (H, W, 3), its time in seconds and its number."""

    pixels: np.ndarray
    time_s: float
    index: int

    def image(self) -> Any:
        """The frame as a PIL image (what the classifier and the teaching set take)."""
        from PIL import Image

        return Image.fromarray(self.pixels, "RGB")


class FrameSource(Protocol):
    """What the live view, the self-test and ``predict`` read frames from."""

    name: str
    fps: float  # the nominal rate: a player paces frames by their time_s, this is for display

    def frames(self) -> Iterator[Frame]: ...

    def close(self) -> None: ...


def is_video(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in VIDEO_EXTENSIONS


class SyntheticSource:
    """Frames made by ``make(index) -> pixels`` at ``fps``: the tests' camera, with no device or file.

    ``fail_at`` raises SourceError("unplugged") when that frame is due, as a camera pulled out mid-stream.
    """

    def __init__(self, make: Callable[[int], np.ndarray], count: int, fps: float = 30.0,
                 name: str = "Synthetic camera", fail_at: int | None = None) -> None:
        self.make, self.count, self.fps, self.name, self.fail_at = make, count, float(fps), name, fail_at

    @classmethod
    def from_images(cls, pictures: Iterable[np.ndarray], fps: float = 30.0, **kwargs: Any) -> SyntheticSource:
        frames = [np.ascontiguousarray(p, dtype=np.uint8) for p in pictures]
        return cls(lambda i: frames[i], len(frames), fps, **kwargs)

    def frames(self) -> Iterator[Frame]:
        for index in range(self.count):
            if index == self.fail_at:
                raise SourceError("unplugged", Text(QT_TRANSLATE_NOOP("core", "{name} stopped sending pictures."),
                                                    name=self.name),
                                  QT_TRANSLATE_NOOP("core", "Check that it is plugged in, then pick it again."))
            yield Frame(self.make(index), index / self.fps, index)

    def close(self) -> None:
        pass


class VideoFileSource:
    """A video file decoded with PyAV, frame by frame with each frame's own time (from its time stamp)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._container = _open_container(self.path)
        stream = self._container.streams.video[0]
        rate = stream.average_rate or stream.base_rate or 30
        self.fps = float(rate)
        duration = stream.duration * stream.time_base if stream.duration and stream.time_base else None
        self.duration_s = float(duration) if duration else (
            self._container.duration / 1_000_000 if self._container.duration else None)

    def frames(self) -> Iterator[Frame]:
        import av

        stream = self._container.streams.video[0]
        stream.thread_type = "AUTO"  # frame threads: decoding keeps up on two cores
        start: float | None = None
        try:
            for index, frame in enumerate(self._container.decode(stream)):
                time_s = float(frame.time) if frame.time is not None else index / self.fps
                start = time_s if start is None else start
                yield Frame(frame.to_ndarray(format="rgb24"), time_s - start, index)
        except av.FFmpegError as exc:
            raise _unsupported(self.path, exc) from None

    def close(self) -> None:
        self._container.close()


def open_video(path: str | os.PathLike) -> VideoFileSource:
    """A VideoFileSource, or SourceError saying plainly why this file cannot be played."""
    return VideoFileSource(path)


def _open_container(path: Path) -> Any:
    import av

    if not path.is_file():
        raise SourceError("missing", Text(QT_TRANSLATE_NOOP("core", "{path} does not exist."), path=str(path)),
                          QT_TRANSLATE_NOOP("core", "Check the path, then open it again."))
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.FFmpegError as exc:
        raise _unsupported(path, exc) from None
    if not container.streams.video:
        container.close()
        raise SourceError("unsupported", Text(QT_TRANSLATE_NOOP("core", "{name} has no video in it."), name=path.name),
                          QT_TRANSLATE_NOOP("core", "Open a video file (.mp4, .mov, …)."))
    codec = container.streams.video[0].codec_context
    if codec is None or not codec.name:
        container.close()
        raise SourceError("unsupported", Text(QT_TRANSLATE_NOOP("core", "{name} uses a video codec this app cannot "
                                                                        "decode."), name=path.name),
                          QT_TRANSLATE_NOOP("core", "Convert it to H.264 MP4, then open it again."))
    return container


def _unsupported(path: Path, exc: Exception) -> SourceError:
    reason = first_line(getattr(exc, "strerror", None) or exc, 120) or type(exc).__name__
    return SourceError("unsupported", Text(QT_TRANSLATE_NOOP("core", "{name} cannot be played ({reason})."),
                                           name=path.name, reason=reason),
                       QT_TRANSLATE_NOOP("core", "Open a video file this app can decode, e.g. H.264 MP4."))


def sampled(frames: Iterable[Frame], fps: float | None) -> Iterator[Frame]:
    """Every frame when ``fps`` is None, else the first frame at or after each 1/fps step of time."""
    if fps is not None and fps <= 0:
        raise UserError(f"--fps must be more than 0 (got {fps:g}).")
    next_time = 0.0
    for frame in frames:
        if fps is None or frame.time_s + 1e-6 >= next_time:
            yield frame
            if fps is not None:  # the next step after this frame (steps no frame reached are skipped)
                next_time = (np.floor(frame.time_s * fps + 1e-6) + 1) / fps


class LatestFrame:
    """A one-frame slot between a source and its reader: a new frame replaces the unread one (house rule 13).

    ``dropped`` counts frames replaced before anyone took them: how far the reader is behind.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: Any = None
        self._closed = False
        self.dropped = 0

    def put(self, frame: Any) -> bool:
        """Offer a frame; True when the slot was empty (the reader had taken the last one)."""
        with self._cond:
            was_empty = self._frame is None
            self.dropped += 0 if was_empty else 1
            self._frame = frame
            self._cond.notify()
            return was_empty

    def take(self, timeout: float | None = None) -> Any:
        """The newest frame, waiting up to ``timeout`` s for one; None when there is none or the slot closed."""
        with self._cond:
            if self._frame is None and not self._closed:
                self._cond.wait(timeout)
            frame, self._frame = self._frame, None
            return frame

    def close(self) -> None:
        """Wake a waiting reader for good (the view closed)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed


def write_video(path: str | os.PathLike, pictures: Iterable[np.ndarray], fps: float = 30.0,
                codec: str = "libx264") -> Path:
    """Encode RGB pictures (all one even size) as a video: the tests' and benchmarks' clips, made without ffmpeg."""
    from fractions import Fraction

    import av

    path = Path(path)
    with av.open(str(path), "w") as container:
        stream = None
        for pixels in pictures:
            if stream is None:
                stream = container.add_stream(codec, rate=Fraction(fps).limit_denominator(1001))
                stream.height, stream.width = pixels.shape[:2]
                stream.pix_fmt = "yuv420p"
            container.mux(stream.encode(av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")))
        if stream is not None:
            container.mux(stream.encode())
    return path
