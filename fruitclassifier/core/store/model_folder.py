"""Can a model folder be opened? Every check that needs no network, in one place, in bounded cost.

The store's listing, ``find_model`` (so every command and page that opens a model by name or path)
and import all come through here: metadata.json is read only when its size is sane and parsed into
a typed record (core/models/model_check.py), and model.keras must exist and have a sane size. Listing stays at a few
file reads per folder; the archive's members are checked where Keras would read them
(registry.load_keras, core/models/keras_archive.py) and the metadata against the network where it is
loaded (Classifier, teach, export). TensorFlow-free and Qt-free.
"""

from __future__ import annotations

from pathlib import Path

from fruitclassifier.core.models import model_check
from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text


def display_name(meta: dict, fallback: str) -> str:
    """The name metadata gives a model when it is a sane one (one printable line, at most 200 characters),
    else ``fallback`` (the folder's name): it starts every error line about the model."""
    name = meta.get("name")
    if isinstance(name, str) and 0 < len(name.strip()) <= 200 and name.isprintable():
        return name.strip()
    return fallback


def inspect(folder: Path, model_file: Path) -> tuple[dict, UserError | None]:
    """(metadata, None) for a folder whose metadata and model file pass every check that needs no network;
    (whatever metadata was read, the first refusal) otherwise."""
    from fruitclassifier.core.models.registry import ModelFileError

    meta: dict = {}
    try:
        meta = model_check.read_metadata(folder)
        where = display_name(meta, folder.name)
        model_check.parse_metadata(meta, where)
        if not model_file.is_file():
            raise ModelFileError(model_file, QT_TRANSLATE_NOOP("core", "file not found"))
        model_check.check_model_size(model_file, where)
    except UserError as exc:
        return meta, exc
    except OSError as exc:  # an unreadable folder or file: the user's disk, not our bug
        return meta, UserError(Text(QT_TRANSLATE_NOOP("core", "{name}: cannot be read ({reason})"), name=folder.name,
                                     reason=exc.strerror or type(exc).__name__))
    return meta, None
