"""Which real photo is for fitting, for validation, and which is held out (never trained or tuned on).

Why a hash of the file name: the split must be the same on every clone and every run, must not move when
another photo is added to a class, and must be written down (``holdout.txt``) so anyone can check that no
held-out photo reaches training. Per class (or per packaged-goods kind / background folder) the photos are
ordered by SHA-1 of ``<folder>/<file name>``; the first HOLDOUT share is held out, the next VALIDATION share
of what is left is the validation split (epochs, temperature, thresholds), the rest is fitted on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HOLDOUT = 0.25
VALIDATION = 0.15
SHARED = Path(__file__).resolve().parents[3] / "shared" / "datasets"
GROCERY = SHARED / "grocery-store"
EXTENSIONS = {".jpg", ".jpeg", ".png"}
LIST_FILE = Path(__file__).with_name("holdout.txt")


def _key(path: Path) -> str:
    return hashlib.sha1(f"{path.parent.name}/{path.name}".encode()).hexdigest()


def images(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in EXTENSIONS)


def split_group(files: list[Path]) -> dict[str, list[Path]]:
    """{"fit", "val", "holdout"} for the photos of one class (or kind), by hash order; each list sorted."""
    ordered = sorted(files, key=_key)
    n_hold = round(len(ordered) * HOLDOUT)
    rest = ordered[n_hold:]
    n_val = max(1, round(len(rest) * VALIDATION)) if len(rest) > 2 else 0
    return {"holdout": sorted(ordered[:n_hold]), "val": sorted(rest[:n_val]), "fit": sorted(rest[n_val:])}


def groups(root: Path) -> dict[str, list[Path]]:
    """Photos per leaf folder under ``root`` (a class, a packaged-goods kind, a background source)."""
    out: dict[str, list[Path]] = {}
    for path in images(root):
        out.setdefault(path.parent.relative_to(root).as_posix(), []).append(path)
    return out


def split_tree(root: Path) -> dict[str, dict[str, list[Path]]]:
    """split_group for every leaf folder under ``root``."""
    return {name: split_group(files) for name, files in groups(root).items()}


def all_splits() -> dict[str, dict[str, dict[str, list[Path]]]]:
    """The three real-photo sources the default model uses, split."""
    return {"grocery": split_tree(GROCERY / "classes"), "packaged": split_tree(GROCERY / "not-mine"),
            "backgrounds": split_tree(SHARED / "backgrounds")}


def holdout_lines() -> list[str]:
    """One line per held-out photo: ``<source>/<folder>/<file>`` (the committed list)."""
    lines = []
    for source, tree in all_splits().items():
        for name, parts in tree.items():
            lines += [f"{source}/{name}/{p.name}" for p in parts["holdout"]]
    return sorted(lines)


def check_list_file() -> None:
    """Refuse to build when the data no longer splits as the committed list says (a photo moved or changed)."""
    lines = holdout_lines()
    if not LIST_FILE.exists():
        LIST_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    if LIST_FILE.read_text(encoding="utf-8").splitlines() != lines:
        raise SystemExit(f"{LIST_FILE} no longer matches the data's held-out photos: the data changed")


if __name__ == "__main__":
    LIST_FILE.write_text("\n".join(holdout_lines()) + "\n", encoding="utf-8")
    print(f"{LIST_FILE}: {len(holdout_lines())} held-out photos")
