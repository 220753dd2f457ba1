"""Changing a stored model: rename, delete (to the trash, with undo), restore, update its metadata.

Bundled models and models outside the store are refused with a reason and a next step.
"""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import uuid

from fruitclassifier import paths
from fruitclassifier.core.atomic import TMP_PREFIX, fsync_folder
from fruitclassifier.core.store.info import METADATA_FILE, ModelInfo, StoreError
from fruitclassifier.core.store.listing import find_model, list_models
from fruitclassifier.core.store.names import slugify
from fruitclassifier.core.store.trash import move_to_trash, take_back
from fruitclassifier.core.store.writing import in_store, write_json_atomic
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: Why a model cannot be changed, per action: whole sentences, so each translates as one.
_BUNDLED = {"renamed": QT_TRANSLATE_NOOP("core", "{name!r} is a bundled model and cannot be renamed"),
            "deleted": QT_TRANSLATE_NOOP("core", "{name!r} is a bundled model and cannot be deleted"),
            "changed": QT_TRANSLATE_NOOP("core", "{name!r} is a bundled model and cannot be changed")}
_OUTSIDE = {"renamed": QT_TRANSLATE_NOOP("core", "{path} is not in the app's model folder, so it cannot be renamed "
                                                 "here"),
            "deleted": QT_TRANSLATE_NOOP("core", "{path} is not in the app's model folder, so it cannot be deleted "
                                                 "here"),
            "changed": QT_TRANSLATE_NOOP("core", "{path} is not in the app's model folder, so it cannot be changed "
                                                 "here")}


def _writable(name: str, action: str) -> ModelInfo:
    """Find a model the user may change: in the store, and not bundled (a broken one only to delete)."""
    info = find_model(name, usable=action != "deleted")
    if info.bundled:
        raise StoreError(Text(_BUNDLED[action], name=info.name),
                         QT_TRANSLATE_NOOP("core", "import or train a copy if you want one you can change"))
    if not in_store(info):
        raise StoreError(Text(_OUTSIDE[action], path=info.path), QT_TRANSLATE_NOOP("core", "import it first"))
    return info


def rename_model(name: str, new_name: str) -> ModelInfo:
    """Give a stored model a new display name (its folder follows)."""
    info = _writable(name, "renamed")
    new_name = new_name.strip()
    if not new_name:
        raise StoreError(QT_TRANSLATE_NOOP("core", "The new name is empty: type a name for the model"))
    if new_name == info.name:
        return info
    target = paths.models_dir() / slugify(new_name)
    clash = any(i.name.casefold() == new_name.casefold() and i.path != info.path for i in list_models())
    if clash or (target.exists() and target != info.path):
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "A model called {name!r} already exists: choose another name"),
                              name=new_name))
    meta = {**info.metadata, "name": new_name}
    try:
        write_json_atomic(info.path / METADATA_FILE, meta)
        if target != info.path:
            os.replace(info.path, target)
            fsync_folder(target.parent)
    except OSError as exc:
        if info.path.exists():  # put the old name back so folder and metadata agree
            write_json_atomic(info.path / METADATA_FILE, info.metadata)
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not rename {name!r}: {reason}"), name=info.name,
                              reason=str(exc.strerror or exc))) from exc
    return ModelInfo(new_name, target, False, meta)


def delete_model(name: str, to_trash: bool = False, keep: bool = False) -> Path | None:
    """Delete a stored model; it leaves the list at once.

    ``to_trash``: to the platform's trash (trash.py; NoTrashError, with nothing changed, where there is
    none, so the caller can ask before deleting for good); ``keep`` also keeps a copy for Undo and
    returns its path, which restore_model takes. Otherwise the folder is deleted (renamed to a temp
    folder first, so a killed process never leaves half a model in the list) and None returned."""
    info = _writable(name, "deleted")
    if to_trash:
        kept = move_to_trash(info.path, keep=keep)
        fsync_folder(info.path.parent)
        return kept
    doomed = info.path.parent / f"{TMP_PREFIX}{uuid.uuid4().hex}"
    try:
        os.replace(info.path, doomed)
        fsync_folder(doomed.parent)
    except OSError as exc:
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not delete {name!r}: {reason}"), name=info.name,
                              reason=str(exc.strerror or exc))) from exc
    shutil.rmtree(doomed, ignore_errors=True)
    return None


def restore_model(kept: str | Path, folder_name: str) -> ModelInfo:
    """Undo a delete to the trash: the copy delete_model kept goes back under its old folder name."""
    kept, target = Path(kept), paths.models_dir() / folder_name
    if target.exists():
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "A model folder called {name!r} exists again, so the deleted "
                                                        "one "
                                                "stays in the trash; put it back from there by hand under another "
                                                "name"),
                              name=folder_name))
    try:
        take_back(kept, target)
    except OSError as exc:
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not bring the model back from {path}: {reason}"),
                              path=kept, reason=str(exc.strerror or exc)),
                         QT_TRANSLATE_NOOP("core", "put it back from the desktop's trash by hand")) from exc
    fsync_folder(target.parent)
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
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not update {name!r}: {reason}"), name=info.name,
                              reason=str(exc.strerror or exc))) from exc
    return ModelInfo(info.name, info.path, False, meta)


def reveal_path(info: ModelInfo) -> Path:
    """What "Show in folder" should select: the model file, or its folder when that is gone."""
    return info.model_file if info.model_file.exists() else info.path
