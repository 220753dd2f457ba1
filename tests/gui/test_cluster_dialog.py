"""The Train view's 'Several machines' dialog (issue 17): the commands it shows, and a real two-worker run it
starts as chief on 127.0.0.1 while the test plays the other machine with the command the dialog showed."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.training.distributed.setup import free_port
from fruitclassifier.gui.train.cluster_dialog import ClusterDialog


def _config(folder) -> TrainConfig:
    return TrainConfig.for_arch("compact_cnn").replace(data_dir=str(folder), image_size=16, epochs=1, batch_size=8,
                                                       dropout=0.0, open_set=False, name="cluster")


def test_the_other_machines_commands_differ_only_in_rank(qtbot, tiny_folder):
    dialog = ClusterDialog(_config(tiny_folder))
    qtbot.addWidget(dialog)
    dialog.address.setText("10.0.0.1")
    dialog.port.setValue(23456)
    assert not dialog.start_button.isEnabled()  # nobody to train with yet
    dialog.others.setText("10.0.0.2, 10.0.0.3:24000")
    assert dialog.cluster() == ["10.0.0.1:23456", "10.0.0.2:23456", "10.0.0.3:24000"]
    shown = dialog.commands_view.toPlainText()
    for rank in (1, 2):
        command = dialog.command(rank)
        assert command in shown and command == dialog.command(0).replace("--rank 0", f"--rank {rank}")
        assert command.startswith(f"fruitclassifier train {tiny_folder}") and command.endswith(
            f"--cluster 10.0.0.1:23456,10.0.0.2:23456,10.0.0.3:24000 --rank {rank}")
    assert dialog.start_button.isEnabled()


def test_a_loopback_chief_with_other_machines_is_pointed_out(qtbot, tiny_folder):
    """127.x cannot be dialled from another machine: the dialog says so instead of showing useless commands
    silently; on one machine (all loopback) it is fine."""
    dialog = ClusterDialog(_config(tiny_folder))
    qtbot.addWidget(dialog)
    dialog.address.setText("127.0.1.1")
    dialog.others.setText("192.168.1.11")
    assert "can only be reached from this machine" in dialog.status.text()
    dialog.others.setText("127.0.0.1:24001")
    assert "can only be reached" not in dialog.status.text()
    dialog.address.setText("192.168.1.10")
    dialog.others.setText("192.168.1.11")
    assert dialog.status.text().startswith("Start the chief here")


def test_the_chief_started_here_trains_with_the_worker_started_elsewhere(qtbot, tiny_folder, tmp_path):
    """Opened from the Train view, which draws the chief's run (a child process) as one of its own."""
    from fruitclassifier.core import store

    page = _train_page(qtbot, tiny_folder)
    page.machines_button.click()
    dialog = page.machines_dialog
    dialog.address.setText("127.0.0.1")
    dialog.port.setValue(free_port())
    dialog.others.setText(f"127.0.0.1:{free_port()}")
    worker = subprocess.Popen([sys.executable, "-m", "fruitclassifier", *shlex.split(dialog.command(1))[1:]],
                              env={**os.environ, "FRUITCLASSIFIER_HOME": str(tmp_path / "worker"),
                                   "TMPDIR": str(tmp_path)},  # its scratch copy stays in the test's folder
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with qtbot.waitSignal(dialog.finished_run, timeout=120_000) as blocker:
            dialog.start()
            assert "Waiting for the other 1 worker(s)" in dialog.status.text()
            assert page.chief_running and not page.start_button.isEnabled()  # one run at a time in the monitor
            assert page.monitor.title.text() == "Custom CNN on several machines"
        assert worker.wait(timeout=60) == 0, worker.stderr.read()[-600:]
    finally:
        if worker.poll() is None:
            worker.kill()
    assert blocker.args == [0, "cluster"]
    assert "· 2 workers, 2 replicas ·" in dialog.log.toPlainText()
    assert "@fruitclassifier-event" not in dialog.log.toPlainText()  # drawn, not logged
    assert dialog.status.text() == "Done: saved as 'cluster'."
    assert store.find_model("cluster").metadata["distributed"]["workers"] == 2  # the chief's store: this test's
    plot = page.monitor.plot  # the chief's curves, as for a run of the page's own: batches and the epoch
    assert plot.series("loss:batch")[1] and len(plot.series("loss:val")[1]) == 1
    assert page.monitor.history.epochs() == 1 and "Epoch 1/1" in page.monitor.progress.format()
    assert "Finished" in page.monitor.stats.text() and "Saved model cluster" in page.monitor.log_text()
    assert not page.chief_running and page.start_button.isEnabled()


def _train_page(qtbot, folder):
    from fruitclassifier.gui.base import settings
    from fruitclassifier.gui.base.tasks import TaskManager
    from fruitclassifier.gui.train.page import TrainPage

    settings.configure_settings()
    page = TrainPage(TaskManager())
    qtbot.addWidget(page)
    page.data_panel.set_folder(str(folder))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    form = page.arch_settings.form("custom_cnn")
    form.set_config(form.config().replace(image_size=16, epochs=1, batch_size=8, dropout=0.0, open_set=False,
                                          name="cluster"))
    return page


def test_the_train_view_opens_it_with_its_settings(qtbot, tiny_folder):
    from fruitclassifier.gui.base import settings
    from fruitclassifier.gui.base.tasks import TaskManager
    from fruitclassifier.gui.train.page import TrainPage

    settings.configure_settings()
    page = TrainPage(TaskManager())
    qtbot.addWidget(page)
    assert not page.machines_button.isEnabled()  # no data yet
    page.data_panel.set_folder(str(tiny_folder))
    qtbot.waitUntil(lambda: not page.data_panel.scanning, timeout=20_000)
    form = page.arch_settings.form("custom_cnn")
    form.set_config(form.config().replace(epochs=3, image_size=24))
    assert page.machines_button.isEnabled()
    page.machines_button.click()
    dialog = page.machines_dialog
    assert dialog.isVisible() and dialog.config.data_dir == str(tiny_folder) and dialog.config.epochs == 3
    assert dialog.command(1).startswith(f"fruitclassifier train {tiny_folder}") and "--epochs 3" in dialog.command(1)
    dialog.close()
