"""Responsiveness: while a model trains in the background, the Qt event loop never stalls > 100 ms.

The training runs exactly as the Train page starts it: ``TaskManager.submit(training_job(config))``,
events bundled by EventBundler and delivered as queued ``Task.partial`` signals to
a view in the GUI thread that updates a progress bar, a label and a pyqtgraph curve.
A QTimer fires every 15 ms and records the gap between its firings; the largest
gap while the task runs is the longest the window could not react. Offscreen Qt.
TensorFlow is first loaded the way the app's TfLoader does it (a worker task), with
its own stall figure, and training starts after that, as in the app.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks import common

TARGET_MS = 100.0
PROBE_MS = 15


class _Probe:
    """Gaps between QTimer firings, recorded only while ``active``."""

    def __init__(self) -> None:
        self.active = False
        self.gaps: list[float] = []
        self._last = time.perf_counter()

    def tick(self) -> None:
        now = time.perf_counter()
        if self.active:
            self.gaps.append((now - self._last) * 1000)
        self._last = now


def _view() -> tuple[Any, Any]:
    """A stand-in Train page: progress bar, status label and a live loss curve (pyqtgraph)."""
    from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
    import pyqtgraph as pg

    from fruitclassifier.core.events import BatchEnded

    window = QWidget()
    layout = QVBoxLayout(window)
    bar, label, plot = QProgressBar(), QLabel("starting"), pg.PlotWidget()
    for widget in (bar, label, plot):
        layout.addWidget(widget)
    curve, losses = plot.plot([]), []

    def on_events(events: list) -> None:
        for event in events:
            if isinstance(event, BatchEnded):
                bar.setMaximum(event.steps)
                bar.setValue(event.batch + 1)
                losses.append(event.loss)
                label.setText(f"epoch {event.epoch + 1}, {event.images_per_s:.0f} img/s")
        curve.setData(losses)

    window.resize(800, 600)
    window.show()
    return window, on_events


def _stats(gaps: list[float]) -> dict[str, float]:
    gaps = sorted(gaps) or [float("nan")]
    return {"worst": gaps[-1], "p99": gaps[int(0.99 * (len(gaps) - 1))], "over_50": sum(g > 50 for g in gaps),
            "ticks": len(gaps)}


def _phases(config: Any) -> tuple[dict, dict, dict]:
    """Event loop running; phase 1 loads TensorFlow as TfLoader does, phase 2 trains as the Train page does."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fruitclassifier.core.conversion import converter_process
    from fruitclassifier.errors import user_message
    from fruitclassifier.gui.base.tasks import TaskManager
    from fruitclassifier.gui.base.tf_loader import import_tensorflow
    from fruitclassifier.gui.train.jobs import training_job

    app = QApplication.instance() or QApplication([])
    converter_process.use_child_process()  # as run_gui does: the save's conversion runs in a helper process
    window, on_events = _view()
    probe, outcome, gaps = _Probe(), {}, {}
    timer = QTimer()
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(probe.tick)
    timer.start()
    manager = TaskManager()

    def begin(name: str) -> None:
        probe.gaps, probe.active = [], True
        outcome[f"{name}_start"] = time.perf_counter()

    def end(name: str) -> None:
        probe.active = False
        gaps[name] = probe.gaps
        outcome[f"{name}_s"] = time.perf_counter() - outcome[f"{name}_start"]

    def load_tf() -> None:
        begin("tf")
        task = manager.submit("Load TensorFlow", import_tensorflow)
        task.failed.connect(lambda exc: outcome.update(error=user_message(exc)))
        task.ended.connect(lambda: (end("tf"), QTimer.singleShot(100, train)))

    def train() -> None:
        begin("train")
        task = manager.submit("Train", training_job(config))
        task.partial.connect(on_events)
        task.finished.connect(lambda info: outcome.update(model=info.name))
        task.failed.connect(lambda exc: outcome.update(error=user_message(exc)))
        task.ended.connect(lambda: (end("train"), app.quit()))

    QTimer.singleShot(200, load_tf)
    app.exec()
    window.close()
    return _stats(gaps.get("tf", [])), _stats(gaps.get("train", [])), outcome


def run(quick: bool) -> list[dict]:
    import os

    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from fruitclassifier.config import TrainConfig

    folder = common.subset_folder(8 if quick else 30)
    config = TrainConfig(data_dir=str(folder), arch="custom_cnn", image_size=100, epochs=2 if quick else 3,
                         test_dir="", name="bench responsive")
    tf_load, training, outcome = _phases(config)
    if outcome.get("model"):
        common.forget_trained(outcome["model"])
    ok = training["worst"] <= TARGET_MS and not outcome.get("error")
    return [
        common.row(
            "responsive", f"longest event-loop stall while training ({common.count_images(folder)} images)",
            training["worst"], f"{training['worst']:.0f} ms", None, "—", None, f"≤ {TARGET_MS:.0f} ms", ok,
            probe_interval_ms=PROBE_MS, training=training, training_s=outcome.get("train_s"),
            error=outcome.get("error"),
            note=f"{training['ticks']} probe ticks at {PROBE_MS} ms over {outcome.get('train_s', 0):.0f} s of "
            f"training; p99 gap {training['p99']:.0f} ms, {training['over_50']} gaps over 50 ms"
            + (f"; training failed: {outcome['error']}" if outcome.get("error") else "")),
        common.row(
            "responsive", "longest event-loop stall while TensorFlow loads (TfLoader's worker import)",
            tf_load["worst"], f"{tf_load['worst']:.0f} ms", None, "—", None, "(report)", None,
            tf_load=tf_load, tf_load_s=outcome.get("tf_s"),
            note=f"importing TensorFlow on a worker thread took {outcome.get('tf_s', 0):.1f} s; the longest "
            f"stall {tf_load['worst']:.0f} ms (p99 {tf_load['p99']:.0f} ms); fruitclassifier/tf_import.py loads "
            "its native libraries with the GIL released, without pyplot and without garbage collections "
            "(before: 268-295 ms, the GIL held while the C++ library loaded)"),
    ]
