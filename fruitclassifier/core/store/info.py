"""What the store says about one saved model (ModelInfo), its file names, and its one error type.

Cheap on purpose: built from metadata.json alone, so the window can list models before TensorFlow loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fruitclassifier.errors import UserError

MODEL_FILE = "model.keras"
#: An imported .tflite is stored as it is (LiteRT answers it); Keras models get one beside them too.
LITE_FILE = "model.tflite"
METADATA_FILE = "metadata.json"


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
        return classes_text(self.class_names)

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
        metrics = self.metadata.get("metrics") if isinstance(self.metadata.get("metrics"), dict) else {}
        value = next((metrics[k] for k in ("real_photo_accuracy", "realistic_accuracy")  # held-out real photos first
                      if isinstance(metrics.get(k), (int, float))), None)
        return float(value) if value is not None else None

    def accuracy_parts(self) -> list[str]:
        """Each measured accuracy labelled with what it was measured on, the real-photo figure first (the
        headline: `models` and `info` both lead with it)."""
        parts = []
        if self.real_photo_accuracy is not None:  # the bundled model's key: a share of the shop photos held out
            held_out = isinstance((self.metadata.get("metrics") or {}).get("real_photo_accuracy"), (int, float))
            parts.append(
                f"{100 * self.real_photo_accuracy:.1f}% on {'held-out real shop' if held_out else 'real'} photos"
            )
        if self.accuracy is not None:
            parts.append(f"{100 * self.accuracy:.1f}% on {self.accuracy_source}")
        return parts

    def accuracy_text(self) -> str:
        """Honest one-liner: "78.0% on real photos · 100.0% on Fruits-360 Test"; never a bare "accurate"."""
        return " · ".join(self.accuracy_parts())

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
            "name": self.name,
            "path": str(self.path),
            "model_file": str(self.model_file),
            "bundled": self.bundled,
            "arch": self.arch,
            "class_names": self.class_names,
            "image_size": self.image_size,
            "accuracy": self.accuracy,
            "created": self.created,
            "size_bytes": self.size_bytes,
            "params": self.metadata.get("params"),
            "metadata": self.metadata,
        }


def classes_text(class_names: list[str]) -> str:
    """ "13 classes", or "13 classes + not one of mine" when "_other" (the open-set answer) is among them: it is
    not a class a user counts (the Models page, the import dialog and its message say the same)."""
    own = sum(1 for n in class_names if n != "_other")
    return f"{own} classes" + (" + not one of mine" if own < len(class_names) else "")
