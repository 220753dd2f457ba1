"""Feeds the Classify page's detail pane: the selected picture, and Grad-CAM when asked for.

Both are computed in Tasks (decoding off the GUI thread; Grad-CAM once TensorFlow is loaded).
A generation counter drops answers for an item that is no longer selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage
import shiboken6

from fruitclassifier.gui.base.classifier_cache import ClassifierCache
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.base.wording import user_text
from fruitclassifier.gui.classify.jobs import gradcam_job, preview_job
from fruitclassifier.gui.classify.result_detail import ResultDetail
from fruitclassifier.gui.widgets.result_list import ResultItem
from fruitclassifier.text import QT_TRANSLATE_NOOP

GRADCAM_MESSAGE = QT_TRANSLATE_NOOP("DetailController", "Computing Grad-CAM…")
#: The first heat map waits for TensorFlow to load (seconds; answers never do): say so, not just "Computing".
FIRST_GRADCAM_MESSAGE = QT_TRANSLATE_NOOP(
    "DetailController",
    "Loading TensorFlow for Grad-CAM (only the first heat map waits for it, a few seconds to half a minute)…")

class DetailController(QObject):
    def __init__(self, detail: ResultDetail, tasks: TaskManager, tf: TfLoader, cache: ClassifierCache,
                 current_model: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail, self.tasks, self.tf, self.cache = detail, tasks, tf, cache
        self._current_model = current_model
        self._generation = 0
        self._preview = QImage()
        detail.gradcam_toggled.connect(self._on_detail_gradcam_toggled)

    def show(self, item: ResultItem | None) -> None:
        """Show an item at once; its picture follows when decoded (stale answers are dropped)."""
        self._generation += 1
        self.detail.show_item(item)
        self._preview = QImage()
        if item is None or item.error or (item.path is None and item.image is None):
            return
        generation = self._generation
        task = self.tasks.submit("Preview", lambda report: preview_job(report, item.path, item.image))
        task.finished.connect(lambda image, g=generation: self._on_preview_finished(g, image))
        task.failed.connect(lambda exc, g=generation: self._on_detail_failed(g, user_text(exc)))

    def _on_preview_finished(self, generation: int, image: QImage) -> None:
        if generation != self._generation or not shiboken6.isValid(self.detail):
            return
        self._preview = image
        if self.detail.gradcam.isChecked():
            self._on_detail_gradcam_toggled(True)
        else:
            self.detail.set_image(image)

    def _on_detail_failed(self, generation: int, message: str) -> None:
        if generation == self._generation and shiboken6.isValid(self.detail):
            self.detail.set_message(message)

    def _on_detail_gradcam_toggled(self, on: bool) -> None:
        item, info = self.detail.item, self._current_model()
        if not on or item is None or info is None or not item.top:
            if not self._preview.isNull():
                self.detail.set_image(self._preview)
            return
        self.detail.set_message(_tr(GRADCAM_MESSAGE if self.tf.ready else FIRST_GRADCAM_MESSAGE))
        generation = self._generation
        self.tf.when_ready(lambda: self._start_gradcam(generation, item, info))

    def _start_gradcam(self, generation: int, item: ResultItem, info: Any) -> None:
        if generation == self._generation and shiboken6.isValid(self.detail):
            self.detail.set_message(_tr(GRADCAM_MESSAGE))
        task = self.tasks.submit(
            "Grad-CAM", lambda report: gradcam_job(report, self.cache, info, item.path, item.image)
        )
        task.finished.connect(lambda image, g=generation: self._on_gradcam_finished(g, image))
        task.failed.connect(lambda exc, g=generation: self._on_detail_failed(
            g, self.tr("No Grad-CAM: {reason}").format(reason=user_text(exc))))

    def _on_gradcam_finished(self, generation: int, image: QImage) -> None:
        # A heat map can arrive after the page was closed (window shut while TensorFlow computed it).
        if not shiboken6.isValid(self.detail) or not shiboken6.isValid(self.detail.gradcam):
            return
        if generation == self._generation and self.detail.gradcam.isChecked():
            self.detail.set_image(image)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailController", text)
