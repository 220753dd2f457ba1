"""A model's teaching set: the user's corrected photos, COPIED (never moved) into class folders.

One folder per model in the user's data folder (``<home>/teaching/<model folder>/``), holding one
sub-folder per class and ``sources.json`` (where each copy came from, when, and its content hash).
It is a plain folder of class folders, so ``teach()`` and the CLI read it like any photo folder, and a
user can look inside it. No TensorFlow, no Qt: the Classify page calls this on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
import hashlib
import json
from pathlib import Path
import shutil
from typing import Any

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.core.store import ModelInfo, slugify, write_json_atomic
from fruitclassifier.core.teach.errors import TeachError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

SOURCES_FILE = "sources.json"
#: What the user picks (GUI) or names a folder (CLI) to teach the model's "not one of my fruits" class.
NOT_MINE = "Not one of my fruits"
_BAD_CHARS = set('/\\:*?"<>|')


@dataclass(frozen=True)
class Entry:
    """One taught photo: its class, the copy in the teaching set, and the file it was copied from."""

    class_name: str
    path: Path
    source: str


def other_class(metadata: dict) -> str | None:
    """The model's "not one of my fruits" class name, or None when its metadata has no open set."""
    open_set = metadata.get("open_set")
    if isinstance(open_set, dict) and open_set.get("other_class"):
        return str(open_set["other_class"])
    return None


def resolve_class_name(name: str, metadata: dict) -> str:
    """The folder name a typed or picked class becomes; refuses names that cannot be a class.

    "Not one of my fruits" maps to the model's other class; typing that class's internal name
    (e.g. "_other") is refused, so nobody teaches into it by accident.
    """
    text = " ".join(str(name).split())
    other = other_class(metadata)
    if text.casefold() == NOT_MINE.casefold():
        if other is None:
            raise TeachError(QT_TRANSLATE_NOOP("core", "This model has no “Not one of my fruits” class."),
                             QT_TRANSLATE_NOOP("core", "Pick one of its classes or type a new name."))
        return other
    if not text or text.startswith(".") or _BAD_CHARS & set(text):
        raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{name} cannot be a class name."), name=repr(name)),
                         QT_TRANSLATE_NOOP("core", "Type a name without / \\ : * ? \" < > | that does not start "
                                                   "with a dot."))
    if other is not None and text.casefold() == other.casefold():
        raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{name} is the model's internal name for “Not one of my "
                                                        "fruits”."), name=repr(text)),
                         QT_TRANSLATE_NOOP("core", "Pick “Not one of my fruits” instead."))
    ids = ModelInfo("", Path(), False, metadata).class_names
    known = {shown.casefold(): c for c, shown in display_names(ids).items()}
    known.update({c.casefold(): c for c in ids})
    return known.get(text.casefold(), text)  # "apple 10" and "Banana" (as shown) mean the model's own classes


class TeachingSet:
    """The teaching set folder of one model; every method re-reads the folder, so two pages agree."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def for_model(cls, info: ModelInfo) -> TeachingSet:
        key = slugify(info.path.name if info.bundled else info.name)
        return cls(paths.home() / "teaching" / (("bundled-" if info.bundled else "") + key))

    # --- reading ---------------------------------------------------------------------------------

    def _sources(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads((self.root / SOURCES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def entries(self) -> list[Entry]:
        """Every photo in the set, by class then file name (files added by hand count too)."""
        sources = self._sources()
        found = []
        for folder in sorted(p for p in self._class_dirs()):
            for file in sorted(folder.iterdir()):
                if file.is_file() and not file.name.startswith("."):
                    rel = f"{folder.name}/{file.name}"
                    found.append(Entry(folder.name, file, str(sources.get(rel, {}).get("source", ""))))
        return found

    def _class_dirs(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.entries():
            counts[entry.class_name] = counts.get(entry.class_name, 0) + 1
        return counts

    def taught(self) -> dict[str, str]:
        """{source path: class} for every copied photo whose copy is still there (to mark the Classify list)."""
        return {e.source: e.class_name for e in self.entries() if e.source}

    def __len__(self) -> int:
        return len(self.entries())

    def fingerprint(self) -> str:
        """Changes when any photo or class changes: recorded in the taught model's metadata."""
        return fingerprint_folder(self.root)

    # --- writing -----------------------------------------------------------------------------------

    def add(self, sources: list[str | Path], class_name: str) -> list[Path]:
        """Copy photos into ``class_name``; a photo taught before under another class moves to this one.

        Unreadable files are refused before anything is copied (ImageError names the first one).
        """
        for source in sources:
            images.verify(source)
        meta = self._sources()
        added = []
        for source in sources:
            source = Path(source).resolve()
            self._forget_source(meta, str(source))
            target = self._free_name(class_name, source.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            meta[f"{class_name}/{target.name}"] = {"source": str(source), "added": _now(),
                                                   "sha256": _sha256(target)}
            added.append(target)
        self._save(meta)
        return added

    def add_image(self, image: Any, name: str, class_name: str) -> Path:
        """Save a picture that is not a file (a pasted one) as PNG into ``class_name``."""
        meta = self._sources()
        target = self._free_name(class_name, f"{Path(name).stem or 'pasted'}.png")
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(target, format="PNG")
        meta[f"{class_name}/{target.name}"] = {"source": "", "pasted": name, "added": _now(),
                                               "sha256": _sha256(target)}
        self._save(meta)
        return target

    def remove(self, entry_paths: list[Path]) -> None:
        """Delete copies from the set (the user's original photos are never touched)."""
        meta = self._sources()
        for path in entry_paths:
            path = Path(path)
            if path.resolve().parent.parent != self.root.resolve():
                raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{path} is not in this teaching set."), path=str(path)))
            path.unlink(missing_ok=True)
            meta.pop(f"{path.parent.name}/{path.name}", None)
            if path.parent.is_dir() and not any(path.parent.iterdir()):
                path.parent.rmdir()
        self._save(meta)

    def _forget_source(self, meta: dict, source: str) -> None:
        for rel, record in list(meta.items()):
            if record.get("source") == source:
                (self.root / rel).unlink(missing_ok=True)
                del meta[rel]

    def _free_name(self, class_name: str, file_name: str) -> Path:
        folder = self.root / class_name
        stem, suffix = Path(file_name).stem, Path(file_name).suffix
        candidate, n = folder / file_name, 1
        while candidate.exists():
            n += 1
            candidate = folder / f"{stem}-{n}{suffix}"
        return candidate

    def _save(self, meta: dict) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        for class_dir in self._class_dirs():
            if not any(class_dir.iterdir()):
                class_dir.rmdir()
        write_json_atomic(self.root / SOURCES_FILE, meta)


def fingerprint_folder(root: Path) -> str:
    """A short hash of every (class, file content) pair under a folder of class folders."""
    digest = hashlib.sha256()
    root = Path(root)
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for file in sorted(f for f in folder.iterdir() if f.is_file() and not f.name.startswith(".")):
            digest.update(f"{folder.name}\0{_sha256(file)}\n".encode())
    return digest.hexdigest()[:16]


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")
