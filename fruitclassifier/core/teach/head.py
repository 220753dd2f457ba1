"""Fit the new softmax head on cached features: plain numpy, milliseconds per epoch on two cores.

The head starts from the old head (old classes keep their weights; new classes start at zero
weights and a low bias), is trained with Adam on weighted cross-entropy (every class weighs the
same, so ten photos of a new class count as much as thirty replay images of an old one), with
dropout on the features as in the full model and a pull back towards the old weights.

The pull is firm on the parent's own columns (its fruits and its "not one of mine") and light on new
classes. The parent's head learned from thousands of scenes, a teaching set has a few dozen photos, and
with a light pull everywhere teaching undid part of it (training/teach_head_study.py, on photos the
teaching never saw): 8 realistic photos a class let 10 % of fruit-free scenes through as fruit (firm: 1 %)
and named other photos of the same kind 0.909 (firm: 0.933); a shop's colour cast, 11 % (firm: 2.5 %);
a taught "Shoe" was named on 66 % of new shoe photos (firm: 74 %).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from fruitclassifier.core.teach.errors import TeachCancelled

#: Starting bias of a new class: it begins unlikely and must earn its photos.
NEW_CLASS_BIAS = -2.0


@dataclass
class Head:
    """Dense softmax weights: kernel (features, classes) and bias (classes)."""

    kernel: np.ndarray
    bias: np.ndarray

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return softmax(features @ self.kernel + self.bias)

    def predict(self, features: np.ndarray) -> np.ndarray:
        return np.argmax(features @ self.kernel + self.bias, axis=1) if len(features) else np.zeros(0, int)


@dataclass(frozen=True)
class HeadSettings:
    epochs: int = 40
    learning_rate: float = 3e-3
    batch_size: int = 256  # at most: numpy's per-call cost, not the maths, dominates small batches
    min_steps: int = 8  # per epoch, at least (a small teaching set gets smaller batches)
    dropout: float = 0.2
    anchor: float = 1e-3  # L2 pull towards the old head's weights: new classes' columns (and every column
    anchor_known: float = 1.0  # when fit() is not told which are the parent's); the parent's own columns
    seed: int = 0


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def extended(old: Head, num_classes: int, x: np.ndarray | None = None, y: np.ndarray | None = None) -> Head:
    """The old head with columns appended for new classes (new classes at the END).

    Without features they start at zero with a low bias. With the teaching views (``x``, ``y``) each new
    column starts as its class's mean feature direction, as long as the parent's columns are on average,
    and with their mean bias (nearest-class-mean, "imprinting"): the class is named from the first pass.
    """
    extra = num_classes - old.kernel.shape[1]
    columns = np.zeros((old.kernel.shape[0], extra), np.float32)
    bias = np.full(extra, NEW_CLASS_BIAS, np.float32)
    if x is not None and y is not None and extra:
        scale = float(np.mean(np.linalg.norm(old.kernel, axis=0)))
        for j in range(extra):
            mine = x[y == old.kernel.shape[1] + j]
            if len(mine):
                centre = mine.mean(axis=0) - x.mean(axis=0)
                columns[:, j] = scale * centre / max(float(np.linalg.norm(centre)), 1e-8)
                bias[j] = float(np.mean(old.bias))
    kernel = np.concatenate([old.kernel, columns], axis=1)
    return Head(kernel.astype(np.float32), np.concatenate([old.bias, bias]).astype(np.float32))


def fit(start: Head, x: np.ndarray, y: np.ndarray, weights: np.ndarray, settings: HeadSettings,
        on_epoch: Callable[[int, dict[str, float]], None], should_stop: Callable[[], bool],
        val: tuple[np.ndarray, np.ndarray] | None = None,
        anchor: Head | None = None, known_classes: int = 0) -> tuple[Head, dict[str, list[float]]]:
    """Train a copy of ``start`` (pulled towards ``anchor``, default ``start``); returns it and the history
    (loss, accuracy, val_accuracy). The first ``known_classes`` columns are the parent's (``anchor_known``)."""
    anchor = anchor or start
    pull = np.full(start.kernel.shape[1], settings.anchor, np.float32)
    pull[:known_classes] = settings.anchor_known
    rng = np.random.default_rng(settings.seed)
    head = Head(start.kernel.copy(), start.bias.copy())
    adam = _Adam(head, settings.learning_rate)
    history: dict[str, list[float]] = {"loss": [], "accuracy": []}
    batch = max(16, min(settings.batch_size, -(-len(x) // settings.min_steps)))
    for epoch in range(settings.epochs):
        if should_stop():
            raise TeachCancelled
        order = rng.permutation(len(x))
        loss_sum = correct = 0.0
        for start_i in range(0, len(x), batch):
            idx = order[start_i:start_i + batch]
            loss, hits = _step(head, anchor, pull, adam, x[idx], y[idx], weights[idx], settings, rng)
            loss_sum, correct = loss_sum + loss, correct + hits
        logs = {"loss": loss_sum / len(x), "accuracy": correct / len(x)}
        if val is not None and len(val[0]):
            logs["val_accuracy"] = float(np.mean(head.predict(val[0]) == val[1]))
        for key, value in logs.items():
            history.setdefault(key, []).append(float(value))
        on_epoch(epoch, logs)
    return head, history


def _step(head: Head, anchor: Head, pull: np.ndarray, adam: _Adam, x: np.ndarray, y: np.ndarray,
          w: np.ndarray, settings: HeadSettings, rng: np.random.Generator) -> tuple[float, float]:
    """One Adam step on a batch; returns (summed weighted loss, number right) for the epoch's logs."""
    if settings.dropout > 0:
        keep = rng.random(x.shape, dtype=np.float32) >= settings.dropout
        x = x * keep / (1.0 - settings.dropout)
    probs = head.probabilities(x)
    picked = np.clip(probs[np.arange(len(y)), y], 1e-7, 1.0)
    grad = probs.copy()
    grad[np.arange(len(y)), y] -= 1.0
    grad *= (w / w.sum())[:, None]
    g_kernel = x.T @ grad + pull * (head.kernel - anchor.kernel)
    g_bias = grad.sum(axis=0)
    adam.apply(head, g_kernel, g_bias)
    return float(-(w * np.log(picked)).sum() / w.mean()), float((probs.argmax(1) == y).sum())


class _Adam:
    """Adam (Kingma & Ba) for the two head arrays."""

    def __init__(self, head: Head, lr: float, b1: float = 0.9, b2: float = 0.999, eps: float = 1e-7) -> None:
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0
        self.m = [np.zeros_like(head.kernel), np.zeros_like(head.bias)]
        self.v = [np.zeros_like(head.kernel), np.zeros_like(head.bias)]

    def apply(self, head: Head, g_kernel: np.ndarray, g_bias: np.ndarray) -> None:
        self.t += 1
        for i, (param, grad) in enumerate(((head.kernel, g_kernel), (head.bias, g_bias))):
            self.m[i] = self.b1 * self.m[i] + (1 - self.b1) * grad
            self.v[i] = self.b2 * self.v[i] + (1 - self.b2) * grad * grad
            m_hat = self.m[i] / (1 - self.b1 ** self.t)
            v_hat = self.v[i] / (1 - self.b2 ** self.t)
            param -= (self.lr * m_hat / (np.sqrt(v_hat) + self.eps)).astype(param.dtype)
