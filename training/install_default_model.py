"""Copy a trained model from the store into resources/models/ as the bundled default model.

    FRUITCLASSIFIER_HOME=... python training/install_default_model.py "Fruits-360 default (augmented)"

The model folder (model.keras + metadata.json) is copied as is, renamed for the
library, and checked: it must load with safe_mode=True and be at most 20 MB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "models" / "fruits360-default"
MAX_BYTES = 20 * 1024 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="store name or model folder")
    parser.add_argument("--display-name", default="Fruits-360 (default)")
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
    print(f"installed {info.name!r} as {TARGET} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
