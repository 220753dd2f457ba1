"""Training events to the window in bundles: a few signals a second however fast the batches come.

Shared by every page that trains something (Train, Tune's trials, Teach), which all hand a worker's
events to ``Task.partial``.
"""

from __future__ import annotations

from collections.abc import Callable
import time

from fruitclassifier.core.events import BatchEnded, Event

#: Batch events are sent to the GUI in bundles at most this often (seconds): tiny models run hundreds
#: of batches a second, and one queued signal per batch would flood the event loop.
EVENT_BUNDLE_S = 0.05


class EventBundler:
    """Passes training events on as lists, batch events bundled, so the GUI gets a few signals a second."""

    def __init__(self, send: Callable[[list[Event]], None], every_s: float = EVENT_BUNDLE_S) -> None:
        self._send, self._every = send, every_s
        self._pending: list[Event] = []
        self._last = 0.0

    def __call__(self, event: Event) -> None:
        self._pending.append(event)
        now = time.monotonic()
        if not isinstance(event, BatchEnded) or now - self._last >= self._every:
            self.flush()
            self._last = now

    def flush(self) -> None:
        if self._pending:
            events, self._pending = self._pending, []
            self._send(events)
