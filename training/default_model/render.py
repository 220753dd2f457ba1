"""Render the default model's data sets as model-input arrays, in parallel, deterministically.

Three sets, kept apart so that no number is measured on what a choice was tuned on:
- train: Fruits-360 *Training* frames in scenes over 4/5 of the clothing photos and textures, plus plain
  frames and fruit-free scenes (the "_other" class);
- val: *Test* frames over the held-out fifth of the clothing photos (temperature and threshold are chosen here);
- eval: *Test* frames over photos no other set uses (skimage/scikit-learn/matplotlib samples) and the held-out
  clothing fifth, another seed: the realistic set the report's figures come from.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
import hashlib
import os
from pathlib import Path

from PIL import Image
import numpy as np

from fruitclassifier.core.data.images import to_square_array
from training.scenes.backdrop import load_photos
from training.scenes.compose import FruitBank, camera, empty_scene, fruit_scene, outlier_scene
from training.scenes.cutout import cut_out

OTHER = "_other"
OUTLIER = "_other/recoloured"  # rendered as an outlier scene, labelled OTHER
HELD_OUT_PHOTO_DIRS = ("skimage_data", "sklearn_images", "matplotlib_sample")


@dataclass(frozen=True)
class SetPlan:
    """How many images of each kind one set holds, and where its material comes from."""

    name: str
    fruit_split: str  # "Training" or "Test"
    photo_group: str  # "train", "val" or "eval"
    scenes_per_class: int
    plain_per_class: int
    other: int
    seed: int
    outliers: int = 0  # recoloured-fruit scenes, also "_other" (compose.outlier_scene)
    only: tuple[str, ...] = ()  # recolour only these classes' fruit (the leave-out experiment); () = all


def photo_paths(backgrounds: Path, group: str) -> list[Path]:
    clothing = sorted((backgrounds / "clothing_cc0").glob("*.jpg"))
    held_out = clothing[::5]
    if group == "train":
        return [p for p in clothing if p not in set(held_out)]
    if group == "val":
        return held_out
    extra = [p for d in HELD_OUT_PHOTO_DIRS for p in sorted((backgrounds / d).glob("*"))]
    return held_out + extra


def render_set(plan: SetPlan, fruits_root: Path, backgrounds: Path, size: int,
               workers: int = 2, save_dir: Path | None = None) -> tuple[np.ndarray, list[str]]:
    """(uint8 images (N, size, size, 3), labels); ``save_dir`` also keeps the scenes as JPEG files."""
    classes = sorted(p.name for p in (fruits_root / plan.fruit_split).iterdir() if p.is_dir())
    jobs = [(plan, c, i) for c in classes for i in range(plan.scenes_per_class + plan.plain_per_class)]
    jobs += [(plan, OTHER, i) for i in range(plan.other)]
    jobs += [(plan, OUTLIER, i) for i in range(plan.outliers)]
    chunks = [jobs[i::workers * 4] for i in range(workers * 4)]
    args = [(chunk, str(fruits_root), str(backgrounds), size, str(save_dir) if save_dir else "") for chunk in chunks]
    arrays, labels = [], []
    with ProcessPoolExecutor(workers) as pool:
        for part_arrays, part_labels in pool.map(_render_chunk, args):
            arrays.append(part_arrays)
            labels += part_labels
    return np.concatenate(arrays), labels


_CACHE: dict[str, object] = {}


def _material(plan: SetPlan, fruits_root: str, backgrounds: str) -> tuple[FruitBank, list[Image.Image], dict]:
    key = f"{plan.name}-{','.join(plan.only)}"
    if key not in _CACHE:
        root = Path(fruits_root) / plan.fruit_split
        files = {d.name: sorted(d.glob("*.jpg")) for d in sorted(root.iterdir()) if d.is_dir()}
        bank = FruitBank({c: [cut_out(p) for p in fs[::max(1, len(fs) // 120)]] for c, fs in files.items()
                          if not plan.only or c in plan.only})
        _CACHE[key] = (bank, load_photos(photo_paths(Path(backgrounds), plan.photo_group)), files)
    return _CACHE[key]  # type: ignore[return-value]


def _render_chunk(arg) -> tuple[np.ndarray, list[str]]:
    chunk, fruits_root, backgrounds, size, save_dir = arg
    out, labels = [], []
    for plan, cls, index in chunk:
        bank, photos, files = _material(plan, fruits_root, backgrounds)
        rng = np.random.default_rng([plan.seed, sum(map(ord, cls)), index])
        if cls == OUTLIER:
            img = outlier_scene(bank, photos, rng)
        elif cls == OTHER:
            img = empty_scene(photos, rng)
        elif index < plan.scenes_per_class:
            img = fruit_scene(cls, bank, photos, rng)
        else:
            frames = files[cls]
            img = Image.open(frames[int(rng.integers(len(frames)))]).convert("RGB")
            img = camera(img.rotate(90 * int(rng.integers(4))), rng) if rng.random() < 0.5 else img
        label = OTHER if cls == OUTLIER else cls
        if save_dir:
            folder = Path(save_dir) / label
            folder.mkdir(parents=True, exist_ok=True)
            img.save(folder / f"{plan.name}_{'r' if cls == OUTLIER else ''}{index:04d}.jpg", quality=92)
        out.append(to_square_array(img, size))
        labels.append(label)
    return np.stack(out), labels


def load_or_render(plan: SetPlan, cache: Path, **kwargs) -> tuple[np.ndarray, list[str]]:
    """Rendering takes minutes: keep each set in ``cache`` (training/runs/, not committed)."""
    only = f"-only{hashlib.sha1(','.join(plan.only).encode()).hexdigest()[:8]}" if plan.only else ""
    file = cache / f"{plan.name}-{kwargs['size']}-{plan.seed}-{plan.outliers}{only}.npz"
    if file.exists():
        data = np.load(file)
        return data["x"], [str(s) for s in data["y"]]
    x, y = render_set(plan, **kwargs)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(file, x=x, y=np.array(y))
    return x, y


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
