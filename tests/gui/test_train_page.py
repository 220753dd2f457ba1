"""The Train page with a real event loop: queue, live curves, stop, resume, close, bad data, form checks.

Real training runs use tiny generated folders (24 px discs, batch 8, 1–3 epochs); everything that
does not need TensorFlow (forms, scanning, error paths) runs without it.
"""

from __future__ import annotations

import shlex
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QSpinBox
from helpers import make_image_folder
import pytest

from fruitclassifier.config import TrainConfig
from fruitclassifier.config_flags import cli_command
from fruitclassifier.core.events import BatchEnded, EpochEnded, RunStarted
from fruitclassifier.core.store import list_models
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import Reporter, TaskManager
from fruitclassifier.gui.train.page import CLOSE_QUESTION, QueueItem, TrainPage
from fruitclassifier.gui.train.run_monitor import RunMonitor
from fruitclassifier.gui.widgets.config_form import FloatSpinBox
from fruitclassifier.gui.widgets.live_plot import LivePlot

#: Real training runs driven through the page.
pytestmark = pytest.mark.slow

TINY = dict(epochs=1, batch_size=8, image_size=24, learning_rate=3e-3, dropout=0.0, seed=1)
RUN_TIMEOUT_MS = 180_000  # the shared 2-core machine can be very busy


@pytest.fixture
def page(qtbot):
    settings.configure_settings()  # QSettings inside this test's FRUITCLASSIFIER_HOME
    tasks = TaskManager()
    page = TrainPage(tasks)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()  # hidden plots skip redraws; the tests should see what a user sees
    yield page
    tasks.cancel_all_and_wait(60_000)


def _use_folder(qtbot, page: TrainPage, folder, **settings_) -> None:
    page.data_panel.set_folder(str(folder))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    form = page.arch_settings.form("custom_cnn")
    form.set_config(form.config().replace(**{**TINY, **settings_}))


def _saved() -> list:
    return [m for m in list_models() if not m.bundled]


class GapProbe:
    """Largest gap between 20 ms timer ticks: how long the event loop was ever blocked."""

    def __init__(self) -> None:
        self.max_gap, self._last = 0.0, time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap, self._last = max(self.max_gap, now - self._last), now


# --- real training ------------------------------------------------------------------------------


def test_queue_of_two_runs_draws_curves_and_saves_both_models(qtbot, page, tiny_folder):
    _use_folder(qtbot, page, tiny_folder, epochs=2)
    first = page.arch_settings.configs(**page.data_panel.values())[0]
    second = first.replace(epochs=1, learning_rate=1e-3, name="second")
    from fruitclassifier.gui.base.tf_loader import import_tensorflow

    import_tensorflow()  # as the app does at start-up: importing TF and probing the GPU hold the GIL for seconds

    events = {"saved": 0, "changed": 0}
    page.model_saved.connect(lambda _info: events.__setitem__("saved", events["saved"] + 1))
    page.models_changed.connect(lambda: events.__setitem__("changed", events["changed"] + 1))
    probe = GapProbe()
    with qtbot.waitSignal(page.queue_finished, timeout=RUN_TIMEOUT_MS):
        page.start_queue([QueueItem("Custom CNN", first), QueueItem("Custom CNN, slower", second)])
        assert page.running and not page.start_button.isEnabled() and page.stop_button.isEnabled()
    probe.timer.stop()
    print(f"\nlongest event-loop stall during training: {probe.max_gap * 1000:.0f} ms")
    assert [i.status for i in page.queue] == ["done", "done"]
    assert events == {"saved": 2, "changed": 2} and len(_saved()) == 2
    plot = page.monitor.plot  # the second run's curves: one epoch
    assert plot.series("loss:batch")[1] and plot.series("accuracy:batch_raw")[1]
    assert len(plot.series("loss:val")[1]) == 1 and len(plot.series("accuracy:epoch")[1]) == 1
    assert "Epoch 1/1" in page.monitor.progress.format() and "Finished" in page.monitor.stats.text()
    assert "Device: CPU" in page.monitor.device.text() or "GPU" in page.monitor.device.text()
    log = page.monitor.log_text()
    assert "fruitclassifier train" in log and "--config" in log and "Saved model" in log
    assert not page.classify_button.isHidden() and page.start_button.isEnabled()
    with qtbot.waitSignal(page.open_in_classify) as opened:
        page.classify_button.click()
    assert opened.args[0].name == "second"
    # The stall figure is printed, not asserted: timings are benchmarks (benchmarks/bench_responsive.py),
    # not unit tests.


def test_stop_keeps_a_usable_model_and_resume_finishes_the_run(qtbot, page, tiny_folder, monkeypatch):
    _use_folder(qtbot, page, tiny_folder, epochs=3)
    checks = {"false": 0, "true": 0}
    original = Reporter.should_stop

    def counting(self) -> bool:
        stop = original(self)
        checks["true" if stop else "false"] += 1
        return stop

    monkeypatch.setattr(Reporter, "should_stop", counting)
    batches = []
    with qtbot.waitSignal(page.queue_finished, timeout=RUN_TIMEOUT_MS):
        page.start_button.click()

        def on_events(events):
            batches.extend(e for e in events if isinstance(e, BatchEnded))
            if any(isinstance(e, EpochEnded) for e in events):
                page.stop()  # while the core saves the first epoch's checkpoint

        page.task.partial.connect(on_events)
    # the core checks once before fit, then after every batch: the first "stop" ends the run at once
    assert checks["true"] == 1 and len(batches) == checks["false"]
    (item,) = page.queue
    assert item.status == "stopped" and item.model.metadata["stopped_early"] is True
    from fruitclassifier.core.inference.classifier import Classifier

    prediction = Classifier.load(item.model.path).classify_paths([next((tiny_folder / "kiwi").iterdir())])[0]
    assert prediction.ok
    assert page.runs_combo.count() == 1 and page.resume_button.isEnabled()
    first_epoch_batches = [x for x in page.monitor.plot.series("loss:batch")[0] if x <= 1.0]
    with qtbot.waitSignal(page.queue_finished, timeout=RUN_TIMEOUT_MS):
        page.resume_button.click()
        assert page.monitor.title.text().startswith("Resuming ")
        # the batch curve of the epoch before the stop is drawn again from the saved run
        assert [x for x in page.monitor.plot.series("loss:batch")[0] if x <= 1.0] == first_epoch_batches
    (resumed,) = page.queue
    assert resumed.status == "done" and len(resumed.model.metadata["history"]["loss"]) == 3
    assert len(page.monitor.plot.series("loss:val")[1]) == 3  # the first epoch drawn from the saved run
    assert page.monitor.title.text() == resumed.model.name  # no longer "Resuming …" once it has finished
    assert len(_saved()) == 1 and page.runs_combo.count() == 0


def test_stop_in_the_first_epoch_saves_nothing_and_says_so(qtbot, page, tiny_folder):
    _use_folder(qtbot, page, tiny_folder, epochs=3)
    with qtbot.waitSignal(page.queue_finished, timeout=RUN_TIMEOUT_MS):
        page.start_button.click()
        page.task.partial.connect(lambda events: any(isinstance(e, BatchEnded) for e in events) and page.stop())
    (item,) = page.queue
    assert item.status == "cancelled" and not _saved()
    log = page.monitor.log_text()
    assert "nothing was saved" in log and "keeping the best completed epoch" not in log
    assert "Training failed" not in log


def test_closing_the_window_while_training_asks_then_stops_cleanly(qtbot, tiny_folder, monkeypatch):
    settings.configure_settings()
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    page = window.page("train")
    _use_folder(qtbot, page, tiny_folder, epochs=200)
    seen = []
    page.start_button.click()
    page.task.partial.connect(lambda events: seen.extend(e for e in events if isinstance(e, EpochEnded)))
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=RUN_TIMEOUT_MS)  # a stop before it would save nothing
    answers = iter([QMessageBox.No, QMessageBox.Yes])
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: questions.append(text) or next(answers))
    window.close()
    assert window.isVisible() and page.running  # "No": keep training
    window.close()  # "Yes": stop, and the window waits for the worker
    assert not window.isVisible() and CLOSE_QUESTION in questions[0]
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    (model,) = _saved()
    assert model.metadata["stopped_early"] and model.metadata["epochs_trained"] < 200


# --- no TensorFlow needed -------------------------------------------------------------------------


def test_bad_data_folders_give_a_clear_message_and_disable_start(qtbot, page, tmp_path):
    (tmp_path / "empty").mkdir()
    make_image_folder(tmp_path / "one", per_class=3, classes=["apple"])
    for name in ("apple", "pear"):
        (tmp_path / "broken" / name).mkdir(parents=True)
        for i in range(3):
            (tmp_path / "broken" / name / f"{i}.jpg").write_bytes(b"this is not a picture" * 4)
    cases = {
        "empty": "no class folders",
        "one": "only one class",
        "broken": "could be read",
        "missing": "does not exist",
    }
    for folder, expected in cases.items():
        page.data_panel.set_folder(str(tmp_path / folder))
        qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
        assert expected in page.data_panel.error.lower(), folder
        assert not page.start_button.isEnabled() and expected in page.reason.text().lower()
    page.start()  # refused, not crashed
    assert not page.running and not page.queue


def test_data_summary_shows_counts_and_remembers_the_folder(qtbot, page, tiny_fruits360):
    page.data_panel.set_folder(str(tiny_fruits360))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    assert page.data_panel.bars.counts == {"apple": 12, "banana": 12, "kiwi": 12}
    assert "36" in page.data_panel.summary_label.text() and "Test/" in page.data_panel.summary_label.text()
    assert "7 images for validation" in page.data_panel.val_count.text()
    assert page.start_button.isEnabled() and page.reason.isHidden()
    again = TrainPage(TaskManager())
    qtbot.addWidget(again)
    assert again.data_panel.folder_edit.text() == str(tiny_fruits360)
    qtbot.waitUntil(lambda: not again.data_panel.scanning, timeout=20_000)


def test_form_is_generated_from_trainconfig_and_refuses_invalid_values(qtbot, page, tiny_folder):
    _use_folder(qtbot, page, tiny_folder)
    form = page.arch_settings.form("vgg16")
    assert isinstance(form.editors["epochs"].widget, QSpinBox) and form.editors["epochs"].widget.maximum() == 1000
    assert isinstance(form.editors["learning_rate"].widget, FloatSpinBox)
    assert isinstance(form.editors["mixed_precision"].widget, QCheckBox)
    assert isinstance(form.editors["weights"].widget.combo, QComboBox)
    assert form.editors["augment.rotation"].widget.toolTip().startswith("Largest rotation")
    assert form.value("image_size") == 64 and form.value("weights") == "imagenet"
    form.set_value("weights", "none")  # VGG16 from scratch: lower learning rate, nothing to freeze
    assert form.value("learning_rate") == pytest.approx(1e-4) and not form.value("freeze_backbone")
    page.arch_settings.set_checked("vgg16", True)
    assert page.start_button.isEnabled()
    form.set_value("image_size", 24)
    assert not page.start_button.isEnabled()
    assert "vgg16 needs at least 32 pixels" in page.reason.text()
    assert "needs at least 32" in form.problem_label.text() and not form.problem_label.isHidden()
    form.set_value("image_size", 32)
    form.set_value("weights", str(tiny_folder / "missing.weights.h5"))
    assert "file not found" in page.reason.text() and not page.start_button.isEnabled()
    form.set_value("weights", "none")
    assert page.start_button.isEnabled()
    configs = page.arch_settings.configs(**page.data_panel.values())
    assert [c.arch for c in configs] == ["custom_cnn", "vgg16"] and configs[1].image_size == 32
    spin = form.editors["learning_rate"].widget
    assert spin.validate("5", 0) != QValidator.Acceptable and spin.validate("3e-4", 0) == QValidator.Acceptable
    page.arch_settings.set_checked("custom_cnn", False)
    page.arch_settings.set_checked("vgg16", False)
    assert "at least one network" in page.reason.text()


def test_imagenet_weights_unavailable_offers_training_from_scratch(qtbot, page, tiny_folder, monkeypatch):
    from fruitclassifier.core.models.registry import WeightsUnavailableError
    from fruitclassifier.core.training import train as train_module

    calls = []

    def fake_train(config, on_event=None, should_stop=None, resume=None):
        calls.append(config)
        if config.weights == "imagenet":
            raise WeightsUnavailableError("VGG16")  # arrives typed: the page decides by type, not text
        raise train_module.TrainingError("the data folder is gone: choose it again")

    monkeypatch.setattr(train_module, "train", fake_train)
    asked = []
    page.ask_weights_fallback = lambda arch, message: asked.append(message) or "none"
    _use_folder(qtbot, page, tiny_folder)
    page.arch_settings.set_checked("custom_cnn", False)
    page.arch_settings.set_checked("vgg16", True)
    with qtbot.waitSignal(page.queue_finished, timeout=20_000):
        page.start_button.click()
    assert "ImageNet weights" in asked[0]
    assert [c.weights for c in calls] == ["imagenet", "none"]
    assert calls[1].learning_rate == pytest.approx(1e-4) and not calls[1].freeze_backbone
    assert page.arch_settings.form("vgg16").value("weights") == "none"
    assert page.queue[0].status == "failed" and "Training failed: the data folder is gone" in page.monitor.log_text()


def test_compare_hands_the_queue_models_and_test_folder_to_the_compare_page(qtbot, tiny_fruits360):
    from types import SimpleNamespace

    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    page = window.page("train")
    page.data_panel.set_folder(str(tiny_fruits360))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    config = page.arch_settings.configs(**page.data_panel.values())[0]
    page.queue = [
        QueueItem("a", config, status="done", model=SimpleNamespace(name="model a")),
        QueueItem("b", config, status="done", model=SimpleNamespace(name="model b")),
    ]
    with qtbot.waitSignal(page.compare_requested) as requested:
        page.compare_button.click()
    assert [m.name for m in requested.args[0]] == ["model a", "model b"]
    assert window.current_page_name() == "compare" and page.test_folder() == str(tiny_fruits360 / "Test")


def test_cli_equivalent_reproduces_the_config():
    from fruitclassifier.cli import build_parser
    from fruitclassifier.config_flags import config_from_args

    config = TrainConfig(
        data_dir="/data/my fruit",
        arch="vgg16",
        epochs=3,
        learning_rate=1e-4,
        weights="none",
        class_weights=False,
        name="a b",
    ).replace(augment=TrainConfig().augment.__class__(enabled=True, flip=False, rotation=0.25))
    command = cli_command(config)
    assert command.startswith("fruitclassifier train ")
    assert config_from_args(build_parser().parse_args(shlex.split(command)[1:])) == config


def test_plot_redraws_are_throttled(qtbot):
    plot = LivePlot(interval_ms=100)
    qtbot.addWidget(plot)
    plot.show()
    before = plot.redraws
    for b in range(300):
        plot.add_batch(0, b, 300, {"loss": 1.0 - b / 600, "accuracy": b / 300})
    assert plot.redraws == before  # nothing drawn synchronously
    qtbot.waitUntil(lambda: plot.redraws == before + 1, timeout=2_000)
    assert len(plot.series("loss:batch")[0]) == 300
    assert "training, smoothed" in plot.readout("loss", 0.5)


def test_monitor_shows_progress_eta_speed_and_the_overfitting_badge(qtbot):
    monitor = RunMonitor(interval_ms=50)
    qtbot.addWidget(monitor)
    monitor.begin("Custom CNN")
    monitor.handle(
        RunStarted(
            run="r1",
            arch="custom_cnn",
            device="CPU · TensorFlow 2",
            epochs=3,
            steps_per_epoch=10,
            train_images=80,
            val_images=20,
            class_names=("a", "b"),
        )
    )
    for epoch, (acc, val, val_loss) in enumerate([(0.7, 0.68, 0.30), (0.9, 0.75, 0.40)]):
        for batch in range(10):
            monitor.handle(
                BatchEnded(epoch=epoch, batch=batch, steps=10, loss=0.5, accuracy=acc, images_per_s=123.0, eta_s=75.0)
            )
        monitor.handle(
            EpochEnded(epoch, 3, 1.0, {"loss": 1 - acc, "accuracy": acc, "val_loss": val_loss, "val_accuracy": val})
        )
    qtbot.waitUntil(lambda: "ETA" in monitor.stats.text(), timeout=2_000)
    assert monitor.progress.value() == 20 and monitor.progress.maximum() == 30
    assert monitor.progress.format() == "Epoch 2/3 · batch 10/10"
    assert monitor.stats.text() == "ETA 1:15 · 123 images/s" and monitor.device.text().startswith("Device: CPU")
    assert not monitor.badge.isHidden() and "validation loss has risen" in monitor.badge.toolTip()
    assert "Overfitting?" in monitor.log_text()


def test_monitor_names_a_model_that_fails_on_validation_from_the_start(qtbot):
    monitor = RunMonitor(interval_ms=50)
    qtbot.addWidget(monitor)
    monitor.begin("Compact CNN")
    for epoch, (acc, val_loss) in enumerate([(0.9, 2.2), (0.99, 2.1)]):  # validation 0.2 throughout
        monitor.handle(EpochEnded(epoch, 2, 1.0, {"accuracy": acc, "val_accuracy": 0.2, "val_loss": val_loss}))
    assert not monitor.badge.isHidden() and monitor.badge.text() == "Fails on validation?"
    assert "not overfitting" in monitor.badge.toolTip() and "Overfitting?" not in monitor.log_text()
