"""Helpers shared by test files: tiny image folders and small model-folder edits.

A plain module beside conftest.py (which pytest puts on ``sys.path``), so test files
import it as ``from helpers import ...`` under both bare ``pytest`` and ``python -m pytest``;
``from tests.conftest import ...`` only worked when the repository root was on the path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

#: Colours that make tiny classes trivially separable, so a 1-epoch model learns them.
CLASS_COLOURS = {"apple": (200, 30, 30), "banana": (230, 210, 40), "kiwi": (60, 140, 40)}

#: Where the shared Fruits-360 subset lives on development machines (absent on CI: tests skip).
SHARED_TEST_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "fruits360-subset" / "Test"


def make_image_folder(root: Path, per_class: int = 12, size: int = 24, classes=None, seed: int = 0) -> Path:
    """Write a folder of class folders with noisy solid-colour discs on white, as JPEG/PNG."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    classes = classes or list(CLASS_COLOURS)
    for ci, name in enumerate(classes):
        colour = np.array(CLASS_COLOURS.get(name, ((ci * 80) % 255, (ci * 140) % 255, (ci * 200) % 255)))
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        yy, xx = np.mgrid[:size, :size]
        for i in range(per_class):
            img = np.full((size, size, 3), 255.0)
            cx, cy = rng.uniform(size * 0.35, size * 0.65, 2)
            r = rng.uniform(size * 0.25, size * 0.4)
            disc = (xx - cx) ** 2 + (yy - cy) ** 2 < r * r
            img[disc] = colour + rng.normal(0, 12, 3)
            img += rng.normal(0, 4, img.shape)
            arr = np.clip(img, 0, 255).astype(np.uint8)
            ext = "png" if i % 3 == 0 else "jpg"
            Image.fromarray(arr).save(folder / f"{name}_{i:03d}.{ext}")
    return root


def edit_metadata(folder: Path, **changes: Any) -> dict:
    """Merge ``changes`` into a model folder's metadata.json (e.g. wrong class names); returns the result."""
    path = Path(folder) / "metadata.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(changes)
    path.write_text(json.dumps(meta), encoding="utf-8")
    return meta


def make_unreadable_folder(root: Path, classes=("apple", "kiwi"), per_class: int = 4) -> Path:
    """Class folders whose '.jpg' files are text: every image fails to decode (a data set nothing can read)."""
    for name in classes:
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            (root / name / f"{i}.jpg").write_text("not a photo")
    return root
