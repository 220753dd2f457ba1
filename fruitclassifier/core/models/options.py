"""What every network builder is asked for, as one object: the classes, the input size and the training-side
choices (weights, freezing, dropout, L2, seed). One signature for the five builders (house rule 5), filled from
the typed config in one place (``for_config``) instead of eight keywords repeated at every call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class NetworkOptions:
    """A network to build: ``num_classes`` outputs at ``image_size`` pixels, and how it starts."""

    num_classes: int
    image_size: int
    weights: str | None = None  # "imagenet", a weights file, or None / "none" (from scratch)
    freeze_backbone: bool = False
    fine_tune_layers: int = 0
    dropout: float = 0.5
    l2: float = 0.0
    seed: int | None = None

    @classmethod
    def for_config(cls, config: Any, num_classes: int, image_size: int) -> NetworkOptions:
        """The options a TrainConfig asks for (its image size resolved by the caller)."""
        return cls(num_classes, image_size, weights=config.weights, freeze_backbone=config.freeze_backbone,
                   fine_tune_layers=config.fine_tune_layers, dropout=config.dropout, l2=config.l2, seed=config.seed)
