"""Importing a .keras file of the app's own kind (0..255 RGB in, preprocessing inside), e.g. one exported
from another machine with its metadata.json: checked to load safely and to fit its class names."""

from __future__ import annotations

from pathlib import Path
import shutil

from fruitclassifier.core.models import model_check
from fruitclassifier.core.store.info import METADATA_FILE, ModelInfo, StoreError
from fruitclassifier.core.store.listing import read_metadata
from fruitclassifier.core.store.names import unique_name
from fruitclassifier.core.store.writing import commit


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
    sibling = read_metadata(keras_path.parent)
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
    return commit(lambda target: shutil.copyfile(keras_path, target), meta, display, keras_model=model)
