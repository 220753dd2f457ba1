"""Worker functions for the Classify page: classify, load a preview, compute Grad-CAM.

They run inside Tasks (gui/base/tasks.py), take a Reporter, and return plain data or QImages (never
QPixmaps or widgets). Classifying needs no TensorFlow (LiteRT, core/inference/lite.py); Grad-CAM does.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
import io
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from fruitclassifier.core.inference.open_set import UNKNOWN_LABEL
from fruitclassifier.gui.base.classifier_cache import ClassifierCache
from fruitclassifier.gui.base.i18n import class_name, translated
from fruitclassifier.gui.base.tasks import Reporter
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.gui.widgets.qt_images import array_to_qimage, pil_to_qimage
from fruitclassifier.gui.widgets.result_list import THUMB, ResultItem

THUMB_PIXELS = 2 * THUMB  # sharp on HiDPI screens
PREVIEW_PIXELS = 768
GRADCAM_PIXELS = 448


@dataclass
class Pasted:
    """A picture that is not a file: raw bytes from the clipboard, or an already-decoded PIL image."""

    key: str
    name: str
    data: bytes | None = None
    image: Any = None


def _thumbnail(path: Path | None, image: Any) -> Any:
    from fruitclassifier.core.data import images

    try:
        if image is not None:
            small = image.copy()
            small.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
        else:
            small = images.thumbnail(path, THUMB_PIXELS)
        return pil_to_qimage(small)
    except Exception:  # noqa: BLE001 - a missing thumbnail is cosmetic; the prediction says what failed
        return None


def _item(pred: Any, key: str, name: str, path: Path | None, image: Any, with_thumb: bool) -> ResultItem:
    thumb = _thumbnail(path, image) if with_thumb and pred.ok else None
    return ResultItem(key=key, name=name, path=path, image=image, top=list(pred.top), error=pred.error,
                      unsure=bool(pred.unsure), unknown=bool(pred.unknown),
                      known_probability=pred.known_probability, thumbnail=thumb)


def classify_job(report: Reporter, cache: ClassifierCache, info: Any, raw_paths: list[str],
                 pasted: list[Pasted], have_thumbs: set[str]) -> dict[str, Any]:
    """Expand folders, load the model (cached), and stream one ResultItem per image via report.partial.
    Progress lines are worded here, on the worker (``QCoreApplication.translate`` is thread-safe)."""
    from fruitclassifier.core.data import images
    from fruitclassifier.core.inference.classifier import Prediction, expand_paths

    report.progress(0, 0, QCoreApplication.translate("ClassifyJobs", "Looking for images…"))
    files = expand_paths(raw_paths)
    total = len(files) + len(pasted)
    report.progress(0, total, QCoreApplication.translate("ClassifyJobs", "Loading the model “{name}”…")
                    .format(name=info.name))
    classifier = cache.get(info, on_status=lambda message: report.progress(0, total, translated(message)))
    counts = {"classified": 0, "errors": 0, "total": total}

    def deliver(item: ResultItem) -> None:
        counts["errors" if item.error else "classified"] += 1
        report.partial(item)
        done = counts["classified"] + counts["errors"]
        report.progress(done, total, QCoreApplication.translate("ClassifyJobs", "Classified {done} of {total}")
                        .format(done=done, total=total))

    for entry in pasted:
        if report.should_stop():
            break
        try:
            image = entry.image if entry.image is not None else images.image_from_bytes(entry.data, entry.name)
            pred = classifier.classify_image(image, entry.name)
        except images.ImageError as exc:
            image, pred = None, Prediction(entry.key, error=exc.reason)
        deliver(_item(pred, entry.key, entry.name, None, image, entry.key not in have_thumbs))

    def on_result(pred: Any) -> None:
        path = Path(pred.path)
        deliver(_item(pred, pred.path, path.name, path, None, pred.path not in have_thumbs))

    classifier.classify_paths([str(f) for f in files], batch_size=16, on_result=on_result,
                              should_stop=report.should_stop)
    counts["stopped"] = report.should_stop()
    return counts


def preview_job(report: Reporter, path: Path | None, image: Any) -> Any:
    """The selected picture, decoded like everything else (EXIF orientation applied), at most 768 px."""
    from fruitclassifier.core.data import images

    picture = image.copy() if image is not None else images.open_rgb(path)
    picture.thumbnail((PREVIEW_PIXELS, PREVIEW_PIXELS))
    return pil_to_qimage(picture)


def gradcam_job(report: Reporter, cache: ClassifierCache, info: Any, path: Path | None, image: Any) -> Any:
    """Grad-CAM for the top class, drawn over the square crop the model sees, at a size worth looking at."""
    from fruitclassifier.core.data import images
    from fruitclassifier.core.inference import explain

    classifier = cache.get(info)
    picture = image if image is not None else images.open_rgb(path)
    heat = explain.gradcam(classifier, images.to_square_array(picture, classifier.image_size))
    return array_to_qimage(explain.overlay(images.to_square_array(picture, GRADCAM_PIXELS), heat))


RESULT_COLUMNS = ["path", "label", "name", "probability", "answer", "known_probability", "top3", "error"]


def result_rows(items: list[ResultItem], names: bool = False) -> list[list[str]]:
    """One row per result: path, label (the class id, what a program reads), name (what a person reads),
    probability, answer ("sure", "unsure", "unknown" = not one of the model's fruits, "error"),
    known_probability, top-3 ("label:p; ..."; display names when ``names``, for a copy people read), error."""
    rows = []
    for item in items:
        top3 = "; ".join(f"{pretty_label(label) if names else label}:{prob:.4f}" for label, prob in item.top)
        known = "" if item.known_probability is None else f"{item.known_probability:.6f}"
        shown = class_name(UNKNOWN_LABEL) if item.unknown else pretty_label(item.label) if item.top else ""
        rows.append([str(item.path) if item.path else item.name, item.label, shown,
                     f"{item.probability:.6f}" if item.top else "", item.state, known, top3, item.error or ""])
    return rows


def write_results_csv(items: list[ResultItem], path: str | os.PathLike) -> int:
    """The rows of ``result_rows`` under a header, as CSV; returns the row count."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerows([RESULT_COLUMNS, *result_rows(items)])
    return len(items)


def results_text(items: list[ResultItem]) -> str:
    """The same rows tab-separated (Edit › Copy Results): a spreadsheet pastes them into columns."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerows([RESULT_COLUMNS, *result_rows(items, names=True)])
    return buffer.getvalue()
