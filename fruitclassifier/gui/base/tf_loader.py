"""Import TensorFlow only when something needs it, off the GUI thread, and hold that work back until then.

Answering photos needs no TensorFlow (core/inference/lite.py runs each model's .tflite with LiteRT), so the
app no longer imports it at start: on the 2-core development machine the import takes 5-8 s and,
while its C++ library loads, holds the GIL for up to ~700 ms, which would freeze the window just
as the first answers arrive. Training, Grad-CAM, export, importing a model and converting one call
``when_ready(fn)``: it starts the import (once, as an ordinary Task) and runs fn when TF is loaded.
A user who only classifies never pays for TensorFlow at all.
"""

from __future__ import annotations

from collections.abc import Callable
import gc
import importlib
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from fruitclassifier.errors import first_line
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.base.tasks import Reporter, TaskManager


def freeze_long_lived_objects() -> None:
    """Keep Python's full garbage collections short while training (once per process, after TF is imported):
    a second freeze would also freeze an earlier run's garbage, which is then never collected.

    TensorFlow and Keras leave millions of long-lived objects; a full collection walks all of them while
    holding the GIL, which froze the window for 1–2 s in the middle of a run on the 2-core test machine.
    ``gc.freeze()`` moves what exists now out of the collector's sight, so later collections only scan
    objects created since (the models being trained).
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


_frozen = False


def prepare_for_run() -> None:
    """First step of every training, teaching or tuning run in the window (on its worker thread): short
    garbage collections, and the converter helper started, so its TensorFlow import overlaps the run and
    the save at the end converts without freezing the window (core/conversion/converter_process.py)."""
    from fruitclassifier.core.conversion import converter_process

    freeze_long_lived_objects()
    converter_process.prestart()


def import_tensorflow(report: Reporter | None = None) -> dict[str, Any]:
    """Worker function: import TF, Keras and the core modules that use them; say which device runs them."""
    began = time.perf_counter()
    from fruitclassifier.tf_import import import_tensorflow as import_gently

    tf = import_gently()  # native libraries loaded with the GIL released, without pyplot (tf_import.py)
    import keras  # loaded by now

    from fruitclassifier.core.training import device

    for module in ("fruitclassifier.core.inference.classifier", "fruitclassifier.core.inference.explain",
                   "fruitclassifier.core.models.registry", "fruitclassifier.core.models.layers"):
        importlib.import_module(module)  # warm them now rather than on the first drop

    info = device.detect()
    freeze_long_lived_objects()
    label = info.name if info.kind == "CUDA GPU" and info.name else info.kind
    return {"device": label, "tf_version": tf.__version__, "keras_version": keras.__version__,
            "seconds": time.perf_counter() - began,
            "device_note": info.note}  # e.g. "Metal GPU gave wrong results on a self-check; using the CPU."


class TfLoader(QObject):
    """Loads TensorFlow once in the background; ``loaded``/``failed`` say how it went."""

    loaded = Signal(str, str)  # device label, TensorFlow version
    failed = Signal(str)
    notice = Signal(str)  # one line for the status bar, e.g. a model being converted (may come from a worker)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._waiting: list[Callable[[], None]] = []
        self.state = "idle"  # idle -> loading -> ready | failed
        self.error = ""
        self.info: dict[str, Any] = {}

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def start(self) -> None:
        if self.state != "idle":
            return
        self.state = "loading"
        task = self._tasks.submit("Load TensorFlow", import_tensorflow)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)

    def when_ready(self, fn: Callable[[], None]) -> None:
        """Run fn now if TF is loaded, else start loading it and run fn once it is (dropped if loading
        fails: ``failed`` says why)."""
        if self.ready:
            fn()
        elif self.state != "failed":
            self._waiting.append(fn)
            self.start()

    def announce(self, message: str) -> None:
        """Put a line in the status bar, in the user's language; safe to call from a worker thread (the signal
        is queued, and a core message is looked up with the thread-safe ``QCoreApplication.translate``)."""
        self.notice.emit(translated(message))

    def _on_task_finished(self, info: dict[str, Any]) -> None:
        self.info = info
        self.state = "ready"
        self.loaded.emit(info["device"], info["tf_version"])
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.state = "failed"
        reason = first_line(exc) or type(exc).__name__
        self.error = self.tr("TensorFlow could not be loaded ({reason}). Training, Grad-CAM and export need it: "
                             "reinstall the app or run 'pip install tensorflow'.").format(reason=reason)
        self._waiting.clear()
        self.failed.emit(self.error)
