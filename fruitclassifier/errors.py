"""Which exceptions are the user's to fix (exit code 2, a plain message) rather than our bugs."""

from __future__ import annotations

import sys


def is_user_error(exc: BaseException) -> bool:
    """True for the core's typed, human-worded errors (bad data, bad model file, bad config…)."""
    from fruitclassifier.config import ConfigError

    user_types: list[type] = [ConfigError, FileNotFoundError, PermissionError]
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
