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


# --- calibrating a freshly trained model (core/training/train.py, training/build_default_model.py) ---------------

#: Share of validation photos of the model's own classes allowed to be called "not one of mine".
FRUIT_REJECTED = 0.02
#: With fewer validation photos of the classes than this, the quantile is noise: use DEFAULT_THRESHOLD.
MIN_VALIDATION = 40
DEFAULT_THRESHOLD = 0.5


def fit_temperature(probs: np.ndarray, labels: np.ndarray) -> float:
    """Temperature scaling (Guo et al. 2017): the T that minimises validation NLL. It keeps every argmax."""
    logp = np.log(np.clip(probs, 1e-12, 1.0))
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.25), np.log(8.0), 120)):
        z = logp / t
        z = z - z.max(axis=1, keepdims=True)
        nll = -np.mean(z[np.arange(len(labels)), labels] - np.log(np.exp(z).sum(axis=1)))
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def apply_temperature(probs: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(log p / T): the probabilities the model gives once ``fold_temperature`` has run."""
    scaled = np.clip(probs, 1e-12, 1.0) ** (1.0 / temperature)
    return scaled / scaled.sum(axis=1, keepdims=True)


def fold_temperature(model: Any, temperature: float) -> None:
    """softmax(z / T) == softmax((W/T) x + b/T): calibration lives in the saved weights, no runtime change."""
    dense = model.get_layer("predictions")
    kernel, bias = dense.get_weights()
    dense.set_weights([kernel / temperature, bias / temperature])


def choose_threshold(probs: np.ndarray, labels: np.ndarray, other_index: int,
                     rejected: float = FRUIT_REJECTED) -> float:
    """The known-probability below which at most ``rejected`` of the validation photos of the model's own
    classes are called "not one of mine" (DEFAULT_THRESHOLD when there are too few to tell)."""
    known = 1.0 - probs[labels != other_index, other_index]
    if len(known) < MIN_VALIDATION:
        return DEFAULT_THRESHOLD
    return float(np.quantile(known, rejected))
