"""Terminal progress for the CLI (tqdm on stderr), silent under --json."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm

from fruitclassifier.core import event_lines
from fruitclassifier.core.events import BatchEnded, EpochEnded, Event, LogLine, RunFinished, RunStarted


def drawable() -> bool:
    """A bar redraws itself with carriage returns: only a terminal shows that; a pipe or log file would
    collect every frame (and a caller reading stderr expects one line per message)."""
    stream = sys.stderr
    return bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())


class bar:
    """A context-managed tqdm bar that can also be told absolute progress."""

    def __init__(self, total: int | None, desc: str, enabled: bool = True):
        self._bar = tqdm(total=total, desc=desc, unit="img", file=sys.stderr, disable=not (enabled and drawable()),
                         dynamic_ncols=True, leave=False)

    def __enter__(self) -> bar:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._bar.close()

    def update(self, n: int = 1) -> None:
        self._bar.update(n)

    def set_progress(self, done: int, total: int, label: str = "") -> None:
        if self._bar.total != total:
            self._bar.reset(total=total)
        if label:
            self._bar.set_description(label, refresh=False)
        self._bar.update(done - self._bar.n)  # update() honours tqdm's refresh throttle


class TrainProgress:
    """Turns training events into a per-epoch progress bar and one summary line per epoch; with
    ``event_lines``, also every event as a line for a program that draws the run (core/event_lines.py)."""

    def __init__(self, enabled: bool = True, event_lines: bool = False):
        self._enabled, self._event_lines = enabled, event_lines
        self._bar: tqdm | None = None
        self._epochs = 0

    def __enter__(self) -> TrainProgress:
        return self

    def __exit__(self, *exc: Any) -> None:
        self._close_bar()

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def on_event(self, event: Event) -> None:
        if self._event_lines:
            print(event_lines.to_line(event), file=sys.stderr, flush=True)
        if not self._enabled:
            return
        if isinstance(event, RunStarted):
            self._epochs = event.epochs
            self._write(f"Training {event.arch} on {event.train_images} images "
                        f"({event.val_images} for validation) · {event.device}")
        elif isinstance(event, BatchEnded) and drawable():
            self._on_batch(event)
        elif isinstance(event, EpochEnded):
            self._on_epoch(event)
        elif isinstance(event, LogLine):
            self._write(event.message)
        elif isinstance(event, RunFinished):
            self._close_bar()  # an experiment trains several runs under one TrainProgress
            self._write(f"{'Stopped' if event.stopped else 'Done'}: saved as {event.model!r}")

    def _on_batch(self, event: BatchEnded) -> None:
        if self._bar is None or event.batch == 0:
            if self._bar is not None:
                self._bar.close()
            self._bar = tqdm(total=event.steps, desc=f"Epoch {event.epoch + 1}/{self._epochs}",
                             unit="batch", file=sys.stderr, leave=False, dynamic_ncols=True)
        self._bar.update(1)
        self._bar.set_postfix(loss=f"{event.loss:.3f}", acc=f"{event.accuracy:.3f}",
                              img_s=f"{event.images_per_s:.0f}", refresh=False)

    def _on_epoch(self, event: EpochEnded) -> None:
        parts = [f"epoch {event.epoch + 1}/{event.epochs}"]
        parts += [f"{key} {value:.4f}" for key, value in event.scores().items()]
        parts.append(f"{event.seconds:.1f}s")
        self._write(" · ".join(parts))

    def _write(self, text: str) -> None:
        tqdm.write(text, file=sys.stderr)
