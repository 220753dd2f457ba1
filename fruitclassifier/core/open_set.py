""""Not one of my fruits": the answer for photos that show none of a model's classes.

A model that knows this answer carries one extra class (``_other``, trained on
fruit-free scenes) and a threshold in its metadata::

    "open_set": {"other_class": "_other", "threshold": 0.35}

Its probabilities are calibrated (temperature scaling folded into the last layer
when it was trained), so ``known_probability = 1 - p(_other)`` reads as the chance
that the photo shows one of the model's fruits. Below the threshold the answer is
"unknown", which is distinct from "unsure" (a known fruit, but the model hesitates
between classes). Models without the key (older ones, imported ones) never say
"unknown" and report no known_probability.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

OTHER_CLASS = "_other"
#: What the app shows for the extra class and for an "unknown" answer.
UNKNOWN_LABEL = "Not one of my fruits"


@dataclass(frozen=True)
class OpenSet:
    """Where the "other" class is in a model's output, and below what known-probability to say so."""

    other_index: int | None = None
    threshold: float = 0.5

    @property
    def enabled(self) -> bool:
        return self.other_index is not None

    @classmethod
    def from_metadata(cls, metadata: dict[str, Any] | None, class_names: Sequence[str]) -> "OpenSet":
        spec = (metadata or {}).get("open_set")
        if not isinstance(spec, dict):
            return cls()
        other = spec.get("other_class", OTHER_CLASS)
        names = list(class_names)
        if other not in names:
            return cls()
        threshold = spec.get("threshold", 0.5)
        if not isinstance(threshold, (int, float)) or not 0.0 <= float(threshold) <= 1.0:
            threshold = 0.5
        return cls(names.index(other), float(threshold))

    def known_probability(self, probs: np.ndarray) -> float | None:
        """1 - p(other) for a model that has the class, else None."""
        if self.other_index is None:
            return None
        return float(np.clip(1.0 - float(probs[self.other_index]), 0.0, 1.0))

    def is_unknown(self, probs: np.ndarray) -> bool:
        known = self.known_probability(probs)
        return known is not None and known < self.threshold

    def fruit_order(self, probs: np.ndarray) -> list[int]:
        """Class indices by falling probability, the "other" class left out (it is not a fruit to name)."""
        return [int(i) for i in np.argsort(probs)[::-1] if int(i) != self.other_index]
