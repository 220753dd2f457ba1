"""Top-3 bars that do not flicker: probabilities averaged over time, not over a count of answers.

An exponential moving average whose weight follows the time between answers, so the bars settle in the
same half a second whether the CPU answers 10 or 60 frames a second. No Qt: the tests drive it directly.
"""

from __future__ import annotations

import numpy as np

#: Seconds for an old answer's weight to halve: the bars follow a new fruit within about a second.
HALF_LIFE_S = 0.25


class Smoother:
    """Running average of probability vectors, weighted by the time since the last one."""

    def __init__(self, half_life_s: float = HALF_LIFE_S) -> None:
        self.half_life_s = half_life_s
        self._mean: np.ndarray | None = None
        self._time: float | None = None

    def reset(self) -> None:
        """Forget the past (another camera, another model): the next answer shows as it is."""
        self._mean, self._time = None, None

    def update(self, probs: np.ndarray, time_s: float) -> np.ndarray:
        """Blend in one answer given at ``time_s`` (seconds, any clock that only goes forward); the new mean."""
        probs = np.asarray(probs, dtype=np.float64)
        if self._mean is None or self._mean.shape != probs.shape or self._time is None or time_s < self._time:
            self._mean, self._time = probs.copy(), time_s
            return self._mean.astype(np.float32)
        keep = 0.5 ** ((time_s - self._time) / self.half_life_s) if self.half_life_s > 0 else 0.0
        self._mean = keep * self._mean + (1.0 - keep) * probs
        self._time = time_s
        return self._mean.astype(np.float32)
