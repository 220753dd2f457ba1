"""One import for every format: find what a path holds, its class names and its input scaling, then
store it (``import_model``) or answer with it on the fly (``load_classifier``, for predict/evaluate).

Why one place: the CLI, the Models page and its live preview must agree on what a file is, which
labels.txt belongs to it and which scaling it gets; a second copy of these rules would drift.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import os
from pathlib import Path
from typing import Any

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.importers import keras_import, labels, tflite_import
from fruitclassifier.core.models import graph_check
from fruitclassifier.errors import UserError

#: File endings a user may hand over, by format.
FORMATS = {".keras": "keras", ".h5": "h5", ".hdf5": "h5", ".tflite": "tflite"}
#: Files of a Teachable Machine export (or any folder holding one model), looked for in this order.
_FOLDER_MODELS = ("model_unquant.tflite", "keras_model.h5", "model.tflite", "model.h5", "model.keras")
_REFUSED = {".json": "a TensorFlow.js model (model.json): export it as Keras (.h5) or TensorFlow Lite instead",
            ".onnx": "an ONNX model, which this app cannot run: export it as TensorFlow Lite or Keras",
            ".pt": "a PyTorch model, which this app cannot run", ".pth": "a PyTorch model, which this app cannot run",
            ".pb": "a single graph file: import the SavedModel folder that holds saved_model.pb"}


class ImportRefused(UserError, ValueError):
    """The path is not a model this app can bring in; the message says why."""


@dataclass
class Prepared:
    """An imported model ready to store or answer: exactly one of ``keras_model``/``flatbuffer`` is set."""

    source: Path
    fmt: str
    class_names: list[str]
    image_size: int
    scaling: str
    scaling_from: str
    notes: list[str] = field(default_factory=list)
    keras_model: Any = None
    flatbuffer: bytes | None = None
    params: int = 0
    #: What the app's own export carried (open-set answer, figures): kept in the stored copy's metadata.
    carried: dict[str, Any] = field(default_factory=dict)

    def metadata(self) -> dict:
        """metadata.json for the store entry: the normal record plus where it came from."""
        from fruitclassifier.core.store import sha256_file

        original = self.source / "saved_model.pb" if self.source.is_dir() else self.source
        meta: dict[str, Any] = {
            "class_names": self.class_names, "image_size": self.image_size, "arch": "imported",
            "preprocessing": "in_model", "notes": f"Imported from {self.source}",
            "source": {"format": self.fmt, "file": str(self.source), "sha256": sha256_file(original),
                       "scaling": self.scaling, "scaling_from": self.scaling_from, "repairs": self.notes},
        }
        meta.update(self.carried)
        if self.flatbuffer is not None:  # LiteRT scales for it (core/conversion/runtime.py); a Keras import has a layer
            meta.update({scaling.KEY: self.scaling, "model_file": "model.tflite", "params": self.params})
        return meta

    def classifier(self) -> Any:
        """A Classifier answering with this model, nothing stored."""
        from fruitclassifier.core.conversion.runtime import LiteRunner
        from fruitclassifier.core.inference.classifier import Classifier
        from fruitclassifier.core.store import ModelInfo

        info = ModelInfo(self.source.name, self.source.parent, False, self.metadata(), self.source.name)
        if self.flatbuffer is not None:
            runner = LiteRunner(self.flatbuffer, scaling=self.scaling)
            return Classifier(None, self.class_names, self.image_size, info, runner=runner)
        return Classifier(self.keras_model, self.class_names, self.image_size, info)


def locate(path: Path) -> tuple[Path, str]:
    """(the model file or SavedModel folder, its format) for what the user pointed at."""
    if not path.exists():
        raise ImportRefused(f"{path}: no such file or folder")
    if path.is_dir():
        if (path / "saved_model.pb").is_file():
            return path, "savedmodel"
        if (path / "model.json").is_file():
            raise ImportRefused(f"{path.name} is {_REFUSED['.json']}")
        found = next((path / n for n in _FOLDER_MODELS if (path / n).is_file()), None)
        if found is None:
            raise ImportRefused(f"{path.name} holds no model this app can import (.keras, .h5, .tflite or a "
                                "SavedModel's saved_model.pb)")
        return found, FORMATS[found.suffix.lower()]
    suffix = path.suffix.lower()
    if suffix in _REFUSED:
        raise ImportRefused(f"{path.name} is {_REFUSED[suffix]}")
    if suffix not in FORMATS:
        raise ImportRefused(f"{path.name} is not a model file this app can import (.keras, .h5, .tflite, or a "
                            "SavedModel folder)")
    return path, FORMATS[suffix]


def _choose_scaling(given: str | None, detected: tuple[str, str] | None, model_path: Path) -> tuple[str, str]:
    """(scaling, where it came from): given beats detected; Teachable Machine's labels.txt means [-1, 1]."""
    chosen = scaling.parse(given)
    if chosen is not None:
        return chosen, "given"
    if detected is not None:
        return detected
    found = labels.find_beside(model_path)
    if found is not None and labels.is_teachable_machine(found):
        return "-1-1", "Teachable Machine export (numbered labels.txt)"
    raise ImportRefused(f"{model_path.name} does not say how it expects its pixels scaled: choose one of "
                        f"{', '.join(scaling.CHOICES)}.",
                        "Most Keras tutorials divide by 255 (0-1); Teachable Machine and MobileNet use -1-1.")


def prepare(path: str | os.PathLike, class_names: labels.Labels = None, scale: str | None = None) -> Prepared:
    """Open, check and make ready what ``path`` holds; every refusal is one UserError line."""
    model_path, fmt = locate(Path(path).expanduser())
    if fmt in ("keras", "h5"):
        return _prepare_keras(model_path, fmt, class_names, scale)
    if fmt == "savedmodel":
        graph_check.check_savedmodel(model_path)  # from the protobuf, before TensorFlow loads or runs any of it
        flatbuffer = tflite_import.convert_savedmodel(model_path)
    else:
        flatbuffer = tflite_import.read_file(model_path)
    graph_check.check_tflite(flatbuffer, model_path)  # built-in kernels only, before an interpreter is built
    facts = tflite_import.inspect(flatbuffer, model_path)
    record = tflite_import.app_record(flatbuffer, facts)  # this app's own export says everything itself
    detected = (facts.quantised_scaling, f"{facts.input_dtype} quantisation") if facts.quantised_scaling else None
    if record is not None:
        detected = (record[scaling.KEY], "this app's export (the record inside the file)")
    chosen, source = _choose_scaling(scale, detected, model_path)
    given = record["class_names"] if record is not None and class_names is None else class_names
    names = labels.resolve(model_path, given, facts.outputs)
    carried, notes = tflite_import.carried_metadata(record, names)
    notes.append("a .tflite model answers photos but cannot be fine-tuned, explained or re-exported")
    return Prepared(model_path, fmt, names, facts.input_size, chosen, source, notes, flatbuffer=flatbuffer,
                    params=facts.params, carried=carried)


def _prepare_keras(model_path: Path, fmt: str, class_names: labels.Labels, scale: str | None) -> Prepared:
    from fruitclassifier.core.store import read_metadata

    model, notes = keras_import.load(model_path)
    size, outputs = keras_import.check_io(model, model_path)
    sibling = read_metadata(model_path.parent) or {}
    detected = None
    if keras_import.detect_scaling(model):
        detected = ("0-255", "a scaling layer inside the model")
    elif sibling.get("preprocessing") == "in_model" or sibling.get("arch"):
        detected = ("0-255", "metadata.json beside it (an app-made model)")
    chosen, source = _choose_scaling(scale, detected, model_path)
    names = labels.resolve(model_path, class_names, outputs, sibling.get("class_names"))
    wrapped, more = keras_import.wrap(model, size, chosen)
    return Prepared(model_path, fmt, names, size, chosen, source, notes + more, keras_model=wrapped)


def import_model(path: str | os.PathLike, class_names: labels.Labels = None, scale: str | None = None,
                 name: str | None = None) -> Any:
    """Store what ``path`` holds as a normal model (its .tflite made for fast answers); returns its ModelInfo.

    A .keras with the app's metadata.json beside it (an exported or copied app model) is copied as it is, its
    record (history, metrics, open-set answer) kept: app_model.import_model."""
    from fruitclassifier.core import store
    from fruitclassifier.core.importers import app_model

    source = Path(path).expanduser()
    if scale is None and source.suffix.lower() == ".keras" and (source.parent / store.METADATA_FILE).is_file():
        return app_model.import_model(source, class_names, name)
    ready = prepare(path, class_names, scale)
    if ready.flatbuffer is not None:
        return store.save_lite(ready.flatbuffer, ready.metadata(), name or default_name(ready.source))
    return store.save_model(ready.keras_model, ready.metadata(), name or default_name(ready.source))


def default_name(model_path: Path) -> str:
    """The file's name, or its folder's for the generic names exports use (keras_model.h5, model.tflite)."""
    generic = model_path.is_dir() or model_path.stem in ("keras_model", "model_unquant", "model", "saved_model")
    return (model_path if model_path.is_dir() else model_path.parent).name if generic else model_path.stem


_MODEL_SUFFIXES = (*FORMATS, *_REFUSED)


def load_classifier(model: str | os.PathLike, class_names: labels.Labels = None, scale: str | None = None,
                    on_status: Any = None) -> Any:
    """A Classifier for a store name, a model folder, or a model file imported on the fly (not saved).

    A path that does not exist says so, rather than "no saved model called …"."""
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.store import METADATA_FILE, MODEL_FILE

    text = str(model).strip()
    path = Path(text).expanduser()
    app_folder = (path / METADATA_FILE).exists() or (path / MODEL_FILE).exists()  # the app's own, even broken
    foreign = path.exists() and not app_folder and not (
        path.suffix.lower() == ".keras" and (path.parent / METADATA_FILE).is_file())
    if foreign and (path.is_dir() or path.suffix.lower() in _MODEL_SUFFIXES):
        return prepare(path, class_names, scale).classifier()
    looks_like_path = os.sep in text or "/" in text or path.suffix.lower() in _MODEL_SUFFIXES
    if looks_like_path and not path.exists():
        raise ImportRefused(f"{text}: no such file or folder.",
                            "Check the path, or give the name of a saved model (see `fruitclassifier models`).")
    return Classifier.load(model, on_status=on_status)
