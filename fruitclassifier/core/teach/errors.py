"""The teaching errors a user can act on (exit code 2 on the command line, a plain message in the window)."""

from __future__ import annotations

from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP


class TeachError(UserError):
    """The teaching set or the model cannot be used for teaching; the message says why and what to do."""


class TeachCancelled(TeachError):
    """should_stop() turned true: nothing was saved."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "Teaching was cancelled; nothing was saved."))
