"""Reading the store: list every model (bundled first) and find one by name, folder or .keras path.

Never opens TensorFlow and never raises for a bad folder: it is left out, or listed with its reason.
"""

from __future__ import annotations

from datetime import datetime
import os
from pathlib import Path

from fruitclassifier import paths
from fruitclassifier.core.models import model_check
from fruitclassifier.core.store import model_folder
from fruitclassifier.core.store.info import LITE_FILE, METADATA_FILE, MODEL_FILE, ModelInfo, StoreError
from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP


def read_metadata(folder: Path) -> dict | None:
    try:
        return model_check.read_metadata(folder)
    except UserError:
        return None


def _info_from_folder(folder: Path, bundled: bool) -> ModelInfo | None:
    """A ModelInfo for a folder (None for hidden entries and files). One that is not a usable model gets one
    too, carrying ``error``: the window lists it greyed with its reason and can delete it."""
    if folder.name.startswith(".") or not folder.is_dir():
        return None
    meta, error = model_folder.inspect(folder, folder / MODEL_FILE)
    if meta.get("model_file") == LITE_FILE:  # an imported .tflite: its model file is the flatbuffer
        meta, error = model_folder.inspect(folder, folder / LITE_FILE)
        return ModelInfo(model_folder.display_name(meta, folder.name), folder, bundled, meta, LITE_FILE, error)
    return ModelInfo(model_folder.display_name(meta, folder.name), folder, bundled, meta, error=error)


def _sort_key(info: ModelInfo) -> float:
    try:
        created = datetime.fromisoformat(info.created)
        if created.tzinfo is None:
            created = created.astimezone()
        return created.timestamp()
    except ValueError:
        try:
            return info.path.stat().st_mtime
        except OSError:
            return 0.0


def _scan(root: Path, bundled: bool, include_broken: bool) -> list[ModelInfo]:
    try:
        folders = list(root.iterdir()) if root.is_dir() else []
    except OSError:
        return []
    infos = [info for f in folders if (info := _info_from_folder(f, bundled)) is not None]
    infos = [info for info in infos if include_broken or info.error is None]
    return sorted(infos, key=_sort_key, reverse=True)


def list_models(include_broken: bool = False) -> list[ModelInfo]:
    """Bundled models first, then the user's, each newest first. Never raises for a bad folder: it is left
    out, or with ``include_broken`` (the Models page) listed with its ``error``."""
    return (_scan(paths.bundled_models_dir(), True, include_broken)
            + _scan(paths.models_dir(), False, include_broken))


def _is_bundled(path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(paths.bundled_models_dir().resolve())
    except OSError:
        return False


def _find_by_path(path: Path) -> ModelInfo | None:
    if path.is_dir():
        info = _info_from_folder(path, _is_bundled(path))
        if info is None:
            raise StoreError(f"{path} is not a model folder: it needs {MODEL_FILE} and a readable {METADATA_FILE}")
        return info
    if path.is_file() and path.suffix.lower() == ".keras":
        if not (path.parent / METADATA_FILE).is_file():
            raise StoreError(
                f"{path.name} has no {METADATA_FILE} beside it: import it with its class names instead"
            )
        meta, error = model_folder.inspect(path.parent, path)
        return ModelInfo(model_folder.display_name(meta, path.stem), path.parent, _is_bundled(path), meta,
                         model_file_name=path.name, error=error)
    return None


def find_model(name_or_path: str | Path, usable: bool = True) -> ModelInfo:
    """A model by store name (display name or folder name, any case), folder, or .keras path.

    A folder that cannot be opened raises its one-line reason, unless ``usable`` is False (deleting it)."""
    info = _find_model(name_or_path)
    if usable and info.error is not None:
        raise info.error
    return info


def _find_model(name_or_path: str | Path) -> ModelInfo:
    text = str(name_or_path).strip()
    if not text:
        raise StoreError(QT_TRANSLATE_NOOP("core", "No model name given"))
    path = Path(text).expanduser()
    if os.sep in text or "/" in text or path.suffix.lower() == ".keras" or path.is_absolute():
        found = _find_by_path(path)
        if found is not None:
            return found
    infos = list_models(include_broken=True)
    for matches in (
        lambda i: i.name == text or i.path.name == text,
        lambda i: text.casefold() in (i.name.casefold(), i.path.name.casefold()),
    ):
        hit = next((i for i in infos if matches(i)), None)
        if hit is not None:
            return hit
    if path.exists():  # a relative folder or file given without a separator
        found = _find_by_path(path)
        if found is not None:
            return found
    known = ", ".join(i.name for i in infos if i.error is None) or "none yet"
    raise StoreError(f"No saved model called {text!r}. Saved models: {known}")
