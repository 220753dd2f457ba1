"""Saved models: one folder each, holding model.keras and a self-describing metadata.json.

Listing reads only metadata.json, never TensorFlow, so the GUI can show the model list before TF has
loaded. Writes are atomic (a ".tmp-<uuid>" folder renamed into place), so a killed process never leaves a
half-written model that the list would show. Bundled models (resources/models) are read-only.

The parts: ``info`` (ModelInfo, file names, StoreError), ``names``, ``listing``, ``writing`` and
``changes``; plus the checks every folder passes before it is opened (``model_folder``, with the file
checks in core/models) and the platform trash through Send2Trash with a copy kept for Undo (``trash``). Importing
files made elsewhere is
core/importers' job. Callers use the names below.
"""

from fruitclassifier.core.store.changes import delete_model, rename_model, restore_model, reveal_path, update_metadata
from fruitclassifier.core.store.info import LITE_FILE, METADATA_FILE, MODEL_FILE, ModelInfo, StoreError
from fruitclassifier.core.store.listing import find_model, list_models, read_metadata
from fruitclassifier.core.store.names import slugify, unique_name
from fruitclassifier.core.store.trash import NoTrashError
from fruitclassifier.core.store.writing import (
    STALE_TMP_SECONDS,
    in_store,
    save_lite,
    save_model,
    sha256_file,
    write_json_atomic,
)

__all__ = [
    "LITE_FILE",
    "METADATA_FILE",
    "MODEL_FILE",
    "STALE_TMP_SECONDS",
    "ModelInfo",
    "NoTrashError",
    "StoreError",
    "delete_model",
    "find_model",
    "in_store",
    "list_models",
    "read_metadata",
    "rename_model",
    "restore_model",
    "reveal_path",
    "save_lite",
    "save_model",
    "sha256_file",
    "slugify",
    "unique_name",
    "update_metadata",
    "write_json_atomic",
]
