"""Changing a stored model: rename, delete (to the trash, with undo), restore, update its metadata.

Bundled models and models outside the store are refused with a reason and a next step.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from fruitclassifier import paths
from fruitclassifier.core.atomic import TMP_PREFIX, fsync_folder
from fruitclassifier.core.store.info import METADATA_FILE, ModelInfo, StoreError
from fruitclassifier.core.store.listing import find_model, list_models
from fruitclassifier.core.store.names import slugify
from fruitclassifier.core.store.writing import in_store, write_json_atomic


def _writable(name: str, action: str) -> ModelInfo:
    """Find a model the user may change: in the store, and not bundled (a broken one only to delete)."""
    info = find_model(name, usable=action != "deleted")
    if info.bundled:
        raise StoreError(
            f"{info.name!r} is a bundled model and cannot be {action}; "
            "import or train a copy if you want one you can change"
        )
    if not in_store(info):
        raise StoreError(
            f"{info.path} is not in the app's model folder, so it cannot be {action} here; import it first"
        )
    return info


def rename_model(name: str, new_name: str) -> ModelInfo:
    """Give a stored model a new display name (its folder follows)."""
    info = _writable(name, "renamed")
    new_name = new_name.strip()
    if not new_name:
        raise StoreError("The new name is empty: type a name for the model")
    if new_name == info.name:
        return info
    target = paths.models_dir() / slugify(new_name)
    clash = any(i.name.casefold() == new_name.casefold() and i.path != info.path for i in list_models())
    if clash or (target.exists() and target != info.path):
        raise StoreError(f"A model called {new_name!r} already exists: choose another name")
    meta = {**info.metadata, "name": new_name}
    try:
        write_json_atomic(info.path / METADATA_FILE, meta)
        if target != info.path:
            os.replace(info.path, target)
            fsync_folder(target.parent)
    except OSError as exc:
        if info.path.exists():  # put the old name back so folder and metadata agree
            write_json_atomic(info.path / METADATA_FILE, info.metadata)
        raise StoreError(f"Could not rename {info.name!r}: {exc.strerror or exc}") from exc
    return ModelInfo(new_name, target, False, meta)


def delete_model(name: str, to_trash: Callable[[Path], Path | None] | None = None) -> Path | None:
    """Delete a stored model; it leaves the list at once (renamed to a temp folder first).

    With ``to_trash`` (the GUI passes Qt's QFile.moveToTrash: the core stays Qt-free) the folder goes to
    the platform's trash and its path there is returned, so Undo can bring it back (restore_model);
    where there is no trash (``to_trash`` returns None or fails) it is deleted and None returned."""
    info = _writable(name, "deleted")
    in_trash = _move_to_trash(info.path, to_trash) if to_trash is not None else None
    if in_trash is not None:
        return in_trash
    trash = info.path.parent / f"{TMP_PREFIX}{uuid.uuid4().hex}"
    try:
        os.replace(info.path, trash)
        fsync_folder(trash.parent)
    except OSError as exc:
        raise StoreError(f"Could not delete {info.name!r}: {exc.strerror or exc}") from exc
    shutil.rmtree(trash, ignore_errors=True)
    return None


def _move_to_trash(folder: Path, to_trash: Callable[[Path], Path | None]) -> Path | None:
    try:
        in_trash = to_trash(folder)
    except OSError:
        return None
    if in_trash is None or folder.exists():
        return None
    fsync_folder(folder.parent)
    return Path(in_trash)


def restore_model(in_trash: str | Path, folder_name: str) -> ModelInfo:
    """Undo a delete to the trash: the folder back in the store under its old folder name."""
    in_trash, target = Path(in_trash), paths.models_dir() / folder_name
    if target.exists():
        raise StoreError(f"A model folder called {folder_name!r} exists again, so the deleted one stays in "
                         f"the trash ({in_trash}); move it back by hand under another name")
    try:
        shutil.move(str(in_trash), str(target))  # the trash may be on another file system
    except OSError as exc:
        raise StoreError(f"Could not bring the model back from {in_trash}: {exc.strerror or exc}") from exc
    fsync_folder(target.parent)
    info_file = in_trash.parent.parent / "info" / f"{in_trash.name}.trashinfo"  # freedesktop trash entry
    if in_trash.parent.name == "files" and info_file.is_file():
        info_file.unlink(missing_ok=True)
    return find_model(str(target), usable=False)


def update_metadata(name: str, changes: dict) -> ModelInfo:
    """Merge ``changes`` into a stored model's metadata.json (e.g. new test metrics, notes)."""
    info = _writable(name, "changed")
    refused = sorted(set(changes) & {"name", "sha256", "size", "created"})
    if refused:
        raise StoreError(f"{', '.join(refused)} cannot be changed here (use rename_model for the name)")
    meta = {**info.metadata, **changes}
    try:
        write_json_atomic(info.path / METADATA_FILE, meta)
    except OSError as exc:
        raise StoreError(f"Could not update {info.name!r}: {exc.strerror or exc}") from exc
    return ModelInfo(info.name, info.path, False, meta)


def reveal_path(info: ModelInfo) -> Path:
    """What "Show in folder" should select: the model file, or its folder when that is gone."""
    return info.model_file if info.model_file.exists() else info.path
