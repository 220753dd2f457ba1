"""Photos to check a converted or exported model against the original on: the bundled samples by default."""

from __future__ import annotations

from collections.abc import Sequence
import os

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.data import images

#: Photos a check runs at most (the bundled samples are 13).
MAX_SAMPLES = 16
#: Given photos: an array, image files, or None for the bundled samples.
Samples = Sequence[str | os.PathLike] | np.ndarray | None


def sample_batch(samples: Samples, size: int) -> np.ndarray:
    """uint8 (N, size, size, 3): the given array, the given image files, else the bundled sample photos.

    Falls back to seeded random pictures only when no photo can be read, so an export never fails for
    lack of samples.
    """
    if isinstance(samples, np.ndarray):
        return samples.astype(np.uint8)[:MAX_SAMPLES]
    files = list(samples) if samples is not None else sorted(
        p for p in paths.samples_dir().glob("*") if p.suffix.lower() in images.IMAGE_EXTENSIONS)
    arrays = []
    for file in files[:MAX_SAMPLES]:
        try:
            arrays.append(images.load_array(file, size))
        except images.ImageError:
            continue
    if not arrays:
        return np.random.default_rng(0).integers(0, 256, (8, size, size, 3), dtype=np.uint8)
    return np.stack(arrays)
