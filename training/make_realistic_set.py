"""Build the realistic validation set: Fruits-360 Test fruit in scenes that do not look like Fruits-360.

Fruits-360 is one centred fruit on pure white; users drop phone photos. This
script pastes Test-split fruit (never Training) onto backgrounds the default
model never trains on (procedural textures, and the skimage/sklearn/matplotlib
scene photos of ../shared/datasets/backgrounds — training composites only onto
its clothing_cc0 photos), with one to three fruits per image, smaller and
off-centre, odd aspect ratios, lighting and colour casts, blur, noise and JPEG
artefacts. Deterministic for a seed.

    python training/make_realistic_set.py ../shared/datasets/fruits360-subset/Test training/realistic
"""

from __future__ import annotations

import argparse
from pathlib import Path
import sys

from PIL import Image, ImageEnhance, ImageFilter
import numpy as np

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
HELD_OUT_BACKGROUNDS = ("skimage_data", "sklearn_images", "matplotlib_sample")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("test_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--per-class", type=int, default=24)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--backgrounds", type=Path, default=SHARED / "backgrounds")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    photos = _load_scene_photos(args.backgrounds)
    for class_dir in sorted(p for p in args.test_dir.iterdir() if p.is_dir()):
        sources = sorted(class_dir.glob("*.jpg"))
        out = args.out_dir / class_dir.name
        out.mkdir(parents=True, exist_ok=True)
        for i in range(args.per_class):
            scene = make_scene(sources, photos, rng)
            scene.save(out / f"scene_{i:03d}.jpg", quality=int(rng.integers(55, 92)))
    print(f"wrote {args.per_class} scenes per class to {args.out_dir}")
    return 0


def _load_scene_photos(root: Path) -> list[Image.Image]:
    photos = []
    for sub in HELD_OUT_BACKGROUNDS:
        for path in sorted((root / sub).glob("*")):
            try:
                photos.append(Image.open(path).convert("RGB"))
            except OSError:
                continue
    return photos


def make_scene(sources: list[Path], photos: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    width, height = _canvas_size(rng)
    canvas = _background(width, height, photos, rng)
    count = int(rng.choice([1, 1, 2, 3]))
    for _ in range(count):
        fruit = Image.open(sources[int(rng.integers(len(sources)))]).convert("RGB")
        _paste_fruit(canvas, fruit, count, rng)
    return _camera_effects(canvas, rng)


def _canvas_size(rng: np.random.Generator) -> tuple[int, int]:
    short = int(rng.integers(140, 300))
    ratio = float(rng.choice([1.0, 4 / 3, 3 / 2, 16 / 9]))
    long_side = int(short * ratio)
    return (long_side, short) if rng.random() < 0.6 else (short, long_side)


def _background(width: int, height: int, photos: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    kind = rng.choice(["photo", "noise", "gradient", "stripes", "wood"] if photos else ["noise", "gradient"])
    if kind == "photo":
        photo = photos[int(rng.integers(len(photos)))]
        scale = max(width / photo.width, height / photo.height) * rng.uniform(1.0, 1.8)
        big = photo.resize((int(photo.width * scale) + 1, int(photo.height * scale) + 1), Image.BILINEAR)
        x, y = int(rng.integers(0, big.width - width + 1)), int(rng.integers(0, big.height - height + 1))
        return big.crop((x, y, x + width, y + height))
    base = rng.uniform(40, 220, 3)
    yy, xx = np.mgrid[:height, :width].astype(np.float32)
    if kind == "noise":
        img = base + rng.normal(0, 25, (height, width, 3))
    elif kind == "gradient":
        other = rng.uniform(40, 220, 3)
        t = (xx / width)[..., None]
        img = base * (1 - t) + other * t + rng.normal(0, 6, (height, width, 3))
    elif kind == "stripes":
        period = rng.uniform(6, 30)
        img = base + 35 * np.sign(np.sin(2 * np.pi * (xx + yy * rng.uniform(-1, 1)) / period))[..., None]
    else:  # wood-like grain
        grain = np.sin(yy / rng.uniform(3, 9) + 4 * np.sin(xx / rng.uniform(20, 60)))
        img = np.array([150, 100, 60]) * rng.uniform(0.6, 1.2) + 25 * grain[..., None]
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def _paste_fruit(canvas: Image.Image, fruit: Image.Image, count: int, rng: np.random.Generator) -> None:
    short = min(canvas.size)
    share = rng.uniform(0.45, 0.8) if count == 1 else rng.uniform(0.3, 0.5)
    side = max(24, int(short * share))
    fruit = fruit.resize((side, side), Image.BILINEAR).rotate(float(rng.uniform(0, 360)), fillcolor=(255, 255, 255))
    arr = np.asarray(fruit).astype(np.float32)
    mask = Image.fromarray(((arr.min(axis=2) < 232) * 255).astype(np.uint8)).filter(ImageFilter.MinFilter(3))
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    cx = canvas.width / 2 + rng.uniform(-0.3, 0.3) * canvas.width * (0.5 if count == 1 else 1.0)
    cy = canvas.height / 2 + rng.uniform(-0.3, 0.3) * canvas.height * (0.5 if count == 1 else 1.0)
    canvas.paste(fruit, (int(cx - side / 2), int(cy - side / 2)), mask)


def _camera_effects(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.6, 1.35))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.7, 1.3))
    img = ImageEnhance.Color(img).enhance(rng.uniform(0.7, 1.3))
    arr = np.asarray(img).astype(np.float32) * rng.uniform(0.88, 1.12, 3)  # white-balance cast
    if rng.random() < 0.5:
        arr += rng.normal(0, rng.uniform(2, 10), arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.4:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.6)))
    return img


if __name__ == "__main__":
    sys.exit(main())
