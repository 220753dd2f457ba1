"""Writing a new model into the store: a temp folder finished, then renamed into place (never half a model).

A killed save leaves only a ".tmp-" folder that the next save sweeps away once it is old.
"""

from __future__ import annotations

from datetime import UTC, datetime
import hashlib
import json
import os
from pathlib import Path
import shutil
import time
from typing import Any
import uuid

from fruitclassifier import __version__, paths
from fruitclassifier.core.atomic import TMP_PREFIX, atomic_write, fsync_file, fsync_folder
from fruitclassifier.core.models import model_check
from fruitclassifier.core.store.info import LITE_FILE, METADATA_FILE, MODEL_FILE, ModelInfo, StoreError
from fruitclassifier.core.store.names import slugify, unique_name

STALE_TMP_SECONDS = 6 * 3600


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


def write_json_atomic(path: Path, data: dict) -> None:
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
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def commit(write_model, metadata: dict, display_name: str, keras_model: Any = None,
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
            meta.update(_tflite_copy(keras_model, tmp / model_file, meta["sha256"]))
        elif model_file == LITE_FILE:
            meta["tflite_for_sha256"] = meta["sha256"]
        write_json_atomic(tmp / METADATA_FILE, meta)
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
        write_json_atomic(tmp / METADATA_FILE, meta)
    raise OSError(f"no free folder name for {display_name!r}")


def _tflite_copy(keras_model: Any, keras_file: Path, sha: str) -> dict:
    """Convert once at save time, so answering photos later never needs TensorFlow (core/conversion/).

    A model TFLite cannot run is saved without a copy and answered by Keras; returns the metadata to add.
    """
    from fruitclassifier.core.conversion import converter_process, runtime, tflite

    if not runtime.enabled():
        return {}
    try:
        converter_process.convert_to_file(keras_model, keras_file, keras_file.parent / LITE_FILE)
    except tflite.ConversionError as exc:
        return {"tflite_note": str(exc)}
    return {tflite.SHA_KEY: sha}


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
    return commit(lambda target: model.save(target), meta, display, keras_model=model)


def save_lite(flatbuffer: bytes, metadata: dict, name: str) -> ModelInfo:
    """Store an imported .tflite as it is (core/importers): LiteRT answers it, with the metadata's scaling."""
    meta = {**metadata, "model_file": LITE_FILE}
    return commit(lambda target: atomic_write(target, flatbuffer), meta, unique_name(name), model_file=LITE_FILE)
