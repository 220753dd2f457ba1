"""The split and the tf.data pipelines a run trains on, with the images that could not be read.

One place for it because a one-device run (train.py) and a distributed one (distributed/run.py) must split
and read the very same images in the very same order: their models are compared weight for weight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.data import folders, pipeline
from fruitclassifier.core.events import Event, LogLine
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class RunData:
    """Training and validation batches, the split behind them, and the (path, reason) of unreadable images."""

    train_ds: Any
    val_ds: Any | None
    files: np.ndarray
    labels: np.ndarray
    train_idx: np.ndarray
    val_idx: np.ndarray
    errors: list[tuple[str, str]]
    val_errors: list[tuple[str, str]]

    @property
    def n_train(self) -> int:
        return len(self.train_idx) - len(self.errors)

    @property
    def n_val(self) -> int:
        return len(self.val_idx) - len(self.val_errors)

    @property
    def broken(self) -> set[str]:
        return {str(path) for path, _ in self.errors + self.val_errors}


def make_datasets(summary: folders.DataSummary, config: TrainConfig, emit: Callable[[Event], None]) -> RunData:
    """Split the scanned folder (stratified, seeded) and build both pipelines; each skipped image is logged."""
    size = config.resolved_image_size()
    train_idx, val_idx = folders.stratified_split(summary.labels, config.val_split, config.seed)
    files, labels = np.array(summary.files, dtype=object), np.array(summary.labels)
    train_ds, errors = pipeline.make_dataset(list(files[train_idx]), list(labels[train_idx]), size,
                                             config.batch_size, training=True, seed=config.seed,
                                             augment=config.augment)
    val_ds, val_errors = None, []
    if len(val_idx):
        val_ds, val_errors = pipeline.make_dataset(list(files[val_idx]), list(labels[val_idx]), size,
                                                   config.batch_size, training=False, seed=config.seed)
    for path, reason in errors + val_errors:
        emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Skipped {name}: {reason}"), name=Path(path).name, reason=reason)))
    return RunData(train_ds, val_ds, files, labels, train_idx, val_idx, list(errors), list(val_errors))
