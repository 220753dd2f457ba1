"""Training events as text lines, so a run in another process can be drawn like one of the window's own.

The window runs the chief of a several-machines run as a child process (gui/train/cluster_dialog.py:
TensorFlow's collectives hold the GIL while they wait for the other machines). With ``train --event-lines``
that child prints every event (core/events.py) as one JSON line on stderr after PREFIX, and the window turns
each line back into the same typed event its run monitor draws: live curves, progress and ETA, not just a log.
A message that the window translates (text.Text) keeps its template and fields across the trip, and a child run
(core/training/backend_child.py) reports the error it stops on as one ERROR_PREFIX line, so the parent raises the
same typed error.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from fruitclassifier.core.events import BatchEnded, EpochEnded, Event, LogLine, Progress, RunFinished, RunStarted
from fruitclassifier.errors import UserError
from fruitclassifier.text import Text

PREFIX = "@fruitclassifier-event "
ERROR_PREFIX = "@fruitclassifier-error "
#: The key of a line's translatable messages: {field: {"template": ..., "fields": {...}}}.
_TEXTS = "_texts"
_KINDS = {kind.__name__: kind for kind in (RunStarted, BatchEnded, EpochEnded, Progress, LogLine, RunFinished)}


def to_line(event: Event) -> str:
    """One line (no newline): PREFIX, then the event's fields and its kind as compact JSON."""
    raw = {"type": type(event).__name__, **dataclasses.asdict(event)}
    texts = {f.name: _text_to_json(getattr(event, f.name)) for f in dataclasses.fields(event)
             if _is_text(getattr(event, f.name))}
    return PREFIX + json.dumps({**raw, **({_TEXTS: texts} if texts else {})}, separators=(",", ":"), default=str)


def from_line(line: str) -> Event | None:
    """The event a line carries; None for any other line, or one this version cannot read (never raises:
    the line comes from another process, perhaps another version of the app)."""
    if not line.startswith(PREFIX):
        return None
    try:
        raw = json.loads(line[len(PREFIX):])
        kind = _KINDS[raw.pop("type")]
        raw.update({key: _text_from_json(value) for key, value in (raw.pop(_TEXTS, None) or {}).items()})
        known = {f.name for f in dataclasses.fields(kind)}
        return kind(**{key: tuple(value) if isinstance(value, list) else value
                       for key, value in raw.items() if key in known})
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def error_to_line(exc: BaseException) -> str:
    """One line (no newline) for the error a child run stops on: its type, and for a user error its message and
    next step (each a text.Text where it is one, so the window can still translate it)."""
    kind = type(exc)
    raw: dict[str, Any] = {"module": kind.__module__, "type": kind.__qualname__}
    if isinstance(exc, UserError):
        raw.update(message=_text_to_json(exc.message), next_step=_text_to_json(exc.next_step),
                   attributes={key: _text_to_json(value) for key, value in vars(exc).items()
                               if key not in ("message", "next_step") and isinstance(value, (str, int, float, bool))})
    else:
        raw["message"] = str(exc)
    return ERROR_PREFIX + json.dumps(raw, separators=(",", ":"), default=str)


def error_from_line(line: str) -> dict[str, Any] | None:
    """{module, type, message, next_step, attributes} of an ERROR_PREFIX line (messages back as text.Text where
    they were); None for any other line or one this version cannot read."""
    if not line.startswith(ERROR_PREFIX):
        return None
    try:
        raw = json.loads(line[len(ERROR_PREFIX):])
        return {"module": str(raw["module"]), "type": str(raw["type"]),
                "message": _text_from_json(raw.get("message", "")),
                "next_step": _text_from_json(raw.get("next_step", "")),
                "attributes": {str(k): _text_from_json(v) for k, v in (raw.get("attributes") or {}).items()}}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _is_text(value: Any) -> bool:
    return isinstance(value, Text) and hasattr(value, "template")


def _text_to_json(value: Any) -> Any:
    """A text.Text as {"template", "fields"} (fields may be Texts too); anything else as it is."""
    if not _is_text(value):
        return value
    return {"template": value.template, "fields": {k: _text_to_json(v) for k, v in value.fields.items()}}


def _text_from_json(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("template"), str):
        fields = {str(k): _text_from_json(v) for k, v in (value.get("fields") or {}).items()}
        try:
            return Text(value["template"], **fields)
        except (KeyError, IndexError, ValueError):  # a template this version cannot fill: the plain words
            return value["template"]
    return value
