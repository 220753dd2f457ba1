"""The Tune page with a real event loop: real Optuna studies of real tiny trainings on a journal file.

Trials train custom_cnn on 3 classes x 12 generated 24-px images for 1 epoch; a second worker is a real
`python -m fruitclassifier tune` process sharing the journal file. The page reads the study from the
storage (as it would a study on another machine), so what the table and plots show is what the storage holds.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

from PySide6.QtWidgets import QMessageBox
import pytest

from fruitclassifier.core.tuning import load_study
from fruitclassifier.core.tuning.run import STOPPED_REASON
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.tune.page import CLOSE_QUESTION, TunePage
from fruitclassifier.gui.tune.trials_table import HEADERS

STUDY_TIMEOUT_MS = 150_000  # the shared 2-core machine can be very busy
CLI_TINY = ["--arch", "custom_cnn", "--image-size", "24", "--batch-size", "8", "--no-open-set",
            "--no-mixed-precision", "--epochs-per-trial", "1", "--no-pruner"]


@pytest.fixture
def page(qtbot):
    settings.configure_settings()
    tasks = TaskManager()
    page = TunePage(tasks, poll_s=1.0)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    yield page
    tasks.cancel_all_and_wait(60_000)


def _configure(qtbot, page: TunePage, folder, storage, study: str, trials: int, epochs: int = 1) -> None:
    """The forms as a user would fill them: data folder, a tiny network, a small fixed-augmentation study."""
    page.data_panel.set_folder(str(folder))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    page.set_arch("custom_cnn")
    page.base_form.set_config(page.base_form.config().replace(image_size=24, batch_size=8, open_set=False,
                                                              mixed_precision=False, seed=1))
    for name, value in (("trials", trials), ("epochs_per_trial", epochs), ("storage", str(storage)),
                        ("study", study), ("augment_strength", (0.0, 0.0)), ("pruner", False)):
        page.space.set_value(name, value)
    assert page.problems() == [] and page.start_button.isEnabled()


def _wait_for_trials(qtbot, page: TunePage, states: dict[int, str], timeout: int = STUDY_TIMEOUT_MS) -> None:
    qtbot.waitUntil(lambda: page.view.table.states() == states, timeout=timeout)


def tune_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fruitclassifier", "tune", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_unreadable_storage_says_what_to_do_and_no_traceback(qtbot, page, tmp_path):
    page.watch_study("nope", storage=str(tmp_path))  # a folder, not a journal file
    qtbot.waitUntil(lambda: "Cannot read the study" in page.message.text(), timeout=20_000)
    assert "is a folder" in page.message.text() and "Check the storage" in page.message.text()
    assert "Traceback" not in page.message.text() and not page._poll.isActive()


def test_the_search_form_comes_from_tuneconfig_with_per_network_defaults_and_refuses_bad_ranges(qtbot, page,
                                                                                                tiny_folder):
    page.data_panel.set_folder(str(tiny_folder))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    page.set_arch("custom_cnn")
    config = page.study_config()
    assert config.base.arch == "custom_cnn" and config.base.data_dir == str(tiny_folder)
    assert config.learning_rate == pytest.approx((1e-4, 1e-2)) and config.storage.endswith(".journal")
    assert "learning_rate" not in page.base_form.editors and "weights" not in page.base_form.editors
    assert page.start_button.isEnabled()
    page.space.set_value("dropout", (0.5, 0.2))
    assert any(p.startswith("dropout: range must lie") for p in page.problems())
    assert not page.start_button.isEnabled() and "dropout" in page.message.text()
    page.space.set_value("dropout", (0.1, 0.3))
    page.set_arch("vgg16")  # pretrained: its weights and freezing are base settings every trial starts from
    assert "weights" in page.base_form.editors and page.study_config().base.arch == "vgg16"
    page.base_form.set_value("weights", "none")
    assert page.start_button.isEnabled() and page.study_config().dropout == (0.1, 0.3)


def test_the_worker_column_tells_two_workers_of_one_machine_apart(qtbot):
    import optuna

    from fruitclassifier.core.tuning.summary import record
    from fruitclassifier.gui.tune.trials_table import TrialsTable

    study = optuna.create_study(direction="maximize")
    for attrs in ({"host": "vm", "pid": 12345}, {"host": "vm", "pid": 12346}, {"host": "vm", "worker": "vm:777"}):
        trial = study.ask()  # the last as a study from before "pid" was recorded: read from "worker"
        for key, value in attrs.items():
            trial.set_user_attr(key, value)
        study.tell(trial, 0.5)
    table = TrialsTable()
    qtbot.addWidget(table)
    table.set_trials([record(t) for t in study.get_trials()])
    column = HEADERS.index("Worker")
    assert [table.item(row, column).text() for row in range(3)] == ["vm (pid 12345)", "vm (pid 12346)", "vm (pid 777)"]


def test_backbone_layers_are_searched_only_from_pretrained_weights_up_to_the_network_limit(page, tmp_path):
    page.set_arch("compact_cnn")  # no pretrained backbone: no row
    assert not page.space.shown("fine_tune_layers")
    page.set_arch("resnet50")  # ImageNet weights by default: frozen (0) up to its conv5 stage (table: 32)
    assert page.space.shown("fine_tune_layers") and page.space.value("fine_tune_layers") == (0, 32)
    assert page.space.ranges["fine_tune_layers"].high.maximum() == 32
    assert "freeze_backbone" not in page.base_form.editors  # the study decides the freezing
    page.set_arch("vgg16")
    assert page.space.value("fine_tune_layers") == (0, 8) and page.space.ranges["fine_tune_layers"].high.maximum() == 8
    page.base_form.set_value("weights", "none")  # from scratch: nothing to keep frozen
    assert not page.space.shown("fine_tune_layers")
    weights = tmp_path / "vgg16_notop.weights.h5"
    weights.write_bytes(b"")  # only its path matters to the form
    page.base_form.set_value("weights", str(weights))
    assert page.space.shown("fine_tune_layers")
    page.space.set_value("fine_tune_layers", (2, 6))
    assert page.study_config().fine_tune_layers == (2, 6)
    assert not [p for p in page.space.show_problems(page.study_config().base) if "fine_tune" in p]


def test_a_study_that_cannot_open_its_storage_says_why_and_the_page_stays_usable(qtbot, page, tiny_folder,
                                                                                  tmp_path):
    _configure(qtbot, page, tiny_folder, tmp_path, "bad", trials=2)  # the storage is a folder
    page.start_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    text = page.message.text()
    assert "is a folder" in text and "journal file" in text and "Traceback" not in text
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()


@pytest.mark.slow
def test_a_settings_column_shows_only_where_a_trial_searched_it(qtbot):
    from fruitclassifier.core.tuning.summary import TrialRecord
    from fruitclassifier.gui.tune.trials_table import TrialsTable

    table = TrialsTable()
    qtbot.addWidget(table)
    layers, dropout = HEADERS.index("Layers trained"), HEADERS.index("Dropout")
    assert table.isColumnHidden(layers) and not table.isColumnHidden(dropout)  # before any trial
    table.set_trials([TrialRecord(0, "complete", 0.9, {"learning_rate": 1e-3, "dropout": 0.2})])
    assert table.isColumnHidden(layers) and not table.isColumnHidden(dropout)
    table.set_trials([TrialRecord(0, "complete", 0.9, {"learning_rate": 1e-3, "fine_tune_layers": 8})])
    assert not table.isColumnHidden(layers) and table.isColumnHidden(dropout)
    assert table.item(0, layers).text() == "8"


def test_a_study_run_here_fills_the_table_plot_and_importances_and_opens_its_best(qtbot, page, tiny_folder,
                                                                                   tmp_path):
    _configure(qtbot, page, tiny_folder, tmp_path / "s.journal", "here", trials=3)
    page.start_button.click()
    assert page.running and not page.start_button.isEnabled() and page.stop_button.isEnabled()
    qtbot.waitUntil(lambda: page.view.own_trial is not None, timeout=STUDY_TIMEOUT_MS)
    qtbot.waitUntil(lambda: bool(page.view.curves.series("loss:batch")[0]), timeout=STUDY_TIMEOUT_MS)  # live curves
    qtbot.waitUntil(lambda: not page.running, timeout=STUDY_TIMEOUT_MS)
    _wait_for_trials(qtbot, page, {0: "complete", 1: "complete", 2: "complete"}, timeout=20_000)
    summary = page.snapshot.summary
    xs, ys = page.view.trials_plot.points()
    assert xs == [0.0, 1.0, 2.0] and ys == [t.value for t in summary.trials]
    assert page.view.trials_plot.best_line()[1][-1] == pytest.approx(summary.best_value) == max(ys)
    qtbot.waitUntil(lambda: bool(page.view.importance.values), timeout=20_000)
    assert set(page.view.importance.values) <= {"learning_rate", "dropout", "l2"}
    assert {r.host for r in page.view.table.records} == {socket.gethostname()}
    assert f"trial {summary.best_number}" in page.view.best_label.text()
    with qtbot.waitSignal(page.open_in_classify, timeout=5000) as opened:
        page.classify_button.click()
    assert opened.args[0].name == f"here trial {summary.best_number}"


@pytest.mark.slow
def test_the_page_shows_another_process_trials_and_resume_continues_the_numbering(qtbot, page, tiny_folder,
                                                                                   tmp_path):
    storage = tmp_path / "shared.journal"
    worker = tune_process(str(tiny_folder), *CLI_TINY, "--trials", "2", "--storage", str(storage),
                          "--study", "elsewhere", "-q")
    seen: set[str] = set()
    page.snapshot_shown.connect(lambda s: seen.update(t.state for t in (s.summary.trials if s.summary else ())))
    page.space.set_value("storage", str(storage))
    page.watch_study("elsewhere")
    try:
        _wait_for_trials(qtbot, page, {0: "complete", 1: "complete"})
    finally:
        out, err = worker.communicate(timeout=120)
    assert worker.returncode == 0, err[-800:]
    assert "running" in seen and not page.running  # watched live; nothing trained in this process
    page.refresh_studies()
    qtbot.waitUntil(lambda: page.studies_combo.count() == 1, timeout=20_000)
    page.watch_study("elsewhere", load=True)  # as choosing it in the list does: its settings fill the forms
    qtbot.waitUntil(lambda: page.space.value("trials") == 2 and page.resume_button.isEnabled(), timeout=20_000)
    assert page.data_panel.values()["data_dir"] == str(tiny_folder) and page.arch_combo.currentData() == "custom_cnn"
    page.space.set_value("trials", 3)
    page.resume_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=STUDY_TIMEOUT_MS)
    _wait_for_trials(qtbot, page, {0: "complete", 1: "complete", 2: "complete"}, timeout=20_000)
    assert "3 of 3 trials" in page.view.summary_label.text()  # the raised budget is the study's now
    trials = load_study(str(storage), "elsewhere").get_trials()
    assert len({t.user_attrs["worker"] for t in trials}) == 2  # trial 2 was trained here, 0 and 1 there
    shown = [page.view.table.item(row, HEADERS.index("Worker")).text() for row in range(3)]
    here = f"{socket.gethostname()} (pid {os.getpid()})"
    assert shown[2] == here and shown[0] == shown[1] == f"{socket.gethostname()} (pid {worker.pid})"


@pytest.mark.slow
def test_stop_in_the_window_ends_every_worker_of_the_study(qtbot, page, tiny_folder, tmp_path):
    storage = tmp_path / "s.journal"
    _configure(qtbot, page, tiny_folder, storage, "stopme", trials=30, epochs=4)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.snapshot is not None and page.snapshot.config is not None, timeout=STUDY_TIMEOUT_MS)
    worker = tune_process("--worker", "--study", "stopme", "--storage", str(storage), "-q")
    try:
        qtbot.waitUntil(lambda: sum(r.state == "running" for r in page.view.table.records) >= 2,
                        timeout=STUDY_TIMEOUT_MS)  # this window and the other process both train
        running = {r.number for r in page.view.table.records if r.state == "running"}
        asked = time.time()
        page.stop_button.click()
        qtbot.waitUntil(lambda: not page.running, timeout=60_000)
        here_in = time.time() - asked
        out, err = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, err[-800:]
    stopped_in = time.time() - asked
    trials = load_study(str(storage), "stopme").get_trials()
    assert 2 <= len(trials) < 30
    assert all(t.datetime_start.timestamp() < asked + 1 for t in trials)  # no trial began after Stop
    assert all(t.state.name != "RUNNING" for t in trials)
    ended = {(t.state.name, t.user_attrs.get("reason", "")) for t in trials if t.number in running}
    assert ("FAIL", STOPPED_REASON) in ended and ended <= {("FAIL", STOPPED_REASON), ("COMPLETE", "")}
    print(f"this window's worker stopped {here_in:.1f} s after Stop, the other process {stopped_in:.1f} s")
    assert "Stopping every worker" in page.message.text() or "holds" in page.message.text()


# --- in the main window -------------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot):
    settings.configure_settings()
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.tasks.cancel_all_and_wait(60_000)


@pytest.mark.slow
def test_open_best_in_compare_ticks_the_best_model_with_the_study_test_folder(qtbot, window, tiny_fruits360,
                                                                              tmp_path):
    page = window.page("tune")
    window.show_page("tune")
    _configure(qtbot, page, tiny_fruits360, tmp_path / "s.journal", "cmp", trials=1)
    assert not page.compare_button.isEnabled()  # no best model yet
    page.start_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=STUDY_TIMEOUT_MS)
    qtbot.waitUntil(lambda: page.compare_button.isEnabled(), timeout=20_000)
    best = page.snapshot.summary.best_model
    page.compare_button.click()
    assert window.current_page_name() == "compare"
    assert [m.name for m in window.compare_page.checked_infos()] == [best] == ["cmp trial 0"]
    assert window.compare_page.setup.folder() == str(tiny_fruits360 / "Test")


@pytest.mark.slow
def test_closing_the_window_while_a_study_runs_here_asks_then_stops_this_worker(qtbot, window, tiny_folder,
                                                                                 tmp_path, monkeypatch):
    page = window.page("tune")
    window.show_page("tune")
    storage = tmp_path / "s.journal"
    _configure(qtbot, page, tiny_folder, storage, "closing", trials=20, epochs=50)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.view.own_trial is not None, timeout=STUDY_TIMEOUT_MS)
    answers = iter([QMessageBox.No, QMessageBox.Yes])
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: questions.append(text) or next(answers))
    window.close()
    assert window.isVisible() and page.running  # "No": the study goes on
    window.close()  # "Yes": this worker stops, and the window waits for it
    assert not window.isVisible() and len(questions) == 2 and questions[0] == CLOSE_QUESTION
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    trials = load_study(str(storage), "closing").get_trials()
    assert [(t.state.name, t.user_attrs.get("reason")) for t in trials] == [("FAIL", STOPPED_REASON)]
