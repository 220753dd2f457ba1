"""Classify images with a saved model: load once, then one image or thousands.

``model.predict`` costs about 33 ms for a single image on the development CPU
because it builds a tf.data pipeline per call; a ``tf.function`` with a fixed
input signature costs about 2 ms, and the model's TFLite/XNNPACK copy (lite.py,
used when the model was opened with ``Classifier.load``) about 0.6 ms.
Decoding (Pillow) runs in threads ahead of the network so both cores stay busy.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier.core import images
from fruitclassifier.core.store import ModelInfo, find_model

#: Below this top probability the app says "not sure" instead of naming a fruit.
UNSURE_THRESHOLD = 0.6


@dataclass
class Prediction:
    """One file's answer: the top labels with probabilities, or why it could not be read."""

    path: str
    top: list[tuple[str, float]] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def label(self) -> str | None:
        return self.top[0][0] if self.top else None

    @property
    def probability(self) -> float:
        return self.top[0][1] if self.top else 0.0

    @property
    def unsure(self) -> bool:
        return self.ok and self.probability < UNSURE_THRESHOLD

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"path": self.path, "error": self.error}
        return {
            "path": self.path,
            "top": [{"label": label, "probability": round(p, 6)} for label, p in self.top],
            "unsure": self.unsure,
        }


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given (even odd ones, so they get a per-file error); folders walked recursively."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(_walk_images(path))
        else:
            out.append(path)
    return out


def _walk_images(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            if path.suffix.lower() in images.IMAGE_EXTENSIONS or images.looks_like_image(path):
                yield path


class Classifier:
    """A loaded model plus its class names and a compiled single-call function."""

    def __init__(
        self,
        model: Any,
        class_names: Sequence[str],
        image_size: int,
        info: ModelInfo | None = None,
        fast_path: bool = False,
    ):
        """``fast_path`` also builds the TFLite/XNNPACK copy (core/lite.py): 3x faster per image, but
        its one-off conversion costs seconds, so only ``load`` (a model kept for many calls) asks for it."""
        import tensorflow as tf

        self.model = model
        self.class_names = list(class_names)
        self.image_size = int(image_size)
        self.info = info
        spec = tf.TensorSpec([None, self.image_size, self.image_size, 3], tf.uint8)
        self._call = tf.function(lambda x: model(tf.cast(x, tf.float32), training=False), input_signature=[spec])
        self._lite = None
        if fast_path:
            from fruitclassifier.core import lite

            key = (info.metadata.get("sha256") if info else None) or None
            shipped = None
            if info is not None and key and info.metadata.get("tflite_for_sha256") == key:
                shipped = info.path / lite.SHIPPED_FILE
            self._lite = lite.runner_for(model, key, shipped)

    @classmethod
    def load(cls, model: "str | os.PathLike | ModelInfo", fast_path: bool = True) -> "Classifier":
        """Load from a store name, a model folder, a .keras file, or a ModelInfo."""
        from fruitclassifier.core.models.registry import load_keras

        info = model if isinstance(model, ModelInfo) else find_model(str(model))
        keras_model = load_keras(info.model_file)
        return cls(keras_model, info.class_names, info.image_size, info, fast_path=fast_path)

    @property
    def backend(self) -> str:
        """Which engine runs the network: "tflite" (XNNPACK) or "tf.function"."""
        return "tflite" if self._lite is not None else "tf.function"

    @property
    def name(self) -> str:
        return self.info.name if self.info else "model"

    def predict_arrays(self, batch: np.ndarray) -> np.ndarray:
        """Probabilities for a uint8 batch (N, S, S, 3)."""
        if len(batch) == 0:
            return np.zeros((0, len(self.class_names)), np.float32)
        if self._lite is not None:
            return self._lite(batch)
        return self._call(np.ascontiguousarray(batch, dtype=np.uint8)).numpy()

    def top_k(self, probs: np.ndarray, k: int) -> list[tuple[str, float]]:
        order = np.argsort(probs)[::-1][:k]
        return [(self.class_names[i], float(probs[i])) for i in order]

    def classify_image(self, image: Any, name: str = "image", top_k: int = 3) -> Prediction:
        """Classify an already-decoded PIL image (clipboard paste, camera frame)."""
        array = images.to_square_array(images.normalize(image), self.image_size)
        probs = self.predict_arrays(array[None])[0]
        return Prediction(name, self.top_k(probs, top_k))

    def classify_paths(
        self,
        paths: Sequence[str | os.PathLike],
        top_k: int = 3,
        batch_size: int = 32,
        on_result: Callable[[Prediction], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Prediction]:
        """Classify files in order; unreadable ones become error Predictions, never exceptions."""
        results: list[Prediction] = []
        for chunk_paths, arrays, errors in self._decoded_chunks(list(paths), batch_size):
            if should_stop and should_stop():
                break
            good = [i for i, err in enumerate(errors) if err is None]
            probs = self.predict_arrays(np.stack([arrays[i] for i in good])) if good else []
            answers = dict(zip(good, probs))
            for i, path in enumerate(chunk_paths):
                if errors[i] is not None:
                    pred = Prediction(str(path), error=errors[i])
                else:
                    pred = Prediction(str(path), self.top_k(answers[i], top_k))
                results.append(pred)
                if on_result:
                    on_result(pred)
        return results

    def _decoded_chunks(self, paths: list, batch_size: int) -> Iterator[tuple[list, list, list]]:
        """Yield decoded chunks while the next chunk decodes in the background."""
        chunks = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]
        if len(paths) == 1:  # one dropped photo: a thread pool would cost more than the decode
            array, error = self._decode(paths[0])
            yield paths, [array], [error]
            return
        workers = max(1, min(8, (os.cpu_count() or 2)))
        with ThreadPoolExecutor(workers) as pool:
            ahead = [pool.submit(self._decode, p) for p in chunks[0]] if chunks else []
            for index, chunk in enumerate(chunks):
                current = ahead
                if index + 1 < len(chunks):
                    ahead = [pool.submit(self._decode, p) for p in chunks[index + 1]]
                done = [future.result() for future in current]
                yield chunk, [d[0] for d in done], [d[1] for d in done]

    def _decode(self, path: str | os.PathLike) -> tuple[np.ndarray | None, str | None]:
        try:
            return images.load_array(path, self.image_size), None
        except images.ImageError as exc:
            return None, exc.reason
        except Exception as exc:  # a loader bug must not stop the batch
            return None, f"could not be read ({type(exc).__name__})"
