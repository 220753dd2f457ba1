"""Main window: pages plug in by name, menus and shortcuts, status bar, settings, closing stops work."""

import threading
import time

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from fruitclassifier.gui.about import AboutDialog, versions


def test_five_views_in_the_sidebar_and_ctrl_number_switches(window, qtbot):
    assert window.page_names() == ["classify", "train", "tune", "compare", "models"]
    assert [window.sidebar.item(i).text() for i in range(5)] == ["Classify", "Train", "Tune", "Compare", "Models"]
    assert all(not window.sidebar.item(i).icon().isNull() for i in range(5))
    view_actions = {a.text(): a.shortcut().toString() for a in window.view_menu.actions() if a.shortcut().toString()}
    assert view_actions == {"Classify": "Ctrl+1", "Train": "Ctrl+2", "Tune": "Ctrl+3", "Compare": "Ctrl+4",
                            "Models": "Ctrl+5"}
    window.view_menu.actions()[4].trigger()
    assert window.current_page_name() == "models" and window.stack.currentWidget() is window.page("Models")


def test_add_page_replaces_a_placeholder_in_place(window):
    window.show_page("train")
    real = QLabel("the real train page")
    window.add_page("train", real)
    assert window.page("train") is real and window.stack.currentWidget() is real
    assert window.sidebar.item(1).text() == "Train" and window.page_names()[1] == "train"
    extra = window.add_page("evaluate", QLabel("new"), title="Evaluate")
    assert window.page("evaluate") is extra and window.view_menu.actions()[5].shortcut().toString() == "Ctrl+6"


def test_menus_shortcuts_and_about(tf_ready):
    window = tf_ready
    file_actions = {a.text(): a.shortcut().toString() for a in window.menuBar().actions()[0].menu().actions()
                    if a.text()}
    assert file_actions["Open Images…"] == "Ctrl+O" and file_actions["Open Folder…"] == "Ctrl+Shift+O"
    assert (
        file_actions["Close Window"] == QKeySequence(QKeySequence.Close).toString() and file_actions["Quit"] == "Ctrl+Q"
    )
    assert "Open Recent" in file_actions and "Paste Images" not in file_actions  # Paste lives in Edit
    assert {"Import Model…", "Export Results as CSV…"} <= set(file_actions)
    keys = dict(window.shortcut_rows())
    assert keys["Ctrl+O"] == "Open Images…" and "Delete / Backspace" in keys
    info = window.tf.info  # the form "TensorFlow <version> · <device>", whatever device this machine has
    assert info["tf_version"].startswith("2.") and info["device"].strip() and "·" not in info["device"]
    assert window.tf_status.text() == f"TensorFlow {info['tf_version']} · {info['device']}"
    rows = dict(versions(window.tf.info))
    assert rows["TensorFlow"].startswith("2.") and rows["Keras"].startswith("3.")
    about = AboutDialog(window.tf.info)
    assert "2." in about.versions_label.text()
    about.deleteLater()


def test_settings_live_in_the_temp_home_and_keep_the_window(window, gui_settings):
    window.show_page("models")
    window.close()
    assert QSettings().fileName().startswith(str(gui_settings))
    assert QSettings().value("window/page") == "models" and not QSettings().value("window/geometry").isEmpty()


def test_closing_the_window_cancels_running_work_and_waits(window, qtbot):
    started, finished = threading.Event(), threading.Event()

    def slow(report):
        started.set()
        try:
            while not report.should_stop():
                time.sleep(0.02)
        finally:
            time.sleep(0.2)  # clean-up takes a moment; close() must wait for it
            finished.set()

    task = window.tasks.submit("slow", slow)
    assert started.wait(5)
    window.close()
    assert task.cancelled and finished.is_set()


def test_pages_other_than_classify_are_built_when_first_shown(window):
    from fruitclassifier.gui.train.page import TrainPage

    assert window.page_names() == ["classify", "train", "tune", "compare", "models"]
    assert not window._built("train") and not window._built("models") and not window._built("tune")
    window.show_page("train")
    assert isinstance(window.stack.currentWidget(), TrainPage) and window._built("train")
    assert window.page("models") is window.page("models") and window._built("models")
