"""The frozen lower network's output for every photo and view the default model uses, computed once.

Why: on 2 CPU cores the ImageNet blocks below ``fit.SPLIT`` cost most of a forward pass and stay frozen, so
each photo (and each augmented view of it) goes through them once and is cached as float16 on disk; the
trainable top then fits on the cache in seconds per epoch. View 0 is exactly what the app computes for a
file (``load_array``); views 1.. are random square crops (55-100 % of the short side), mirrored or not, with
light brightness/contrast/saturation changes and a small tilt - shop photos show fruit at every scale and
under many lights. No hue change: colour tells a red pepper from a yellow one. Each view's randomness comes
from a hash of the file name and the view number, so the cache is the same on every machine.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
import hashlib
from pathlib import Path

from PIL import Image, ImageEnhance
import numpy as np

from fruitclassifier.core.data.images import _load_file, load_array, to_square_array

#: View numbers from here on are recoloured (hue turned 20-80 % of the circle).
RECOLOURED = 100


def view(path: Path, size: int, index: int) -> np.ndarray:
    """Model input for ``path``: the app's own for index 0, an augmented view otherwise."""
    if index == 0:
        return load_array(path, size)
    seed = int(hashlib.sha1(f"{path.parent.name}/{path.name}#{index}".encode()).hexdigest()[:12], 16)
    rng = np.random.default_rng(seed)
    img = _load_file(path, draft=size * 2)
    img = img.convert("RGB") if img.mode != "RGB" else img
    w, h = img.size
    side = int(min(w, h) * rng.uniform(0.55, 1.0))
    left, top = int(rng.integers(0, w - side + 1)), int(rng.integers(0, h - side + 1))
    img = img.crop((left, top, left + side, top + side))
    if rng.random() < 0.5:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    angle = float(rng.uniform(-15, 15))
    img = img.rotate(angle, Image.Resampling.BILINEAR, fillcolor=_edge_colour(img))
    if index >= RECOLOURED:  # a fruit in colours no produce here has: "_other" material
        img = _hue_turned(img, float(rng.uniform(0.2, 0.8)))
    for enhance, low, high in ((ImageEnhance.Brightness, 0.75, 1.25), (ImageEnhance.Contrast, 0.8, 1.2),
                               (ImageEnhance.Color, 0.8, 1.2)):
        img = enhance(img).enhance(float(rng.uniform(low, high)))
    return to_square_array(img, size)


def _hue_turned(img: Image.Image, turn: float) -> Image.Image:
    """The photo with every hue turned by ``turn`` of the colour circle (saturation and value kept)."""
    h, s, v = img.convert("HSV").split()
    h = h.point(lambda value: int(value + turn * 256) % 256)
    return Image.merge("HSV", (h, s, v)).convert("RGB")


def _edge_colour(img: Image.Image) -> tuple[int, int, int]:
    """Fill for the corners a tilt uncovers: the photo's own mean edge colour (white for Fruits-360)."""
    a = np.asarray(img)
    edge = np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])
    return tuple(int(v) for v in edge.mean(axis=0))


def compute(lower, files: list[Path], size: int, index: int, batch: int = 64) -> np.ndarray:
    """float16 lower-network features of view ``index`` of every file, in order."""
    out = []
    with ThreadPoolExecutor(2) as pool:  # PIL decodes outside the GIL while TensorFlow computes
        for start in range(0, len(files), batch):
            images = np.stack(list(pool.map(lambda p: view(p, size, index), files[start:start + batch])))
            out.append(np.asarray(lower(images.astype(np.float32), training=False), dtype=np.float16))
    return np.concatenate(out) if out else np.zeros((0,), np.float16)


def cached(lower, cache: Path, key: str, files: list[Path], size: int, index: int) -> np.ndarray:
    """compute(), kept in ``cache/<key>-v<index>-<size>.npy`` next to the list of files it covers."""
    stem = cache / f"{key}-v{index}-{size}"
    names = "\n".join(p.as_posix() for p in files)
    if stem.with_suffix(".npy").exists() and stem.with_suffix(".txt").read_text(encoding="utf-8") == names:
        return np.load(stem.with_suffix(".npy"))
    cache.mkdir(parents=True, exist_ok=True)
    feats = compute(lower, files, size, index)
    np.save(stem.with_suffix(".npy"), feats)
    stem.with_suffix(".txt").write_text(names, encoding="utf-8")
    return feats


def source_of(key: str) -> str:
    """"shop", "packaged", "background" or "fruits360" for a part key such as ``grocery-fit``."""
    return {"grocery": "shop", "packaged": "packaged", "backgrounds": "background"}.get(key.split("-")[0], "fruits360")


def load_part(lower, cache: Path, part, size: int) -> dict:
    """A part's features over all its views, with labels, folders and source repeated per view."""
    xs = [cached(lower, cache, part.key, list(part.files), size, v) for v in part.views]
    n = len(part.views)
    return {"x": np.concatenate(xs), "labels": list(part.labels) * n, "groups": list(part.groups) * n,
            "files": [p.name for p in part.files] * n, "sources": [source_of(part.key)] * (len(part.files) * n)}
