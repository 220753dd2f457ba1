"""Which pixel scaling does a model want? Its top answers on a few known photos under each choice.

A wrong scaling does not fail: it answers confidently and wrongly (often the same class for every
photo). Seeing the bundled sample photos (a lemon, a banana, …) answered under 0-1, 0-255, -1-1 and
caffe side by side lets a user pick the column that makes sense, for a file that does not say.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.importers import labels
from fruitclassifier.core.importers.prepare import Prepared, prepare

#: (photo name, top class, its probability) for each photo, per scaling.
Answers = dict[str, list[tuple[str, str, float]]]


def sample_photos(limit: int = 6) -> list[Path]:
    """Up to ``limit`` bundled sample photos, one per fruit (names like Lemon_1.jpg)."""
    from fruitclassifier import paths
    from fruitclassifier.core.data import images

    seen: dict[str, Path] = {}
    for photo in sorted(paths.samples_dir().glob("*")):
        if photo.suffix.lower() in images.IMAGE_EXTENSIONS:
            seen.setdefault(photo.stem.split("_")[0], photo)
    return list(seen.values())[:limit]


def answers(path: str | os.PathLike, class_names: labels.Labels = None,
            photos: list[Path] | None = None) -> Answers:
    """Top answers on ``photos`` (default: the bundled samples) under every scaling; the model is opened once."""
    from fruitclassifier.core.data import images

    ready = prepare(path, class_names, "0-255")  # the raw network: each scaling is applied here instead
    files = photos if photos is not None else sample_photos()
    batch = np.stack([images.load_array(f, ready.image_size) for f in files])
    out: Answers = {}
    for choice in scaling.CHOICES:
        probs = _probabilities(ready, batch, choice)
        out[choice] = [(f.stem, ready.class_names[int(p.argmax())], float(p.max())) for f, p in zip(files, probs)]
    return out


def _probabilities(ready: Prepared, batch: np.ndarray, choice: str) -> np.ndarray:
    if ready.flatbuffer is not None:
        from fruitclassifier.core.conversion.runtime import LiteRunner

        return LiteRunner(ready.flatbuffer, threads=1, scaling=choice)(batch)
    return np.asarray(ready.keras_model(scaling.apply(batch, choice), training=False))
