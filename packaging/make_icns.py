"""Build resources/icons/app.icns (the macOS bundle icon) from the app_<size>.png icons.

    .venv/bin/python packaging/make_icns.py

Pillow writes ICNS on any platform, so the icon can be rebuilt on Linux too; the result is
committed so a macOS build needs no extra tools. Each size the icon set has drawn by hand is used
as is; Pillow scales the largest one for the sizes that are missing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import re

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # what an .icns holds (32 doubles as 16@2x, and so on)


def icon_pngs(folder: Path, name: str = "app") -> dict[int, Path]:
    """{size: path} for every ``<name>_<size>.png`` in folder."""
    found = {}
    for path in folder.glob(f"{name}_*.png"):
        match = re.fullmatch(rf"{re.escape(name)}_(\d+)", path.stem)
        if match:
            found[int(match.group(1))] = path
    return found


def make_icns(folder: Path = ICONS, out: Path | None = None, name: str = "app") -> Path:
    pngs = icon_pngs(folder, name)
    if not pngs:
        raise SystemExit(f"no {name}_<size>.png icons in {folder}")
    largest = Image.open(pngs[max(pngs)]).convert("RGBA")
    images = []
    for size in ICNS_SIZES:
        image = Image.open(pngs[size]).convert("RGBA") if size in pngs else largest.resize(
            (size, size), Image.Resampling.LANCZOS)
        images.append(image)
    out = out or folder / f"{name}.icns"
    images[-1].save(out, format="ICNS", append_images=images[:-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="output file (default resources/icons/app.icns)")
    args = parser.parse_args()
    print(make_icns(out=args.out))


if __name__ == "__main__":
    main()
