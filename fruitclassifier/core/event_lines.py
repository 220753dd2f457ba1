"""Training events as text lines, so a run in another process can be drawn like one of the window's own.

The window runs the chief of a several-machines run as a child process (gui/train/cluster_dialog.py:
TensorFlow's collectives hold the GIL while they wait for the other machines). With ``train --event-lines``
that child prints every event (core/events.py) as one JSON line on stderr after PREFIX, and the window turns
each line back into the same typed event its run monitor draws: live curves, progress and ETA, not just a log.
"""

from __future__ import annotations

import dataclasses
import json

from fruitclassifier.core.events import BatchEnded, EpochEnded, Event, LogLine, Progress, RunFinished, RunStarted

PREFIX = "@fruitclassifier-event "
_KINDS = {kind.__name__: kind for kind in (RunStarted, BatchEnded, EpochEnded, Progress, LogLine, RunFinished)}


def to_line(event: Event) -> str:
    """One line (no newline): PREFIX, then the event's fields and its kind as compact JSON."""
    return PREFIX + json.dumps({"type": type(event).__name__, **dataclasses.asdict(event)}, separators=(",", ":"))


def from_line(line: str) -> Event | None:
    """The event a line carries; None for any other line, or one this version cannot read (never raises:
    the line comes from another process, perhaps another version of the app)."""
    if not line.startswith(PREFIX):
        return None
    try:
        raw = json.loads(line[len(PREFIX):])
        kind = _KINDS[raw.pop("type")]
        known = {f.name for f in dataclasses.fields(kind)}
        return kind(**{key: tuple(value) if isinstance(value, list) else value
                       for key, value in raw.items() if key in known})
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
