"""The search space a new study starts from, per architecture (the table in architectures.py decides).

The learning rate is searched around the one that suits the network and its weights (a decade either
side: a frozen pretrained backbone wants a far smaller step than a small CNN from scratch); the other
ranges suit every network, but for how many backbone layers train (frozen up to the network's own limit).
The CLI's flags and the Tune view's form both start here.
"""

from __future__ import annotations

from fruitclassifier.config import TrainConfig, TuneConfig

LR_SPAN = 10.0  # the learning-rate range reaches this factor below and above the network's default


def default_study(arch: str, weights: str | None = None, **base_changes: object) -> TuneConfig:
    """A study of ``arch``: its usual training settings as the base, the learning rate searched around them."""
    base = TrainConfig.for_arch(arch, weights)
    if base_changes:
        base = base.replace(**base_changes)
    return TuneConfig(base=base, learning_rate=learning_rate_range(base.learning_rate),
                      fine_tune_layers=fine_tune_range(arch))


def fine_tune_range(arch: str) -> tuple[int, int]:
    """Frozen backbone (0) up to the network's own limit of unfrozen layers (architectures.py); (0, 0) for a
    network without a pretrained backbone (the range is then never searched)."""
    from fruitclassifier import architectures

    return (0, architectures.get(arch).fine_tune_max)


def learning_rate_range(centre: float) -> tuple[float, float]:
    """``centre`` / LR_SPAN to ``centre`` * LR_SPAN, kept inside the limits TuneConfig accepts."""
    return (max(1e-7, centre / LR_SPAN), min(1.0, centre * LR_SPAN))
