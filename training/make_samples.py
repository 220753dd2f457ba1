"""Add a few real shop photos to resources/samples/ (the photos Try a Photo and the self-test classify).

    .venv/bin/python training/make_samples.py

Each is the first (by file name) held-out photo of its class (training/default_model/holdout.txt): the
bundled model never trained, tuned or calibrated on it. Resized to 320 px on the short side (the model sees
160); saved as ``shop_<class id with _ for spaces>.jpg``.
"""

from __future__ import annotations

from pathlib import Path
import sys

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ("Apple Granny Smith", "Carrot", "Kiwi 1", "Red Bell Pepper", "Satsuma", "Vine Tomato")
SIDE = 320


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from training.default_model import split

    tree = split.split_tree(split.GROCERY / "classes")
    out = ROOT / "resources" / "samples"
    for name in CLASSES:
        source = tree[name]["holdout"][0]
        with Image.open(source) as photo:
            photo = photo.convert("RGB")
            scale = SIDE / min(photo.size)
            if scale < 1:
                photo = photo.resize((round(photo.width * scale), round(photo.height * scale)),
                                     Image.Resampling.LANCZOS)
            photo.save(out / f"shop_{name.replace(' ', '_')}.jpg", quality=88)
        print(f"{name}: {source.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
