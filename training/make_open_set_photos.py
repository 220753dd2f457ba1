"""Write resources/open_set/: fruit-free scenes every new model learns "not one of my classes" from.

    .venv/bin/python training/make_open_set_photos.py

160 JPEGs of 128 px (under 1 MB): crops of the CC0 clothing photos of ../shared/datasets/backgrounds
(surfaces, fabric, floors, hands, empty crates, price tags) and procedural surfaces, made by the same
scene code as the default model's "_other" class (training/scenes/compose.py: empty_scene). Training
adds recoloured copies of the user's own photos at run time (core/training/open_set_data.py).
"""

from __future__ import annotations

from pathlib import Path
import sys

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.default_model.render import photo_paths  # noqa: E402
from training.scenes.backdrop import load_photos  # noqa: E402
from training.scenes.compose import empty_scene  # noqa: E402

OUT = ROOT / "resources" / "open_set"
COUNT, SIZE, SEED = 160, 128, 360


def main() -> int:
    photos = load_photos(photo_paths(ROOT.parent / "shared" / "datasets" / "backgrounds", "train"))
    rng = np.random.default_rng(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    for i in range(COUNT):
        scene = empty_scene(photos, rng)
        side = min(scene.size)
        left, top = (scene.width - side) // 2, (scene.height - side) // 2
        scene.crop((left, top, left + side, top + side)).resize((SIZE, SIZE)).save(OUT / f"other_{i:03d}.jpg",
                                                                                   quality=85)
    (OUT / "README.md").write_text(
        "# Fruit-free photos for \"not one of my classes\"\n\n"
        f"{COUNT} scenes made by `training/make_open_set_photos.py` from the CC0 clothing photos of the "
        "clothing-dataset-small repository (alexeygrigorev, CC0 1.0; see ../shared/datasets/backgrounds/SOURCE.md) "
        "and procedural surfaces. Every new model trained with `open_set` on (the default) learns its "
        "\"_other\" class from these plus recoloured copies of its own training photos.\n", encoding="utf-8")
    print(f"wrote {COUNT} photos to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
