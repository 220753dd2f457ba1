"""Classify images with a saved model: load once, then one image or thousands.

``model.predict`` costs about 33 ms for a single image on the development CPU
because it builds a tf.data pipeline per call; a ``tf.function`` with a fixed
input signature costs about 2 ms, and the model's TFLite copy run by LiteRT
(lite.py, used by ``Classifier.load``) about 0.6 ms, without importing TensorFlow.
Decoding (Pillow, core/data/images.py) runs in threads ahead of the network so both cores stay busy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
import os
from pathlib import Path
import threading
from typing import Any

import numpy as np

from fruitclassifier.core.conversion import runtime, tflite
from fruitclassifier.core.data import images
from fruitclassifier.core.inference.display_names import display_names
from fruitclassifier.core.inference.open_set import OpenSet
from fruitclassifier.core.models import model_check
from fruitclassifier.core.store import ModelInfo, find_model
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: Below this top probability the app says "not sure" instead of naming a fruit.
UNSURE_THRESHOLD = 0.6


@dataclass
class Prediction:
    """One file's answer: the top labels with probabilities, or why it could not be read.

    Three states a user sees: a fruit; "Not sure" (one of the model's fruits, but it
    hesitates: top probability under UNSURE_THRESHOLD); "Not one of my fruits"
    (``unknown``: the model's calibrated ``known_probability`` is under its threshold,
    see core/inference/open_set.py). ``known_probability`` is None for models without that answer.
    """

    path: str
    top: list[tuple[str, float]] = field(default_factory=list)
    error: str | None = None
    known_probability: float | None = None
    unknown: bool = False

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
        return self.ok and not self.unknown and self.probability < UNSURE_THRESHOLD

    @property
    def state(self) -> str:
        """"error", "unknown", "unsure" or "sure": one word for badges, CSV and JSON."""
        if not self.ok:
            return "error"
        return "unknown" if self.unknown else "unsure" if self.unsure else "sure"

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"path": self.path, "error": self.error}
        names = display_names([label for label, _ in self.top])
        return {
            "path": self.path,
            "top": [{"label": label, "name": names[label], "probability": round(p, 6)} for label, p in self.top],
            "unsure": self.unsure,
            "unknown": self.unknown,
            "known_probability": None if self.known_probability is None else round(self.known_probability, 6),
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
    """A model ready to answer: its LiteRT copy (core/inference/lite.py) when it has one, else its Keras model.

    Loaded from the store it needs no TensorFlow: class names and input size come from
    metadata.json and the network is the model's ``.tflite``. The Keras model is loaded only
    when something asks for ``model`` (Grad-CAM, export, a model TFLite cannot run).
    """

    def __init__(
        self,
        model: Any,
        class_names: Sequence[str],
        image_size: int,
        info: ModelInfo | None = None,
        fast_path: bool = False,
        runner: Any = None,
    ):
        """``model`` may be None when ``runner`` (a runtime.LiteRunner) answers and ``info`` names the Keras file.
        ``fast_path`` converts an in-memory Keras model for LiteRT: faster per image, but the one-off
        conversion costs seconds, so only a model kept for many calls should ask for it."""
        self._model = model
        self.class_names = list(class_names)
        self.image_size = int(image_size)
        self.info = info
        self._lock = threading.Lock()
        self._call: Any = None
        self._lite = runner
        self._open_set: OpenSet | None = None
        if self._lite is None and model is not None and fast_path:
            from fruitclassifier.core.inference import lite

            self._lite = lite.runner_for(model)
        if self._lite is None and model is None and info is None:
            raise ValueError("a Classifier needs a Keras model, a LiteRT runner with its ModelInfo, or both")
        if info is not None:  # metadata.json must describe this network (core/models/model_check.py)
            model_check.check_classifier(info.metadata, model, self._lite, info.name)

    @classmethod
    def load(cls, model: str | os.PathLike | ModelInfo, fast_path: bool = True,
             on_status: Callable[[str], None] | None = None) -> Classifier:
        """Load from a store name, a model folder, a .keras file, or a ModelInfo.

        Uses the model's trusted ``.tflite`` (never a stale one); a model without one is converted
        once, which needs TensorFlow: ``on_status`` hears about it first (the GUI says so).
        """
        from fruitclassifier.core.inference import lite

        info = model if isinstance(model, ModelInfo) else find_model(str(model))
        if info.error is not None:  # listed greyed (core/store/model_folder.py): never opened
            raise info.error
        lite_only = info.model_file.suffix == ".tflite"  # an imported .tflite (core/importers): no Keras file
        if not (fast_path and runtime.enabled()) and not lite_only:
            return cls(_load_keras(info), info.class_names, info.image_size, info)
        _check_model_file(info)
        sha = lite.keras_sha256(info.model_file)
        runner = lite.open_copy(info, sha)
        if runner is not None:
            return cls(None, info.class_names, info.image_size, info, runner=runner)
        if on_status:
            on_status(Text(QT_TRANSLATE_NOOP("core", "Preparing “{name}” for fast answers (once; this loads "
                                                     "TensorFlow)…"), name=info.name))
        keras_model = None
        try:
            flatbuffer = _converted_by_helper(info)
            if flatbuffer is None:
                keras_model = _load_keras(info)
                flatbuffer, runner = tflite.convert_checked(keras_model)
            else:
                runner = runtime.LiteRunner(flatbuffer)
        except tflite.ConversionError:
            keras_model = keras_model or _load_keras(info)
            return cls(keras_model, info.class_names, info.image_size, info)  # Keras answers instead
        info = lite.keep_copy(info, flatbuffer, sha)
        return cls(keras_model, info.class_names, info.image_size, info, runner=runner)

    @property
    def model(self) -> Any:
        """The Keras model, loaded on first use (this imports TensorFlow)."""
        with self._lock:
            if self._model is None:
                self._model = _load_keras(self.info)
            return self._model

    @property
    def backend(self) -> str:
        """Which engine runs the network: "tflite" (LiteRT, or tf.lite where it is missing) or "tf.function"."""
        return "tflite" if self._lite is not None else "tf.function"

    @property
    def params(self) -> int:
        """Number of weights: from metadata.json when recorded, so counting them needs no TensorFlow."""
        recorded = self.info.metadata.get("params") if self.info else None
        return int(recorded) if isinstance(recorded, int) else int(self.model.count_params())

    @property
    def name(self) -> str:
        return self.info.name if self.info else "model"

    def predict_arrays(self, batch: np.ndarray) -> np.ndarray:
        """Probabilities for a uint8 batch (N, S, S, 3)."""
        if len(batch) == 0:
            return np.zeros((0, len(self.class_names)), np.float32)
        if self._lite is not None:
            return self._lite(batch)
        return self._keras_call()(np.ascontiguousarray(batch, dtype=np.uint8)).numpy()

    def _keras_call(self) -> Any:
        """The Keras model as a tf.function with a fixed signature: ~2 ms a call instead of predict's ~33 ms."""
        if self._call is None:
            import tensorflow as tf

            model = self.model
            spec = tf.TensorSpec([None, self.image_size, self.image_size, 3], tf.uint8)
            self._call = tf.function(lambda x: model(tf.cast(x, tf.float32), training=False),
                                     input_signature=[spec])
        return self._call

    @property
    def open_set(self) -> OpenSet:
        """Where this model's "not one of my fruits" class is, if it has one (core/inference/open_set.py)."""
        if self._open_set is None:
            self._open_set = OpenSet.from_metadata(self.info.metadata if self.info else None, self.class_names)
        return self._open_set

    def set_refusal(self, level: str) -> None:
        """How readily to answer "not one of mine" from now on: one of open_set.LEVELS."""
        self._open_set = OpenSet.from_metadata(self.info.metadata if self.info else None,
                                               self.class_names).at_level(level)

    @property
    def fruit_names(self) -> list[str]:
        """The classes a photo can be named as (the "other" class is an answer, not a fruit)."""
        other = self.open_set.other_index
        return [c for i, c in enumerate(self.class_names) if i != other]

    def top_k(self, probs: np.ndarray, k: int) -> list[tuple[str, float]]:
        order = self.open_set.fruit_order(probs)[:k]
        return [(self.class_names[i], float(probs[i])) for i in order]

    def answer(self, path: str, probs: np.ndarray, k: int) -> Prediction:
        """The Prediction for one image's probabilities: top fruits, and whether it is none of them."""
        known, unknown = self.open_set.judge(probs)
        return Prediction(path, self.top_k(probs, k), known_probability=known, unknown=unknown)

    def classify_image(self, image: Any, name: str = "image", top_k: int = 3) -> Prediction:
        """Classify an already-decoded PIL image (clipboard paste, camera frame)."""
        array = images.to_square_array(images.normalize(image), self.image_size)
        probs = self.predict_arrays(array[None])[0]
        return self.answer(name, probs, top_k)

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
        for chunk_paths, probs, errors in self._answered_chunks(list(paths), batch_size, should_stop):
            for i, path in enumerate(chunk_paths):
                if errors[i] is not None:
                    pred = Prediction(str(path), error=errors[i])
                else:
                    pred = self.answer(str(path), probs[i], top_k)
                results.append(pred)
                if on_result:
                    on_result(pred)
        return results

    def _answered_chunks(self, paths: list, batch_size: int,
                         should_stop: Callable[[], bool] | None) -> Iterator[tuple[list, dict, list]]:
        """(paths, probabilities by index, errors) per chunk, in order, computed by one worker per core.

        Each worker decodes its chunk and runs the network on it single-threaded (lite.py), so the cores
        work side by side. One multi-threaded interpreter fed by decode threads was slower on the busy
        2-core machine (its threads wait for each other at every layer while the decoders hold the other
        core): workers side by side ran 1.3-2.2x faster there (188 -> 261 img/s in bench_folder), and two
        workers a core beat one a core by 1.2-1.4x with EfficientNet-Lite0 (a worker decoding leaves its
        core to the other).
        """
        chunks = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]
        if len(paths) == 1:  # one dropped photo: a thread pool would cost more than the decode
            yield self._answer_chunk(paths)
            return
        workers = max(2, min(8, 2 * (os.cpu_count() or 1)))  # two a core: one decodes while the other runs
        with ThreadPoolExecutor(workers) as pool:
            pending: deque = deque()
            for chunk in chunks:
                if should_stop and should_stop():
                    break
                pending.append(pool.submit(self._answer_chunk, chunk, True))
                if len(pending) > workers:  # at most one chunk waiting per worker: memory stays flat
                    yield pending.popleft().result()
            while pending and not (should_stop and should_stop()):
                yield pending.popleft().result()
            for future in pending:
                future.cancel()

    def _answer_chunk(self, chunk: list, in_worker: bool = False) -> tuple[list, dict, list]:
        decoded = [self._decode(path) for path in chunk]
        good = [i for i, (_, err) in enumerate(decoded) if err is None]
        batch = np.stack([decoded[i][0] for i in good]) if good else np.zeros((0,), np.uint8)
        if not good:
            probs = []
        elif in_worker and self._lite is not None:
            probs = self._lite.run_here(batch)
        else:
            probs = self.predict_arrays(batch)
        return chunk, dict(zip(good, probs)), [err for _, err in decoded]

    def _decode(self, path: str | os.PathLike) -> tuple[np.ndarray | None, str | None]:
        try:
            return images.load_array(path, self.image_size), None
        except images.ImageError as exc:
            return None, exc.reason
        except Exception as exc:  # a loader bug must not stop the batch
            return None, Text(QT_TRANSLATE_NOOP("core", "could not be read ({error})"), error=type(exc).__name__)


def _load_keras(info: ModelInfo) -> Any:
    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(info.model_file)
    model_check.check_shapes(info.metadata, *model_check.keras_io(model), where=info.name)
    return model


def _converted_by_helper(info: ModelInfo) -> bytes | None:
    """The desktop app's converter process makes the copy (converter_process.py), so this process loads
    neither TensorFlow nor the Keras model; None when there is no helper or it failed."""
    import tempfile

    from fruitclassifier.core.conversion import converter_process

    if not converter_process.active():
        return None
    with tempfile.TemporaryDirectory(prefix="fruitclassifier-convert-") as folder:
        out = Path(folder) / "model.tflite"
        return out.read_bytes() if converter_process.convert_file(info.model_file, out) else None


def _check_model_file(info: ModelInfo) -> None:
    """A missing model file reads the same on the LiteRT path as through load_keras (no TensorFlow needed)."""
    from fruitclassifier.core.models.registry import ModelFileError

    if not info.model_file.is_file():
        raise ModelFileError(info.model_file, QT_TRANSLATE_NOOP("core", "file not found"))
