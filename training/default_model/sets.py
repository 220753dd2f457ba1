"""The default model's photo sets: which files, which label, how many cached views each.

Real shop photos are the material that predicts real use, so their fitting share gets the most views;
Fruits-360 frames (near-copies of one another, 100 px on white) are thinned to every 4th and teach the
five classes the shop set lacks; packaged goods and background photos are "_other". Hue-turned copies of the shop
photos (``grocery-recoloured``) are "_other" material a recipe may use. Validation and held-out photos are only
ever seen as the app sees them (view 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from training.default_model.features import RECOLOURED
from training.default_model.split import SHARED, all_splits, images

OTHER = "_other"
FRUITS360 = SHARED / "fruits360-subset"


@dataclass(frozen=True)
class Part:
    """One cached group: ``key`` names its cache files; ``groups`` is the folder each photo came from."""

    key: str
    files: tuple[Path, ...]
    labels: tuple[str, ...]
    groups: tuple[str, ...]
    views: tuple[int, ...]


def parts(fit_views: int = 8, other_views: int = 2) -> dict[str, Part]:
    """Every part, keyed ``<source>-<split>``; ordered so the cheap, most-needed parts are cached first."""
    out: dict[str, Part] = {}
    for source, tree in all_splits().items():
        for split in ("holdout", "val", "fit"):
            rows = [(p, name if source == "grocery" else OTHER, name)
                    for name, part in sorted(tree.items()) for p in part[split]]
            views = (0,) if split != "fit" else tuple(range(fit_views if source == "grocery" else other_views))
            out[f"{source}-{split}"] = _part(f"{source}-{split}", rows, views)
    shop = out["grocery-fit"]
    out["grocery-recoloured"] = Part("grocery-recoloured", shop.files, (OTHER,) * len(shop.files), shop.groups,
                                     (RECOLOURED, RECOLOURED + 1))
    train = {name: images(FRUITS360 / "Training" / name) for name in _classes(FRUITS360 / "Training")}
    out["fruits360-fit"] = _part("fruits360-fit", [(p, n, n) for n, fs in train.items() for p in fs[::4]], (0, 1))
    out["fruits360-val"] = _part("fruits360-val", [(p, n, n) for n, fs in train.items() for p in fs[1::25]], (0,))
    test = [(p, n, n) for n in _classes(FRUITS360 / "Test") for p in images(FRUITS360 / "Test" / n)]
    out["fruits360-test"] = _part("fruits360-test", test, (0,))
    return out


def _classes(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir())


def _part(key: str, rows: list[tuple[Path, str, str]], views: tuple[int, ...]) -> Part:
    return Part(key, tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(r[2] for r in rows), views)
