"""Workers run at a lower scheduling priority than the GUI thread, so training cannot starve the event loop."""

import os
import sys
import threading

import pytest

from fruitclassifier.gui.base.tasks import WORKER_NICENESS, TaskManager


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is a Linux feature")
def test_worker_threads_are_nicer_than_the_gui_thread(qtbot):
    manager = TaskManager()
    gui_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    task = manager.submit("nice", lambda report: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    with qtbot.waitSignal(task.finished, timeout=5000) as result:
        pass
    assert result.args[0] == min(19, gui_nice + WORKER_NICENESS)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui_nice  # the GUI thread is untouched
