"""Photos that macOS opens with the app (Dock-icon drops, Open With) arrive as QFileOpenEvents."""

import sys

from PySide6.QtWidgets import QApplication
from gui_helpers import WORK_TIMEOUT_MS

from fruitclassifier.gui.base import file_open


def test_a_burst_of_open_events_is_delivered_as_one_batch(qapp, qtbot, tmp_path):
    batches = []
    forwarder = file_open.FileOpenForwarder(batches.append)
    qapp.installEventFilter(forwarder)
    try:
        files = [str(tmp_path / f"fruit_{i}.jpg") for i in range(3)]
        for f in files:
            QApplication.sendEvent(qapp, file_open.open_event(f))
        qtbot.waitUntil(lambda: bool(batches), timeout=5000)
        assert batches == [files]
    finally:
        qapp.removeEventFilter(forwarder)


def test_nothing_is_installed_where_the_os_sends_no_open_events(qapp):
    if sys.platform == "darwin":
        return
    assert file_open.install(qapp, window=None) is None


def test_opened_photos_are_classified_on_the_classify_page(tf_ready, qapp, qtbot, tiny_folder):
    tf_ready.show_page("models")
    forwarder = file_open.install(qapp, tf_ready, force=True)
    page = tf_ready.page("classify")
    try:
        with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS) as done:
            for name in ("apple_001.jpg", "apple_002.jpg"):
                QApplication.sendEvent(qapp, file_open.open_event(str(tiny_folder / "apple" / name)))
        assert done.args[0]["classified"] == 2
        assert tf_ready.current_page_name() == "classify"
        assert sorted(item.name for item in page.items()) == ["apple_001.jpg", "apple_002.jpg"]
    finally:
        qapp.removeEventFilter(forwarder)
