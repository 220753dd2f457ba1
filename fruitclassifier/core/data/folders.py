"""Scan image folders of class folders and split them (the tf.data half lives in pipeline.py).

Scanning is plain ``os.scandir`` (no TensorFlow, no image decoding unless
asked) because the GUI shows the class list and counts the moment a folder is
dropped, long before TensorFlow has loaded, and Fruits-360 has ~90,000 files.
Nothing here imports TensorFlow.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
import hashlib
import os
from pathlib import Path
from typing import Any
import unicodedata

import numpy as np

from fruitclassifier.core.data import images
from fruitclassifier.errors import UserError

#: Warn when the largest class has more than this many times the images of the smallest.
IMBALANCE_RATIO = 3.0
#: Warn about classes with fewer images than this.
FEW_IMAGES = 5
#: Files whose header is read to report typical image sizes.
SIZE_SAMPLE = 24

#: Folder names (lower case) of a Fruits-360-style split; compare_cache finds a model's test folder with them too.
TRAIN_NAMES = ("training", "train")
TEST_NAMES = ("test", "testing")
Errors = list[tuple[Path, str]]


class DataError(UserError, ValueError):
    """A data folder that cannot be used; the message says what is wrong and what to do."""


@dataclass
class DataSummary:
    """What a scan found: the classes, their files, and anything the user should know."""

    root: Path
    test_dir: Path | None
    class_names: list[str]
    files: list[Path]
    labels: list[int]
    counts: dict[str, int]
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fingerprint: str = ""
    image_sizes: dict[str, int] = field(default_factory=dict)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def to_dict(self, include_files: bool = False) -> dict[str, Any]:
        """JSON-safe summary; the file list (90,000 paths for Fruits-360) only when asked."""
        out: dict[str, Any] = {
            "root": str(self.root),
            "test_dir": str(self.test_dir) if self.test_dir else None,
            "num_classes": self.num_classes,
            "num_images": len(self.files),
            "class_names": list(self.class_names),
            "counts": dict(self.counts),
            "unreadable": [[str(p), r] for p, r in self.unreadable],
            "warnings": list(self.warnings),
            "fingerprint": self.fingerprint,
            "image_sizes": dict(self.image_sizes),
        }
        if include_files:
            out["files"] = [str(p) for p in self.files]
            out["labels"] = [int(x) for x in self.labels]
        return out


# ----------------------------------------------------------------------------- scanning


def scan(folder: str | os.PathLike, verify: bool = False) -> DataSummary:
    """List a folder of class folders (or a Fruits-360 folder with Training/ and Test/).

    Only names and sizes are read (os.scandir) unless verify=True, which also
    decodes every file cheaply to find broken ones.
    """
    folder = Path(folder).expanduser()
    check_folder(folder)
    root, test_dir = _resolve_layout(folder)
    listed, unreadable, notes = _list_classes(root)
    class_names = [name for name, _ in listed]
    files = [Path(p) for _, found in listed for p, _ in found]
    labels = [i for i, (_, found) in enumerate(listed) for _ in found]
    fingerprint = _fingerprint(str(root), [item for _, found in listed for item in found])
    if verify:
        files, labels, broken = drop_broken(files, labels)
        unreadable = sorted(unreadable + broken)
    counts = dict.fromkeys(class_names, 0)
    for label in labels:
        counts[class_names[label]] += 1
    return DataSummary(
        root=root, test_dir=test_dir, class_names=class_names, files=files, labels=labels, counts=counts,
        unreadable=unreadable, warnings=notes + _balance_warnings(counts) + _unreadable_warning(unreadable),
        fingerprint=fingerprint, image_sizes=_sample_sizes(files),
    )


def _list_classes(root: Path) -> tuple[list[tuple[str, list[tuple[str, int]]]], Errors, list[str]]:
    """[(class name, [(file, bytes)])] for classes with images, unusable files, and notes for the user."""
    classes = _subdirs(root)
    if not classes:
        raise DataError(_no_classes_message(root))
    listed, unreadable, empty, notes = [], [], [], []
    for name, path in classes:
        found, bad = _list_class(path)
        unreadable += bad
        if found:
            listed.append((name, found))
        else:
            empty.append(name)
    _check_classes(root, listed)
    if empty:
        notes.append(f"Skipped {len(empty)} class folder(s) with no images: {_some(empty)}.")
    loose = _count_loose_images(root)
    if loose:
        notes.append(f"{loose} image(s) directly in {root.name}/ are not in a class folder and were ignored.")
    return listed, unreadable, notes


def check_folder(folder: Path) -> None:
    """A DataError unless ``folder`` is an existing folder (the CLI asks before TensorFlow loads)."""
    if not folder.exists():
        raise DataError(f"{folder} does not exist: choose a folder that holds one sub-folder of images per class")
    if not folder.is_dir():
        raise DataError(f"{folder} is a file, not a folder: choose the folder that holds the class folders")


def _subdirs(folder: Path) -> list[tuple[str, Path]]:
    """Visible sub-folders, sorted by name (the class index order Keras also uses)."""
    try:
        with os.scandir(folder) as it:
            found = [(e.name, Path(e.path)) for e in it if not e.name.startswith(".") and _is_dir(e)]
    except OSError as exc:
        raise DataError(f"cannot read {folder} ({exc.strerror or exc}): check that the folder is accessible") from None
    return sorted(found)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _resolve_layout(folder: Path) -> tuple[Path, Path | None]:
    """Fruits-360 style (Training/ + optional Test/) → (Training, Test); otherwise (folder, None)."""
    subdirs = {name.lower(): path for name, path in _subdirs(folder)}
    train = next((subdirs[n] for n in TRAIN_NAMES if n in subdirs), None)
    if train is None:
        return folder, None
    test = next((subdirs[n] for n in TEST_NAMES if n in subdirs), None)
    return train, test


def _no_classes_message(root: Path) -> str:
    if _count_loose_images(root):
        return (f"{root} has images but no class folders: put each class's images in its own sub-folder "
                f"(e.g. {root / 'apple'}, {root / 'banana'})")
    return f"{root} has no class folders: put each class's images in its own sub-folder"


def _check_classes(root: Path, listed: list) -> None:
    if not listed:
        raise DataError(f"{root} has class folders but no images in them: add .jpg or .png photos to each class folder")
    if len(listed) == 1:
        raise DataError(f"{root} has only one class ({listed[0][0]!r}): a classifier needs at least two class "
                        "folders with images")


def _is_image_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in images.IMAGE_EXTENSIONS


def _list_class(folder: Path) -> tuple[list[tuple[str, int]], Errors]:
    """Image files (with sizes) anywhere under one class folder, sorted; empty or vanished files apart.

    Paths stay strings here: pathlib costs more than the system calls at 90,000 files.
    """
    found: list[tuple[str, int]] = []
    bad: Errors = []
    stack = [str(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                entries = [e for e in it if not e.name.startswith(".")]
        except OSError:
            continue  # an unreadable sub-folder: nothing we can list there
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            elif _is_image_name(entry.name) or images.looks_like_image(entry.path):
                _add_file(entry, found, bad)
    found.sort()
    bad.sort()
    return found, bad


def _add_file(entry: os.DirEntry, found: list, bad: Errors) -> None:
    try:
        size = entry.stat().st_size
    except OSError:
        bad.append((Path(entry.path), "file not found (broken link?)"))
        return
    if size == 0:
        bad.append((Path(entry.path), "empty file (0 bytes)"))
    else:
        found.append((entry.path, size))


def _count_loose_images(root: Path) -> int:
    try:
        with os.scandir(root) as it:
            return sum(1 for e in it if not e.name.startswith(".") and _is_image_name(e.name))
    except OSError:
        return 0


def _fingerprint(root: str, files: list[tuple[str, int]]) -> str:
    """sha256[:16] of sorted (relative POSIX path, size): equal for equal data on any machine or clone.

    Names are NFC-normalised because macOS and Linux spell accented names differently.
    """
    cut = len(os.path.join(root, ""))
    lines = sorted(
        f"{unicodedata.normalize('NFC', p[cut:].replace(os.sep, '/'))}\t{size}\n" for p, size in files
    )
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def decode_workers() -> int:
    """Decode threads: Pillow releases the GIL while decoding, so one or two per core pays off."""
    return max(2, min(16, 2 * (os.cpu_count() or 1)))


def drop_broken(files: list[Path], labels: list[int]) -> tuple[list[Path], list[int], Errors]:
    """Decode every file cheaply (JPEGs at 1/8 scale) in threads; keep the ones that work."""

    def check(path: Path) -> str | None:
        try:
            images.verify(path)
        except images.ImageError as exc:
            return exc.reason
        return None

    with ThreadPoolExecutor(max_workers=decode_workers()) as pool:
        reasons = list(pool.map(check, files, chunksize=64))
    keep = [i for i, r in enumerate(reasons) if r is None]
    broken = [(files[i], r) for i, r in enumerate(reasons) if r is not None]
    return [files[i] for i in keep], [labels[i] for i in keep], broken


def _balance_warnings(counts: dict[str, int]) -> list[str]:
    notes = []
    big, small = max(counts, key=counts.get), min(counts, key=counts.get)
    if counts[small] and counts[big] > IMBALANCE_RATIO * counts[small]:
        notes.append(
            f"Classes are unbalanced: {big!r} has {counts[big]} images but {small!r} only {counts[small]} "
            f"({counts[big] / counts[small]:.0f}×). Keep 'class weights' on, or add images to the small classes."
        )
    few = [name for name, n in counts.items() if n < FEW_IMAGES]
    if few:
        notes.append(f"{len(few)} class(es) have fewer than {FEW_IMAGES} images ({_some(few)}): "
                     "add more photos (50+ per class works much better).")
    return notes


def _unreadable_warning(unreadable: Errors) -> list[str]:
    if not unreadable:
        return []
    path, reason = unreadable[0]
    return [f"{len(unreadable)} file(s) cannot be used and will be skipped (e.g. {path.name}: {reason})."]


def _some(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _sample_sizes(files: list[Path]) -> dict[str, int]:
    """Min/max width and height from the headers of a few files spread over the list."""
    from PIL import Image

    if not files:
        return {}
    picks = sorted({int(i) for i in np.linspace(0, len(files) - 1, min(SIZE_SAMPLE, len(files)))})
    sizes = []
    for i in picks:
        try:
            with Image.open(files[i]) as img:
                sizes.append(img.size)
        except Exception:  # noqa: BLE001 - a sample that cannot be read is simply not counted
            continue
    if not sizes:
        return {}
    ws, hs = [w for w, _ in sizes], [h for _, h in sizes]
    return {"min_width": min(ws), "max_width": max(ws), "min_height": min(hs), "max_height": max(hs),
            "sampled": len(sizes)}


# ----------------------------------------------------------------------------- splitting


def stratified_split(labels: Sequence[int], val_split: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train_idx, val_idx), each sorted: the same share of every class goes to validation.

    Every class with ≥ 2 images keeps ≥ 1 in train and, when val_split > 0, ≥ 1 in
    validation, so tiny classes still get measured; a one-image class stays in train.
    """
    if not 0.0 <= val_split < 1.0:
        raise ValueError(f"val_split must be in [0, 1), not {val_split}")
    labels = np.asarray(labels, dtype=np.int64)
    rng = np.random.default_rng(seed)
    train, val = [], []
    for cls in np.unique(labels):
        idx = rng.permutation(np.flatnonzero(labels == cls))
        n_val = 0
        if val_split > 0 and len(idx) >= 2:
            n_val = min(max(int(round(len(idx) * val_split)), 1), len(idx) - 1)
        val.append(idx[:n_val])
        train.append(idx[n_val:])
    join = lambda parts: np.sort(np.concatenate(parts)) if parts else np.zeros(0, np.int64)  # noqa: E731
    return join(train).astype(np.int64), join(val).astype(np.int64)
