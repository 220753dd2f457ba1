"""Build the compact replay set shipped with the bundled model (resources/replay/<model folder>/).

Teaching (fruitclassifier/core/teach/) shows a few images per class of what the model was trained on again
while it learns the user's photos, so classes nobody taught are not forgotten. Drawn from the same data the
model was fitted on (training/default_model/split.py's fitting share; never a held-out photo): for every
class in the model's metadata.json up to ``--shop`` real shop photos (resized to ``--size`` px, the model
sees no more) and Fruits-360 Training frames (unchanged) to ``--per-class`` in all; for "_other" packaged
goods and background photos, half each. Re-run it whenever the bundled model's class names change:

    python training/make_replay_set.py resources/models/fruits360-default
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import shutil
import sys

from PIL import Image
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
README = """# Replay set for the bundled model `{model}`

Made by `training/make_replay_set.py` (seed {seed}) from the photos the model was fitted on (never its held-out
share); teaching replays them so the classes a user does not teach are not forgotten
(fruitclassifier/core/teach/replay.py). Up to {per_class} images per class.

- `shop_*.jpg`: real smartphone photos from grocery stores, resized to {size} px on the short side, from the
  **Grocery Store Dataset** by Marcus Klasson, Cheng Zhang and Hedvig Kjellström (WACV 2019), MIT licence
  (github.com/marcusklasson/GroceryStoreDataset). `_other/shop_*` are its packaged goods.
- Other fruit files: unchanged Fruits-360 Training images by Horea Mureșan and Mihai Oltean ("Fruit recognition
  from images using deep learning", Acta Univ. Sapientiae, Informatica 10(1), 2018), CC BY-SA 4.0
  (https://creativecommons.org/licenses/by-sa/4.0/). File names are the originals.
- `_other/bg_*`: background photos from ../shared/datasets/backgrounds (clothing photos of
  github.com/alexeygrigorev/clothing-dataset-small, CC0 1.0; scikit-image/scikit-learn/matplotlib samples, see
  their SOURCE.md), resized.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model_dir", type=Path, help="the bundled model's folder (holds metadata.json)")
    parser.add_argument("--out", type=Path, help="default: resources/replay/<model folder name>")
    parser.add_argument("--per-class", type=int, default=16)
    parser.add_argument("--shop", type=int, default=10, help="real shop photos per class, at most")
    parser.add_argument("--size", type=int, default=160, help="short side of the resized real photos")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from training.default_model import sets

    meta = json.loads((args.model_dir / "metadata.json").read_text(encoding="utf-8"))
    other = str((meta.get("open_set") or {}).get("other_class") or sets.OTHER)
    out = args.out or ROOT / "resources" / "replay" / args.model_dir.name
    if out.exists():
        shutil.rmtree(out)
    parts = sets.parts()
    rng = np.random.default_rng(args.seed)
    for name in meta["class_names"]:
        if name == other:
            half = args.per_class // 2
            _draw(parts["packaged-fit"], None, out / other, half, "shop", args.size, rng)
            _draw(parts["backgrounds-fit"], None, out / other, args.per_class - half, "bg", args.size, rng)
            continue
        taken = _draw(parts["grocery-fit"], name, out / name, args.shop, "shop", args.size, rng)
        _draw(parts["fruits360-fit"], name, out / name, args.per_class - taken, "", args.size, rng)
        if not any((out / name).glob("*")):
            raise SystemExit(f"no training photo of {name!r}: is the class name right?")
    (out / "README.md").write_text(README.format(model=args.model_dir.name, seed=args.seed, per_class=args.per_class,
                                                 size=args.size), encoding="utf-8")
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {sum(1 for _ in out.rglob('*.jpg'))} images, {total / 1e6:.2f} MB")
    return 0


def _draw(part, label: str | None, target: Path, count: int, prefix: str, size: int,
          rng: np.random.Generator) -> int:
    """Copy (prefix "") or resize (prefix "shop"/"bg") ``count`` random files of ``part`` with this label."""
    files = [f for f, lab in zip(part.files, part.labels) if label is None or lab == label]
    chosen = [files[i] for i in sorted(rng.permutation(len(files))[:count])]
    target.mkdir(parents=True, exist_ok=True)
    for file in chosen:
        if not prefix:
            shutil.copyfile(file, target / file.name)
            continue
        with Image.open(file) as photo:
            photo = photo.convert("RGB")
            scale = size / min(photo.size)
            if scale < 1:
                photo = photo.resize((round(photo.width * scale), round(photo.height * scale)),
                                     Image.Resampling.LANCZOS)
            photo.save(target / f"{prefix}_{file.parent.name.replace(' ', '_')}_{file.stem}.jpg", quality=85)
    return len(chosen)


if __name__ == "__main__":
    sys.exit(main())
