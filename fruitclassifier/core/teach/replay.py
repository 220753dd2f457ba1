"""Replay: a sample of the images a model was trained on, shown again while it learns the user's photos.

Without it a head refitted on ten photos of three classes forgets the other ten classes. Where the
images come from, in order: a folder the caller names; what a taught model recorded (its parent's
replay folders plus the teaching set it learned from); the compact set shipped for a bundled model
(``resources/replay/<model folder>/``, made by training/make_replay_set.py); the training folder a
model trained here recorded (``config.data_dir``). A model trained here whose folder is gone is taught
from the teaching set alone, with a warning; an imported model with none of these cannot be taught.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.store import ModelInfo
from fruitclassifier.core.teach.errors import TeachError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: Layouts whose class folders sit one level down (a Fruits-360 download).
_TRAINING_NAMES = ("Training", "training", "train", "Train")


@dataclass
class ReplaySource:
    """The folders to replay from (may be empty) and what the user should be told about them."""

    dirs: list[Path]
    warnings: list[str] = field(default_factory=list)


BUNDLED_PREFIX = "bundled:"


def bundled_replay_dir(info: ModelInfo) -> Path:
    return paths.resource_path("replay", info.path.name)


def portable(folder: Path) -> str:
    """How a replay folder is recorded in metadata: shipped ones by name (the app's own path changes
    with every install), others as absolute paths."""
    try:
        return BUNDLED_PREFIX + str(Path(folder).resolve().relative_to(paths.resource_path("replay").resolve()))
    except ValueError:
        return str(Path(folder).resolve())


def resolve(recorded: str) -> Path:
    if recorded.startswith(BUNDLED_PREFIX):
        return paths.resource_path("replay", recorded[len(BUNDLED_PREFIX):])
    return Path(recorded)


def find_replay(info: ModelInfo, override: str | Path | None = None) -> ReplaySource:
    """Where to replay from for ``info``; raises TeachError when an imported model has nothing."""
    if override:
        folder = Path(override).expanduser()
        if not folder.is_dir():
            raise TeachError(Text(QT_TRANSLATE_NOOP("core", "The replay folder {folder} does not exist."),
                                  folder=str(folder)),
                             QT_TRANSLATE_NOOP("core", "Pass a folder with one sub-folder of training images per "
                                                       "class."))
        return ReplaySource([folder])
    teach = info.metadata.get("teach")
    recorded = [resolve(str(d)) for d in teach.get("replay_dirs", [])] if isinstance(teach, dict) else []
    if recorded:
        found = [d for d in recorded if d.is_dir()]
        warnings = [f"Replay folder {d} is gone; classes only it held may be forgotten."
                    for d in recorded if not d.is_dir()]
        return ReplaySource(found, warnings)
    if info.bundled and bundled_replay_dir(info).is_dir():
        return ReplaySource([bundled_replay_dir(info)])
    config = info.metadata.get("config") if isinstance(info.metadata.get("config"), dict) else {}
    data_dir = str(config.get("data_dir") or "")
    if data_dir and Path(data_dir).expanduser().is_dir():
        return ReplaySource([_training_root(Path(data_dir).expanduser())])
    if data_dir:
        return ReplaySource([], [f"The training images ({data_dir}) are gone: teaching from your photos alone, "
                                 "so classes you do not teach may be forgotten."])
    raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{name} cannot be taught: it has no replay data (it was imported, "
                                                    "so the app does not know its training images)."),
                          name=repr(info.name)),
                     QT_TRANSLATE_NOOP("core", "Pass --replay DIR, a folder with one sub-folder of its training images "
                                               "per class."))


def _training_root(folder: Path) -> Path:
    for name in _TRAINING_NAMES:
        if (folder / name).is_dir():
            return folder / name
    return folder


def class_folders(root: Path) -> dict[str, list[Path]]:
    """{class folder name: image files under it, sorted} for the visible sub-folders of ``root``."""
    out: dict[str, list[Path]] = {}
    try:
        folders = sorted(p for p in Path(root).iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return {}
    for folder in folders:
        out[folder.name] = sorted(f for f in folder.rglob("*") if f.is_file() and not f.name.startswith(".")
                                  and f.suffix.lower() in images.IMAGE_EXTENSIONS)
    return out


def sample(source: ReplaySource, class_names: list[str], per_class: int, seed: int) -> list[tuple[Path, int]]:
    """Up to ``per_class`` images of each known class, drawn evenly from every replay folder (seeded)."""
    rng = np.random.default_rng(seed)
    index = {name: i for i, name in enumerate(class_names)}
    pools: dict[int, list[Path]] = {}
    for folder in source.dirs:
        for name, files in class_folders(_training_root(folder)).items():
            if name in index:
                pools.setdefault(index[name], []).extend(files)
    picked: list[tuple[Path, int]] = []
    for label, files in sorted(pools.items()):
        order = rng.permutation(len(files))[:per_class]
        picked += [(files[i], label) for i in sorted(order)]
    return picked


def hold_back(picked: list[tuple[Path, int]], taught: set[int], per_class: int,
              seed: int) -> tuple[list[tuple[Path, int]], list[tuple[Path, int]]]:
    """(replayed, held back): ``per_class`` images of every class not being taught set aside (seeded), so the
    before/after score covers the classes teaching must not forget as well as the taught ones."""
    rng = np.random.default_rng(seed + 2)
    by_class: dict[int, list[tuple[Path, int]]] = {}
    for item in picked:
        by_class.setdefault(item[1], []).append(item)
    kept, held = [], []
    for label, items in sorted(by_class.items()):
        k = min(per_class, len(items) // 2) if label not in taught else 0
        chosen = set(rng.permutation(len(items))[:k].tolist())
        held += [item for i, item in enumerate(items) if i in chosen]
        kept += [item for i, item in enumerate(items) if i not in chosen]
    return kept, held
