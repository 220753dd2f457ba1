"""Copy a trained model from the store into resources/models/ as the bundled default model.

    FRUITCLASSIFIER_HOME=... python training/install_default_model.py "Fruits-360 default (augmented)"

The model folder (model.keras + metadata.json) is copied as is, renamed for the
library, and checked: it must load with safe_mode=True and be at most 20 MB.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import shutil
import sys

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "models" / "fruits360-default"
MAX_BYTES = 20 * 1024 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="store name or model folder")
    parser.add_argument("--display-name", default="Fruit & veg (default)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from fruitclassifier.core.models.registry import load_keras
    from fruitclassifier.core.store import find_model

    info = find_model(args.model)
    size = info.model_file.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{info.model_file} is {size / 1e6:.1f} MB; the bundled model must be at most 20 MB")
    load_keras(info.model_file)  # refuses anything safe_mode would not load
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    shutil.copy2(info.model_file, TARGET / "model.keras")
    metadata = dict(info.metadata)
    metadata["name"] = args.display_name
    metadata["notes"] = ("Bundled default model, trained by training/configs/default_model.toml on the Fruits-360 "
                         "subset (Fruits-360 by Horea Mureșan and Mihai Oltean, CC BY-SA 4.0).")
    (TARGET / "metadata.json").write_text(json.dumps(metadata, indent=2, default=str), encoding="utf-8")
    ship_tflite(TARGET)
    print(f"installed {info.name!r} as {TARGET} ({size / 1e6:.1f} MB)")
    return 0


def ship_tflite(folder: Path) -> None:
    """Put the model's TFLite conversion beside it, so a new user's first photo is not held up by converting.

    Checked against the Keras model on random images first; metadata "tflite_for_sha256" ties the file
    to this exact model.keras (core/inference/classifier.py ignores it otherwise).
    """
    import numpy as np

    from fruitclassifier.core.conversion import runtime, tflite
    from fruitclassifier.core.inference import lite
    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(folder / "model.keras")
    flatbuffer = tflite.convert(model)
    size = int(model.input_shape[1])
    batch = np.random.default_rng(0).integers(0, 256, (8, size, size, 3), dtype=np.uint8)
    gap = float(np.abs(runtime.LiteRunner(flatbuffer)(batch) - model.predict(batch.astype("float32"), verbose=0)).max())
    if gap > 1e-4:
        raise SystemExit(f"the TFLite copy differs from the Keras model by {gap:.2g}; not shipped")
    (folder / lite.SHIPPED_FILE).write_bytes(flatbuffer)
    meta_file = folder / "metadata.json"
    metadata = json.loads(meta_file.read_text(encoding="utf-8"))
    metadata["tflite_for_sha256"] = metadata["sha256"]
    meta_file.write_text(json.dumps(metadata, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
