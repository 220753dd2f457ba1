"""Which exceptions are the user's to fix (exit code 2, a plain message) rather than our bugs."""

from __future__ import annotations

import sys


class UserError(Exception):
    """Something the user can fix: bad input, a wrong file, a setting out of range.

    ``message`` is one line for people; ``next_step`` (optional) says what to do next.
    Every typed error of the core should derive from this; anything else is a bug.
    """

    def __init__(self, message: str, next_step: str = "") -> None:
        self.message = message
        self.next_step = next_step
        super().__init__(f"{message} {next_step}".strip())


def is_user_error(exc: BaseException) -> bool:
    """True for the core's typed, human-worded errors (bad data, bad model file, bad config…)."""
    from fruitclassifier.config import ConfigError

    user_types: list[type] = [UserError, ConfigError, FileNotFoundError, PermissionError]
    for module, names in _TYPED_ERRORS.items():
        mod = sys.modules.get(module)  # a module never imported cannot have raised its errors
        if mod is not None:
            user_types.extend(getattr(mod, n) for n in names if hasattr(mod, n))
    return isinstance(exc, tuple(user_types))


_TYPED_ERRORS = {
    "fruitclassifier.core.images": ["ImageError"],
    "fruitclassifier.core.data": ["DataError"],
    "fruitclassifier.core.store": ["StoreError"],
    "fruitclassifier.core.models.registry": ["ModelFileError", "WeightsUnavailableError"],
    "fruitclassifier.core.training": ["TrainingError"],
    "fruitclassifier.core.runs": ["RunError"],
}
