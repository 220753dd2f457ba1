"""Worker functions for the Compare page (the plain-language verdict is core/evaluation/verdict.py, shared with
the CLI).

The jobs run inside Tasks (gui/base/tasks.py): they take a Reporter and return plain data or QImages
(never QPixmaps or widgets). Evaluating and answering run on LiteRT (core/inference/lite.py); only Grad-CAM
loads TensorFlow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
import numpy as np

from fruitclassifier.core.evaluation import compare_cache
from fruitclassifier.core.evaluation.metrics import EvalResult
from fruitclassifier.core.evaluation.report import comparison_rows
from fruitclassifier.core.evaluation.verdict import verdict
from fruitclassifier.core.store import ModelInfo
from fruitclassifier.gui.base.classifier_cache import ClassifierCache
from fruitclassifier.gui.base.i18n import number
from fruitclassifier.gui.base.tasks import Reporter
from fruitclassifier.gui.widgets.qt_images import array_to_qimage, pil_to_qimage

THUMB_PIXELS = 192
GRADCAM_PIXELS = 320


@dataclass
class Comparison:
    """What the page shows: the models, their results on one folder, and which came from the cache."""

    infos: list[ModelInfo]
    results: list[EvalResult]
    folder: Path
    from_cache: list[bool] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [info.name for info in self.infos]

    def rows(self) -> list[dict[str, Any]]:
        return comparison_rows(self.infos, self.results)


def evaluate_job(
    report: Reporter, cache: ClassifierCache, infos: Sequence[ModelInfo], folder: str, cache_only: bool = False
) -> Comparison | None:
    """Evaluate every model on the folder (cached ones instantly).

    None when cancelled, or, with ``cache_only``, when some model has not been evaluated on this folder yet.
    """
    report.progress(0, 0, QCoreApplication.translate("CompareJobs", "Listing the test images…"))
    test = compare_cache.resolve_test_folder(folder)
    results, cached = [], []
    steps = 1000
    for i, info in enumerate(infos):
        if cache_only:
            hit = compare_cache.load(info, test)
            if hit is None:
                return None
            results.append(hit)
            cached.append(True)
            continue

        def progress(done: int, total: int, i: int = i, name: str = info.name) -> None:
            overall = int(steps * (i + done / max(total, 1)) / len(infos))
            text = QCoreApplication.translate("CompareJobs", "Evaluating {model} ({number} of {count}): {done} of "
                                              "{total} images")
            report.progress(overall, steps, text.format(model=name, number=i + 1, count=len(infos), done=number(done),
                                                        total=number(total)))

        loading = QCoreApplication.translate("CompareJobs", "Loading {model} ({number} of {count})…")
        report.progress(int(steps * i / len(infos)), steps, loading.format(model=info.name, number=i + 1,
                                                                           count=len(infos)))
        result, hit = compare_cache.evaluate_cached(info, test, cache.get, progress, report.should_stop)
        if result is None:
            return None
        results.append(result)
        cached.append(hit)
        report.partial((i, result))
    return Comparison(list(infos), results, test.root, cached)


def thumbnails_job(report: Reporter, paths: Sequence[str], size: int = THUMB_PIXELS) -> int:
    """Decode small previews, handing them over in chunks of (path, QImage) so the gallery fills as it goes."""
    from fruitclassifier.core.data import images

    chunk: list[tuple[str, Any]] = []
    for n, path in enumerate(paths, start=1):
        if report.should_stop():
            break
        try:
            chunk.append((path, pil_to_qimage(images.thumbnail(path, size))))
        except Exception:  # noqa: BLE001 - an unreadable thumbnail stays grey; the answers are still shown
            continue
        if len(chunk) >= 24 or n == len(paths):
            report.partial(chunk)
            chunk = []
    if chunk:
        report.partial(chunk)
    return len(paths)


def answers_job(
    report: Reporter,
    cache: ClassifierCache,
    infos: Sequence[ModelInfo],
    path: str,
    recorded: Sequence[dict | None] = (),
) -> list[dict]:
    """Every model's answer and top-3 for one photo first (LiteRT: no TensorFlow), then each Grad-CAM overlay
    (that loads TensorFlow); a partial per model each time, so the answers show at once.

    ``recorded`` holds each model's evaluation answer for this photo when it is one of the compared folder's
    (the prediction dict behind Disagreements and the matrices): that answer is the one stated, so the
    tabs cannot contradict each other. Otherwise the answer is worked out as Classify does, refusal
    included. The photo is decoded with ``images.load_array``, exactly as evaluation decodes test images.
    """
    from fruitclassifier.core.data import images

    big = images.to_square_array(images.open_rgb(path), GRADCAM_PIXELS)
    answers, arrays = [], []
    for i, info in enumerate(infos):
        if report.should_stop():
            return answers
        report.progress(i, 2 * len(infos), QCoreApplication.translate("CompareJobs", "Asking {model}…").format(
            model=info.name))
        classifier = cache.get(info)
        arrays.append(images.load_array(path, classifier.image_size))
        fresh = classifier.answer(path, classifier.predict_arrays(arrays[-1][None])[0], 3)
        said = recorded[i] if i < len(recorded) else None
        answers.append(
            {
                "index": i,
                "name": info.name,
                "top": fresh.top,
                "overlay": array_to_qimage(big),
                "answer": said["pred"] if said else told_answer(classifier, fresh),
                "note": QCoreApplication.translate("CompareJobs", "Grad-CAM follows…"),
            }
        )
        report.partial(dict(answers[-1]))  # a copy: the worker fills in the overlay later
    for answer, info, array in zip(answers, infos, arrays):
        if report.should_stop():
            break
        report.progress(len(infos) + answer["index"], 2 * len(infos),
                        QCoreApplication.translate("CompareJobs", "Grad-CAM for {model}…").format(model=info.name))
        answer["overlay"], answer["note"] = _gradcam_overlay(cache.get(info), array, big)
        report.partial(dict(answer))
    return answers


def told_answer(classifier: Any, prediction: Any) -> str:
    """The class id a person is told, as evaluation records it: the other class when the photo is refused."""
    other = classifier.open_set.other_index
    if prediction.unknown and other is not None:
        return classifier.class_names[other]
    return prediction.label or ""


def recorded_answers(results: Sequence[EvalResult], path: str) -> list[dict | None]:
    """Each result's prediction for ``path`` (None where the photo was not part of that evaluation)."""
    return [next((p for p in result.predictions if p["path"] == path), None) for result in results]


def _gradcam_overlay(classifier: Any, array: np.ndarray, big: np.ndarray) -> tuple[Any, str]:
    """(QImage of the heat map over the photo, note); the plain photo and a note when Grad-CAM fails."""
    from fruitclassifier.core.inference import explain

    try:
        heat = explain.gradcam(classifier, array)
    except Exception as exc:  # noqa: BLE001 - e.g. an imported model without a conv layer: answer anyway
        return array_to_qimage(big), QCoreApplication.translate(
            "CompareJobs", "No Grad-CAM for this model ({error})").format(error=type(exc).__name__)
    note = ""
    if float(np.ptp(heat)) < 1e-3:  # e.g. ResNet50 at 32 px: its last feature map is a single cell
        note = QCoreApplication.translate(
            "CompareJobs", "Grad-CAM is flat: at this input size the model's last feature map is too coarse to show "
            "where it looked.")
    return array_to_qimage(explain.overlay(big, heat)), note


def export_job(report: Reporter, out_dir: str, comparison: Comparison) -> str:
    """The same report folder as ``fruitclassifier compare --report DIR``."""
    from fruitclassifier.core.evaluation.report import write_comparison_report

    report.progress(0, 0, QCoreApplication.translate("CompareJobs", "Drawing the report figures…"))
    folder = write_comparison_report(out_dir, comparison.infos, comparison.results, notes=verdict(comparison.rows()))
    return str(folder)
