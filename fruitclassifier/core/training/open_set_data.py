"""The "_other" examples a new model learns "not one of my classes" from.

Two kinds, so the answer covers both empty scenes and things that look *almost* like the user's
classes: fruit-free photos shipped with the app (resources/open_set/, surfaces, fabric, hands, empty
crates) and recoloured copies of the user's own training photos (hue turned 70–290°: the right
shape in a colour none of the classes has — a lime is not a lemon). Measured on the default model:
without the recoloured copies 29 % of recoloured fruit was refused, with them 94 %
(training/reports/default-model/report.md). TensorFlow-free: Pillow writes the copies once per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PIL import Image
import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.inference.open_set import OTHER_CLASS

#: Bounds on how many "_other" examples a run gets (about one average class's worth).
MIN_OTHER, MAX_OTHER = 24, 600


def shipped_photos() -> list[Path]:
    folder = paths.resource_path("open_set")
    return sorted(folder.glob("*.jpg")) if folder.is_dir() else []


def other_examples(files: Sequence[Path], labels: Sequence[int], num_classes: int, folder: Path,
                   seed: int) -> list[Path]:
    """Write recoloured copies into ``folder`` and return them with the shipped photos (about half each)."""
    count = int(np.clip(len(files) / max(num_classes, 1), MIN_OTHER, MAX_OTHER))
    rng = np.random.default_rng(seed)
    shipped = shipped_photos()
    chosen = [shipped[i] for i in rng.permutation(len(shipped))[: count // 2]] if shipped else []
    folder.mkdir(parents=True, exist_ok=True)
    for i, index in enumerate(rng.choice(len(files), size=count - len(chosen), replace=len(files) < count)):
        target = folder / f"recoloured_{i:04d}.jpg"
        if target.is_file():  # a resumed run: the same seed made the same copy before
            chosen.append(target)
            continue
        try:
            recolour(images.open_rgb(files[int(index)]), float(rng.uniform(70, 290))).save(target, quality=90)
        except (images.ImageError, OSError):
            continue  # an unreadable photo is reported by the scan; it just gives no copy
        chosen.append(target)
    return chosen


def recolour(image: Image.Image, degrees: float) -> Image.Image:
    """The same picture with its hue turned by ``degrees`` (white and grey stay as they are)."""
    small = image.copy()
    small.thumbnail((256, 256))
    hsv = np.asarray(small.convert("HSV")).copy()
    hsv[..., 0] = (hsv[..., 0].astype(np.int32) + int(degrees / 360 * 256)) % 256
    return Image.fromarray(hsv, "HSV").convert("RGB")


def with_other_class(class_names: list[str]) -> tuple[list[str], int]:
    """Class names with "_other" last (kept where the user's folder already has one) and its index."""
    if OTHER_CLASS in class_names:
        return list(class_names), class_names.index(OTHER_CLASS)
    return [*class_names, OTHER_CLASS], len(class_names)
