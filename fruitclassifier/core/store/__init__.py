"""Saved models: one folder each, holding model.keras and a self-describing metadata.json.

Listing reads only metadata.json, never TensorFlow, so the GUI can show the
model list before TF has loaded. Writes are atomic (a ".tmp-<uuid>" folder
renamed into place), so a killed process never leaves a half-written model that
the list would show. Bundled models (resources/models) are read-only.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fruitclassifier import __version__, paths
from fruitclassifier.core.store import model_check
from fruitclassifier.core.store import model_folder
from fruitclassifier.core.atomic import TMP_PREFIX, atomic_write, fsync_file, fsync_folder
from fruitclassifier.errors import UserError

MODEL_FILE = "model.keras"
#: The model file of an imported .tflite (core/importers), which has no Keras file; metadata says "model_file".
LITE_FILE = "model.tflite"
METADATA_FILE = "metadata.json"
#: Leftover temp folders older than this are removed by the next save (a killed save).
STALE_TMP_SECONDS = 6 * 3600
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"{d}{i}" for d in ("com", "lpt") for i in range(1, 10))}


class StoreError(UserError, ValueError):
    """A store operation was refused or failed; the message says why and what to do."""


@dataclass
class ModelInfo:
    """One saved model as the list shows it: cheap to create, no TensorFlow involved."""

    name: str
    path: Path
    bundled: bool
    metadata: dict
    model_file_name: str = MODEL_FILE  # differs only for a loose .keras found by find_model()
    #: Why this folder cannot be opened (None: it can). Listed greyed with this reason, never opened.
    error: UserError | None = None

    @property
    def problem(self) -> str:
        """One line saying what is wrong with this folder ("" for a usable model)."""
        return self.error.message if self.error is not None else ""

    @property
    def model_file(self) -> Path:
        return self.path / self.model_file_name

    @property
    def arch(self) -> str:
        return str(self.metadata.get("arch") or "imported")

    @property
    def class_names(self) -> list[str]:
        names = self.metadata.get("class_names")
        return [str(n) for n in names] if isinstance(names, list) else []

    @property
    def own_class_names(self) -> list[str]:
        """The classes a photo can be named as: without "_other", which is the "not one of mine" answer."""
        return [n for n in self.class_names if n != "_other"]

    def classes_text(self) -> str:
        """"13 classes", or "13 classes + not one of mine" for a model with the open-set answer."""
        own = len(self.own_class_names)
        return f"{own} classes" + (" + not one of mine" if own < len(self.class_names) else "")

    @property
    def image_size(self) -> int:
        try:
            return int(self.metadata.get("image_size") or 0)
        except (TypeError, ValueError, OverflowError):  # a broken folder's metadata is listed too
            return 0

    @property
    def accuracy(self) -> float | None:
        """Test accuracy when measured, else validation accuracy, else None."""
        metrics = self.metadata.get("metrics")
        if not isinstance(metrics, dict):
            return None
        for key in ("test_accuracy", "val_accuracy"):
            if isinstance(metrics.get(key), (int, float)):
                return float(metrics[key])
        return None

    @property
    def accuracy_source(self) -> str:
        """Where ``accuracy`` was measured, as users should read it: "Fruits-360 Test" (near-copies of the
        training frames: it flatters any model), "test set", "validation" or ""."""
        metrics = self.metadata.get("metrics")
        if not isinstance(metrics, dict) or self.accuracy is None:
            return ""
        if not isinstance(metrics.get("test_accuracy"), (int, float)):
            return "validation"
        config = self.metadata.get("config")
        folder = str(config.get("data_dir", "")) if isinstance(config, dict) else ""
        return "Fruits-360 Test" if "fruits360" in folder.lower().replace("-", "") else "test set"

    @property
    def real_photo_accuracy(self) -> float | None:
        """Macro accuracy on realistic photos, where the model was measured on them (the bundled one is)."""
        metrics = self.metadata.get("metrics")
        value = metrics.get("realistic_accuracy") if isinstance(metrics, dict) else None
        return float(value) if isinstance(value, (int, float)) else None

    def accuracy_text(self) -> str:
        """Honest one-liner: "78.0% on real photos · 100.0% on Fruits-360 Test"; never a bare "accurate"."""
        parts = []
        if self.real_photo_accuracy is not None:
            parts.append(f"{100 * self.real_photo_accuracy:.1f}% on real photos")
        if self.accuracy is not None:
            parts.append(f"{100 * self.accuracy:.1f}% on {self.accuracy_source}")
        return " · ".join(parts)

    @property
    def created(self) -> str:
        return str(self.metadata.get("created") or "")

    @property
    def size_bytes(self) -> int:
        try:
            return self.model_file.stat().st_size
        except OSError:
            size = self.metadata.get("size")
            return size if isinstance(size, int) and not isinstance(size, bool) else 0

    @property
    def history(self) -> dict[str, list[float]]:
        history = self.metadata.get("history")
        return history if isinstance(history, dict) else {}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe summary (for `--json` output); the full metadata is under "metadata"."""
        return {
            "name": self.name, "path": str(self.path), "model_file": str(self.model_file),
            "bundled": self.bundled, "arch": self.arch, "class_names": self.class_names,
            "image_size": self.image_size, "accuracy": self.accuracy, "created": self.created,
            "size_bytes": self.size_bytes, "params": self.metadata.get("params"),
            "metadata": self.metadata,
        }


# --- names --------------------------------------------------------------------------------


def slugify(name: str) -> str:
    """A folder name that is safe on Windows, macOS and Linux (lower-case: macOS ignores case)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._-]+", "-", ascii_name.strip().lower())
    slug = re.sub(r"-{2,}", "-", slug).strip(".-_")[:64].strip(".-_")
    if not slug:
        slug = "model"
    if slug.split(".")[0] in _WINDOWS_RESERVED:
        slug += "-model"
    return slug


def _taken_names() -> tuple[set[str], set[str]]:
    """Display names (case-folded) and folder slugs already in use, bundled ones included."""
    infos = list_models(include_broken=True)
    names = {info.name.casefold() for info in infos}
    slugs = {info.path.name for info in infos} | {slugify(info.name) for info in infos}
    root = paths.models_dir()
    slugs |= {p.name for p in root.iterdir()}
    return names, slugs


def unique_name(name: str) -> str:
    """``name``, or "name (2)", "name (3)"… so neither the name nor its folder is taken."""
    base = name.strip() or "model"
    names, slugs = _taken_names()
    candidate, n = base, 1
    while candidate.casefold() in names or slugify(candidate) in slugs:
        n += 1
        candidate = f"{base} ({n})"
    return candidate


# --- reading ------------------------------------------------------------------------------


def _read_metadata(folder: Path) -> dict | None:
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
        raise StoreError("No model name given")
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


# --- writing ------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _json_default(value: Any) -> Any:
    """Make numpy scalars/arrays, paths and sets JSON-safe (training metrics are often numpy)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (Path, os.PathLike)):
        return str(value)
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _json_safe(data: dict) -> dict:
    return json.loads(json.dumps(data, default=_json_default))


#: The one atomic writer (core/atomic.py), under the name core/inference/lite.py calls it by.
write_atomic = atomic_write


def _write_json_atomic(path: Path, data: dict) -> None:
    atomic_write(path, json.dumps(data, indent=2, default=_json_default, ensure_ascii=False))


def _clean_stale_tmp(root: Path) -> None:
    """Remove temp folders left by a killed save (only old ones: another save may be running)."""
    now = time.time()
    for entry in root.glob(f"{TMP_PREFIX}*"):
        try:
            if now - entry.stat().st_mtime <= STALE_TMP_SECONDS:
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink()
        except OSError:
            pass


def _now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _commit(write_model, metadata: dict, display_name: str, keras_model: Any = None,
            model_file: str = MODEL_FILE) -> ModelInfo:
    """Write a model (and its TFLite copy, when ``keras_model`` is given) into a temp folder, finish its
    metadata, then rename it into place. ``model_file`` LITE_FILE: an imported .tflite, its own fast copy."""
    root = paths.models_dir()
    _clean_stale_tmp(root)
    tmp = root / f"{TMP_PREFIX}{uuid.uuid4().hex}"
    meta = _json_safe(metadata)  # the ModelInfo returned equals what a later list reads
    model_check.parse_metadata(meta, display_name)  # never write a folder the list would refuse
    try:
        tmp.mkdir()
        write_model(tmp / model_file)
        fsync_file(tmp / model_file)  # on disk before the folder's rename makes it visible
        meta.update(
            name=display_name, sha256=sha256_file(tmp / model_file), created=meta.get("created") or _now_iso(),
            app_version=__version__, size=(tmp / model_file).stat().st_size,
        )
        for key in ("tflite_for_sha256", "tflite_note"):  # an imported folder's record says nothing here
            meta.pop(key, None)
        if keras_model is not None:
            meta.update(_tflite_copy(keras_model, tmp, meta["sha256"]))
        elif model_file == LITE_FILE:
            meta["tflite_for_sha256"] = meta["sha256"]
        _write_json_atomic(tmp / METADATA_FILE, meta)
        final, display_name = _move_into_place(tmp, display_name, meta)
    except OSError as exc:
        raise StoreError(
            f"Could not save the model in {root}: {exc.strerror or exc}. Check free disk space and permissions."
        ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return ModelInfo(display_name, final, False, meta, model_file)


def _move_into_place(tmp: Path, display_name: str, meta: dict) -> tuple[Path, str]:
    """Rename the finished temp folder to its name's folder. Two saves of one name started together both
    picked it as free; the one that loses the rename takes the next free name ("name (2)") instead of failing."""
    for _ in range(100):
        final = tmp.parent / slugify(display_name)
        try:
            os.replace(tmp, final)
            fsync_folder(tmp.parent)
            return final, display_name
        except OSError:
            if not final.exists():  # a real failure (disk full, permissions), not a name taken meanwhile
                raise
        display_name = unique_name(display_name)
        meta["name"] = display_name
        _write_json_atomic(tmp / METADATA_FILE, meta)
    raise OSError(f"no free folder name for {display_name!r}")


def _tflite_copy(keras_model: Any, folder: Path, sha: str) -> dict:
    """Convert once at save time, so answering photos later never needs TensorFlow (core/inference/lite.py).

    A model TFLite cannot run is saved without a copy and answered by Keras; returns the metadata to add.
    """
    from fruitclassifier.core.inference import lite

    if not lite.enabled():
        return {}
    try:
        flatbuffer, _ = lite.convert_checked(keras_model)
    except lite.ConversionError as exc:
        return {"tflite_note": str(exc)}
    write_atomic(folder / lite.TFLITE_FILE, flatbuffer)
    return {lite.SHA_KEY: sha}


def in_store(info: ModelInfo) -> bool:
    """True for a model the app may change: a folder in the user's model store (not bundled, not elsewhere)."""
    if info.bundled or info.model_file_name not in (MODEL_FILE, LITE_FILE):
        return False
    try:
        return info.path.resolve().parent == paths.models_dir().resolve()
    except OSError:
        return False


def save_model(model, metadata: dict, name: str | None = None) -> ModelInfo:
    """Save a Keras model with its metadata under a unique name; returns the stored model."""
    meta = dict(metadata)
    if "params" not in meta:
        meta["params"] = int(model.count_params())
    meta.setdefault("arch", "imported")
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M")
    display = unique_name(name or str(meta.get("name") or "") or f"{meta['arch']} {stamp}")
    return _commit(lambda target: model.save(target), meta, display, keras_model=model)


def save_lite(flatbuffer: bytes, metadata: dict, name: str) -> ModelInfo:
    """Store an imported .tflite as it is (core/importers): LiteRT answers it, with the metadata's scaling."""
    meta = {**metadata, "model_file": LITE_FILE}
    return _commit(lambda target: atomic_write(target, flatbuffer), meta, unique_name(name), model_file=LITE_FILE)


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
        _write_json_atomic(info.path / METADATA_FILE, meta)
        if target != info.path:
            os.replace(info.path, target)
            fsync_folder(target.parent)
    except OSError as exc:
        if info.path.exists():  # put the old name back so folder and metadata agree
            _write_json_atomic(info.path / METADATA_FILE, info.metadata)
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
        _write_json_atomic(info.path / METADATA_FILE, meta)
    except OSError as exc:
        raise StoreError(f"Could not update {info.name!r}: {exc.strerror or exc}") from exc
    return ModelInfo(info.name, info.path, False, meta)


def reveal_path(info: ModelInfo) -> Path:
    """What "Show in folder" should select: the model file, or its folder when that is gone."""
    return info.model_file if info.model_file.exists() else info.path


# --- importing ----------------------------------------------------------------------------


def _class_names_from_file(path: Path) -> list[str]:
    """Class names from a labels file: the one reader of every form (core/importers/labels.py)."""
    from fruitclassifier.core.importers import labels

    return labels.read_file(path)


#: Class names as a list, or a .txt/.json file holding them.
ClassNames = list[str] | str | Path | None


def _resolve_class_names(keras_path: Path, class_names: ClassNames, sibling: dict | None) -> list[str]:
    if class_names is None:
        names = sibling.get("class_names") if sibling else None
        if not isinstance(names, list):
            raise StoreError(
                f"No class names for {keras_path.name}: give a .txt file with one class name per line "
                f"(in output order), a .json list, or put a {METADATA_FILE} beside the model"
            )
        return [str(n) for n in names]
    if isinstance(class_names, (str, Path)):
        names = _class_names_from_file(Path(class_names).expanduser())
    else:
        names = [str(n).strip() for n in class_names]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated or "" in names:
        raise StoreError(f"Class names must be unique and not empty (repeated: {', '.join(repeated) or 'none'})")
    return names


def _model_io(model, keras_path: Path, sibling: dict | None) -> tuple[int, int]:
    """(number of output units, square input size) of a loaded model, with clear refusals."""
    try:
        outputs, inputs = list(model.outputs), list(model.inputs)
    except (AttributeError, ValueError):  # e.g. a Sequential saved before it was built
        outputs, inputs = [], []
    if len(outputs) != 1 or len(outputs[0].shape) != 2:
        raise StoreError(f"{keras_path.name} is not a classifier: it needs one output of shape (batch, classes)")
    shape = tuple(inputs[0].shape) if len(inputs) == 1 else ()
    if len(shape) != 4 or shape[-1] != 3:
        raise StoreError(f"{keras_path.name} does not take RGB images: its input shape is {shape}")
    size = shape[1] if shape[1] is not None and shape[1] == shape[2] else None
    if size is None and sibling and sibling.get("image_size"):
        size = model_check.check_metadata({"class_names": ["x"], "image_size": sibling["image_size"]})[1]
    if size is None:
        raise StoreError(
            f"{keras_path.name} has no fixed square input size ({shape}), so the app cannot resize photos for it"
        )
    return int(outputs[0].shape[-1]), int(size)


def import_model(keras_path: str | Path, class_names: ClassNames = None, name: str | None = None) -> ModelInfo:
    """Copy a .keras file into the store after checking it loads safely and fits its class names.

    The model must take 0..255 RGB images (preprocessing inside the model), like the app's own.
    """
    from fruitclassifier.core.models.registry import ModelFileError, load_keras

    keras_path = Path(keras_path).expanduser()
    try:
        model = load_keras(keras_path)
    except ModelFileError as exc:
        raise StoreError(f"Cannot import {exc}") from exc
    sibling = _read_metadata(keras_path.parent)
    names = _resolve_class_names(keras_path, class_names, sibling)
    units, size = _model_io(model, keras_path, sibling)
    if len(names) != units:
        raise StoreError(
            f"{keras_path.name} has {units} outputs but {len(names)} class names were given: "
            "give exactly one class name per output, in output order"
        )
    meta = {k: v for k, v in (sibling or {}).items() if k not in ("name", "sha256", "size", "created")}
    meta.update(
        class_names=names, image_size=size, arch=meta.get("arch") or "imported",
        preprocessing=meta.get("preprocessing") or "in_model", params=int(model.count_params()),
    )
    meta.setdefault("notes", f"Imported from {keras_path}")
    display = unique_name(name or str((sibling or {}).get("name") or "") or keras_path.stem)
    return _commit(lambda target: shutil.copyfile(keras_path, target), meta, display, keras_model=model)
