"""Measure models on a labelled folder: accuracy, per-class precision/recall/F1, confusion, speed.

Metrics are computed with numpy from the same predictions the user would see,
so the CLI, the Compare view and the experiment reports all agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
import time
from typing import Any

import numpy as np

from fruitclassifier.core.data import folders
from fruitclassifier.core.inference.classifier import Classifier, Prediction


@dataclass
class EvalResult:
    """Everything one model scored on one folder; ``to_dict`` is the CLI's JSON."""

    model: str
    folder: str
    labels: list[str]
    confusion: np.ndarray  # rows: true label, columns: predicted label (model's class order)
    predictions: list[dict[str, Any]]
    seconds: float
    params: int = 0
    file_size: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return int(self.confusion.sum())

    @property
    def accuracy(self) -> float:
        return float(np.trace(self.confusion) / max(self.n, 1))

    def per_class(self) -> dict[str, dict[str, float]]:
        tp = np.diag(self.confusion).astype(float)
        predicted, support = self.confusion.sum(axis=0), self.confusion.sum(axis=1)
        precision = np.divide(tp, predicted, out=np.zeros_like(tp), where=predicted > 0)
        recall = np.divide(tp, support, out=np.zeros_like(tp), where=support > 0)
        denom = precision + recall
        f1 = np.divide(2 * precision * recall, denom, out=np.zeros_like(tp), where=denom > 0)
        return {
            label: {"precision": float(precision[i]), "recall": float(recall[i]), "f1": float(f1[i]),
                    "support": int(support[i])}
            for i, label in enumerate(self.labels)
        }

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the classes present in the test folder."""
        scores = [v["f1"] for v in self.per_class().values() if v["support"] > 0]
        return float(np.mean(scores)) if scores else 0.0

    @property
    def ms_per_image(self) -> float:
        return 1000.0 * self.seconds / max(len(self.predictions), 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "folder": self.folder,
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "labels": self.labels,
            "per_class": self.per_class(),
            "confusion": self.confusion.tolist(),
            "ms_per_image": self.ms_per_image,
            "params": self.params,
            "file_size": self.file_size,
            "skipped": self.skipped,
            "predictions": self.predictions,
        }


def shown_classes(confusion: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows, columns) of a confusion matrix worth showing: the classes the folder holds, and those plus any
    other class predicted. A class only ever answered (most often "not one of mine") gets a column, not an
    empty row that would read as a class the folder holds."""
    present = confusion.sum(axis=1) > 0
    return np.where(present)[0], np.where(present | (confusion.sum(axis=0) > 0))[0]


def evaluate(
    classifier: Classifier,
    folder: str | Path,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> EvalResult:
    """Classify every image of a labelled folder and score the answers."""
    summary = folders.scan(folder)
    if summary.test_dir is not None:  # a Fruits-360 root: evaluate on its Test/ split
        summary = folders.scan(summary.test_dir)
    index = {name: i for i, name in enumerate(classifier.class_names)}
    unknown = sorted(set(summary.class_names) - set(index))
    named = [(f, summary.class_names[label]) for f, label in zip(summary.files, summary.labels)]
    kept = [(f, name) for f, name in named if name in index]
    if not kept:
        raise folders.DataError(
            f"none of the classes in {folder} ({', '.join(summary.class_names[:5])}…) are known to model "
            f"{classifier.name}; choose a test folder with the same class names"
        )
    done = [0]

    def progress(_: Prediction) -> None:
        done[0] += 1
        if on_progress:
            on_progress(done[0], len(kept))

    start = time.perf_counter()
    preds = classifier.classify_paths(
        [f for f, _ in kept],
        top_k=len(classifier.class_names),
        batch_size=64,
        on_result=progress,
        should_stop=should_stop,
    )
    seconds = time.perf_counter() - start
    if preds and not any(p.ok for p in preds):  # an accuracy over zero images would be a made-up number
        raise folders.DataError(
            f"none of the {len(preds)} images in {folder} could be read "
            f"(e.g. {Path(preds[0].path).name}: {preds[0].error}); check that it holds photos"
        )
    return _score(classifier, str(folder), kept, preds, index, seconds, unknown)


def _score(classifier, folder, kept, preds, index, seconds, unknown) -> EvalResult:
    k = len(classifier.class_names)
    confusion = np.zeros((k, k), dtype=np.int64)
    other_index = classifier.open_set.other_index
    other = classifier.class_names[other_index] if other_index is not None else None
    rows, skipped = [], [f"class {name!r} is not known to the model" for name in unknown]
    for (path, true), pred in zip(kept, preds):
        if not pred.ok:
            skipped.append(f"{Path(path).name}: {pred.error}")
            continue
        answer = other if pred.unknown and other is not None else pred.label  # what the user was told
        confusion[index[true], index[answer]] += 1
        rows.append(
            {
                "path": str(path),
                "true": true,
                "pred": answer,
                "probability": pred.probability,
                "true_probability": dict(pred.top).get(true, 0.0),
            }
        )  # for the folder's cross-entropy
    info = classifier.info
    return EvalResult(
        model=classifier.name,
        folder=folder,
        labels=list(classifier.class_names),
        confusion=confusion,
        predictions=rows,
        seconds=seconds,
        params=classifier.params,  # from metadata: evaluating needs no TensorFlow
        file_size=info.size_bytes if info else 0,
        skipped=skipped,
    )


def compare(
    models: Sequence[str | Classifier],
    folder: str | Path,
    on_progress: Callable[[str, int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[EvalResult]:
    """Evaluate several models on one folder, one after another."""
    results = []
    for model in models:
        classifier = model if isinstance(model, Classifier) else Classifier.load(model)
        report = (lambda d, t, name=classifier.name: on_progress(name, d, t)) if on_progress else None
        results.append(evaluate(classifier, folder, report, should_stop))
        if should_stop and should_stop():
            break
    return results
