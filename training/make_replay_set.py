"""Build the compact replay set shipped with a bundled model (resources/replay/<model folder>/).

Teaching (fruitclassifier/core/teach/) shows a few dozen of the model's original training images
per class again while it learns the user's photos, so classes nobody taught are not forgotten.
For every class name in the model's metadata.json this copies ``--per-class`` Training images
(original bytes, drawn with a fixed seed); for the model's "not one of my fruits" class (metadata
``open_set.other_class``, or ``_other`` here even when the model has none yet, so a model that adds
it later finds it) it writes square crops of CC0 background photos. Re-run it whenever the bundled
model's class names change:

    python training/make_replay_set.py resources/models/fruits360-default \\
        ../shared/datasets/fruits360-subset/Training ../shared/datasets/backgrounds/clothing_cc0
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OTHER = "_other"
EXTENSIONS = {".jpg", ".jpeg", ".png"}
README = """# Replay set for the bundled model `{model}`

Made by `training/make_replay_set.py` (seed {seed}); teaching replays these images so the classes a user
does not teach are not forgotten (fruitclassifier/core/teach/replay.py). {per_class} images per class.

- Fruit classes: unchanged copies of Fruits-360 Training images by Horea Mureșan and Mihai Oltean
  ("Fruit recognition from images using deep learning", Acta Univ. Sapientiae, Informatica 10(1), 2018),
  licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). File names are the originals.
- `{other}/`: {size}-px square crops of phone photos from github.com/alexeygrigorev/clothing-dataset-small
  (commit 11961516512414bf9f6c150a832cfd21b54a6b54), licence CC0 1.0. Each file is named after its source photo.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, help="the bundled model's folder (holds metadata.json)")
    parser.add_argument("training_dir", type=Path, help="Fruits-360 Training folder (one folder per class)")
    parser.add_argument("backgrounds_dir", type=Path, help="CC0 background photos for the other class")
    parser.add_argument("--out", type=Path, help="default: resources/replay/<model folder name>")
    parser.add_argument("--per-class", type=int, default=30)
    parser.add_argument("--size", type=int, default=100, help="pixel size of the background crops")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    meta = json.loads((args.model_dir / "metadata.json").read_text(encoding="utf-8"))
    other = str((meta.get("open_set") or {}).get("other_class") or OTHER)
    out = args.out or ROOT / "resources" / "replay" / args.model_dir.name
    if out.exists():
        shutil.rmtree(out)
    rng = np.random.default_rng(args.seed)
    for name in meta["class_names"]:
        if name != other:
            _copy_class(args.training_dir / name, out / name, args.per_class, rng)
    _background_crops(args.backgrounds_dir, out / other, args.per_class, args.size, rng)
    (out / "README.md").write_text(README.format(model=args.model_dir.name, seed=args.seed, per_class=args.per_class,
                                                 other=other, size=args.size), encoding="utf-8")
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {sum(1 for _ in out.rglob('*.jpg'))} images, {total / 1e6:.2f} MB")
    return 0


def _copy_class(source: Path, target: Path, count: int, rng: np.random.Generator) -> None:
    files = sorted(f for f in source.iterdir() if f.suffix.lower() in EXTENSIONS)
    if not files:
        raise SystemExit(f"{source} has no images: is the class name right?")
    target.mkdir(parents=True)
    for i in sorted(rng.permutation(len(files))[:count]):
        shutil.copyfile(files[i], target / files[i].name)


def _background_crops(source: Path, target: Path, count: int, size: int, rng: np.random.Generator) -> None:
    """One random square crop (30-100 % of the short side) from each of ``count`` photos."""
    files = sorted(f for f in source.iterdir() if f.suffix.lower() in EXTENSIONS)
    target.mkdir(parents=True)
    for i in sorted(rng.permutation(len(files))[:count]):
        with Image.open(files[i]) as photo:
            photo = photo.convert("RGB")
            w, h = photo.size
            side = int(min(w, h) * rng.uniform(0.3, 1.0))
            left, top = int(rng.integers(0, w - side + 1)), int(rng.integers(0, h - side + 1))
            crop = photo.crop((left, top, left + side, top + side)).resize((size, size), Image.Resampling.LANCZOS)
            crop.save(target / f"{files[i].stem}.jpg", quality=85)


if __name__ == "__main__":
    sys.exit(main())
