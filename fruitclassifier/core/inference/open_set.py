""""Not one of my fruits": the answer for photos that show none of a model's classes.

A model that knows this answer carries one extra class (``_other``, trained on
fruit-free scenes) and a threshold in its metadata::

    "open_set": {"other_class": "_other", "threshold": 0.35}

A model may also carry thresholds for how readily it says so, measured when it was built (the bundled
model does)::

    "open_set": {..., "default_level": "balanced", "levels": {"rarely": 0.2, "balanced": 0.5, "readily": 0.8}}

The user picks a level (Classify's setting, ``predict --refuse``); a model without levels has one threshold.

Its probabilities are calibrated (temperature scaling folded into the last layer
when it was trained), so ``known_probability = 1 - p(_other)`` reads as the chance
that the photo shows one of the model's fruits. A model may name another score in its
metadata, ``"score": {"kind": "top_fruit", "temperature": 5.0}``: the top fruit's probability
once the answer is softened by that temperature. It is low both for fruit-free photos (a high
p(_other)) and for fruit the model never saw, which it spreads over the classes that look alike;
on real shop photos it told five left-out fruits from known ones with AUROC 0.94 where
1 - p(_other) gave 0.89 (training/default_model/score_study.py). Below the threshold the answer is
"unknown", which is distinct from "unsure" (a known fruit, but the model hesitates
between classes). Models without the key (older ones, imported ones) never say
"unknown" and report no known_probability.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

OTHER_CLASS = "_other"
#: What the app shows for the extra class and for an "unknown" answer.
UNKNOWN_LABEL = "Not one of my fruits"
#: How readily "not one of mine" is said, least to most; "balanced" is the model's own threshold.
LEVELS = ("rarely", "balanced", "readily")
DEFAULT_LEVEL = "balanced"


@dataclass(frozen=True)
class OpenSet:
    """Where the "other" class is in a model's output, and below what known-probability to say so."""

    other_index: int | None = None
    threshold: float = 0.5
    #: Threshold per level (LEVELS) where the model measured them; empty for one threshold.
    levels: tuple[tuple[str, float], ...] = ()
    #: Lower thresholds for single classes (class index, threshold): a class taught from ten photos is named
    #: less surely than the parent's own, and must not be refused for it (core/teach/run.py sets them).
    class_thresholds: tuple[tuple[int, float], ...] = ()
    #: 0: known-probability is 1 - p(_other); above 0: the top fruit's probability softened by this temperature.
    score_temperature: float = 0.0

    @property
    def enabled(self) -> bool:
        return self.other_index is not None

    def at_level(self, level: str) -> OpenSet:
        """The same rules at another level; a level the model did not measure leaves the threshold as it is."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}: choose one of {', '.join(LEVELS)}")
        return replace(self, threshold=dict(self.levels).get(level, self.threshold))

    @classmethod
    def from_metadata(cls, metadata: dict[str, Any] | None, class_names: Sequence[str]) -> OpenSet:
        spec = (metadata or {}).get("open_set")
        if not isinstance(spec, dict):
            return cls()
        other = spec.get("other_class", OTHER_CLASS)
        names = list(class_names)
        if other not in names:
            return cls()
        threshold = spec.get("threshold", 0.5)
        if not _is_probability(threshold):
            threshold = 0.5
        levels = spec.get("levels") if isinstance(spec.get("levels"), dict) else {}
        kept = tuple((name, float(levels[name])) for name in LEVELS if _is_probability(levels.get(name)))
        per_class = spec.get("class_thresholds") if isinstance(spec.get("class_thresholds"), dict) else {}
        classes = tuple((names.index(name), float(value)) for name, value in per_class.items()
                        if name in names and name != other and _is_probability(value))
        return cls(names.index(other), float(threshold), kept, classes, _score_temperature(spec.get("score")))

    def known_probability(self, probs: np.ndarray) -> float | None:
        """How surely the photo shows one of the model's fruits (the model's score), or None without the class."""
        if self.other_index is None:
            return None
        return float(self.known_probabilities(np.asarray(probs)[None])[0])

    def known_probabilities(self, probs: np.ndarray) -> np.ndarray:
        """known_probability for each row of ``probs`` (photos x classes); the model must have the class."""
        if self.other_index is None:
            raise ValueError("this model has no 'not one of mine' class")
        probs = np.asarray(probs, dtype=np.float64)
        if not self.score_temperature:
            return np.clip(1.0 - probs[:, self.other_index], 0.0, 1.0)
        logp = np.log(np.clip(probs, 1e-30, 1.0)) / self.score_temperature
        soft = np.exp(logp - logp.max(axis=1, keepdims=True))
        soft /= soft.sum(axis=1, keepdims=True)
        return np.delete(soft, self.other_index, axis=1).max(axis=1)

    def is_unknown(self, probs: np.ndarray) -> bool:
        return self.judge(probs)[1]

    def judge(self, probs: np.ndarray) -> tuple[float | None, bool]:
        """(known_probability, unknown) for one photo, the score computed once (every answer needs both)."""
        known = self.known_probability(probs)
        if known is None:
            return None, False
        return known, known < self.threshold_for(self.fruit_order(probs)[0])

    def threshold_for(self, index: int) -> float:
        """The threshold for a photo whose likeliest fruit is class ``index``: the class's own where it is lower."""
        return min(dict(self.class_thresholds).get(index, self.threshold), self.threshold)

    def fruit_order(self, probs: np.ndarray) -> list[int]:
        """Class indices by falling probability, the "other" class left out (it is not a fruit to name)."""
        return [int(i) for i in np.argsort(probs)[::-1] if int(i) != self.other_index]


def _score_temperature(spec: Any) -> float:
    """The softening temperature of a "top_fruit" score in metadata; 0 (1 - p(_other)) for anything else."""
    if not isinstance(spec, dict) or spec.get("kind") != "top_fruit":
        return 0.0
    value = spec.get("temperature")
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 < float(value) <= 100.0
    return float(value) if ok else 0.0


def _is_probability(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= float(value) <= 1.0


# --- calibrating a freshly trained model (core/training/train.py, training/build_default_model.py) ---------------

#: Share of validation photos of the model's own classes allowed to be called "not one of mine".
FRUIT_REJECTED = 0.02
#: With fewer validation photos of the classes than this, the 2 % quantile is noise: DEFAULT_THRESHOLD is used.
MIN_VALIDATION = 40
DEFAULT_THRESHOLD = 0.5
#: With fewer than this, nothing about the model's certainty is known: the calibration is not trusted, and the
#: model answers without refusing (threshold 0) rather than refusing at a guess.
MIN_TRUSTED = 10
#: No threshold above this: a photo the model is at least 90 % sure shows one of its classes is never refused.
#: Without it a near-perfect validation split put the 2 % quantile at 0.9999, and every Test photo a hair less
#: sure was refused (66 % of the Fruits-360 Test split for a 2-epoch compact CNN, each shown "100 %").
MAX_THRESHOLD = 0.9
#: Quantile of the fruit-free validation photos' known-probability that the threshold must clear, when they
#: are separated from the fruit: the threshold then sits midway between the two (in log-odds), not at the edge
#: of the fruit, so photos a little less typical than the validation ones still get named.
OTHER_ACCEPTED = 0.98
#: Lowest temperature when validation has almost no mistakes: NLL on a separable set keeps falling as T -> 0,
#: so the fit would sharpen every answer to 0 or 1 (seen: T 0.25, the grid's floor, for a 2-epoch CNN).
MIN_TEMPERATURE_SEPARABLE = 1.0
#: Validation accuracy from which the set counts as separable for the rule above.
SEPARABLE_ACCURACY = 0.99


@dataclass(frozen=True)
class Calibration:
    """What calibration chose for a model, and whether it can be trusted (``reason`` says why not)."""

    temperature: float
    threshold: float
    trusted: bool = True
    reason: str = ""

    def metadata(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"other_class": OTHER_CLASS, "threshold": round(self.threshold, 4),
                                "temperature": round(self.temperature, 4)}
        return spec if self.trusted else {**spec, "trusted": False, "untrusted_reason": self.reason}

    def describe(self) -> str:
        if not self.trusted:
            return (f"Calibrated: temperature {self.temperature:.2f}; 'not one of my classes' is off ({self.reason}): "
                    "every photo gets a class.")
        return (f"Calibrated: temperature {self.temperature:.2f}; 'not one of my classes' below "
                f"{self.threshold:.2f} known-probability.")


def calibrate(probs: np.ndarray, labels: np.ndarray, other_index: int) -> Calibration:
    """Temperature and threshold for a model's validation answers (probabilities before calibration)."""
    fruit = labels != other_index
    if int(fruit.sum()) < MIN_TRUSTED:
        return Calibration(1.0, 0.0, False, f"only {int(fruit.sum())} validation photos of the classes, "
                                            f"{MIN_TRUSTED} needed")
    temperature = fit_temperature(probs, labels)
    if float(np.mean(probs.argmax(axis=1) == labels)) >= SEPARABLE_ACCURACY:
        temperature = max(temperature, MIN_TEMPERATURE_SEPARABLE)
    return Calibration(temperature, choose_threshold(apply_temperature(probs, temperature), labels, other_index))


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
    """The known-probability below which photos are called "not one of mine".

    At most ``rejected`` of the validation photos of the model's own classes fall below it, and it never
    exceeds MAX_THRESHOLD. When validation is near-perfect (the quantile above MAX_THRESHOLD) and the
    fruit-free validation photos sit clearly lower, it moves to midway between the two groups: a margin for
    photos less typical than the validation ones. DEFAULT_THRESHOLD when there are too few photos to tell.
    """
    known = 1.0 - probs[:, other_index]
    fruit, other = known[labels != other_index], known[labels == other_index]
    if len(fruit) < MIN_VALIDATION:
        return DEFAULT_THRESHOLD
    threshold = float(np.quantile(fruit, rejected))
    if threshold > MAX_THRESHOLD and len(other):  # near-perfect validation: the quantile is the fruit's edge
        other_edge = float(np.quantile(other, OTHER_ACCEPTED))
        if other_edge < threshold:
            threshold = _logit_midpoint(other_edge, threshold)
    return min(threshold, MAX_THRESHOLD)


def _logit_midpoint(low: float, high: float) -> float:
    """The point halfway between two probabilities in log-odds (saturated values near 0 and 1 stay apart)."""
    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1 - 1e-6)
        return float(np.log(p / (1 - p)))
    return float(1.0 / (1.0 + np.exp(-(logit(low) + logit(high)) / 2)))
