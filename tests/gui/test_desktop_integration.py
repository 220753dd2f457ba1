"""Desktop integration (issue 27.9): the desktop file name, `fruitclassifier gui FILE…` opening photos in
Classify through the real run_gui, `install-desktop` under XDG_DATA_HOME, and the exception hook that
writes a traceback to the log file and shows it in a dialog."""

from __future__ import annotations

import configparser
import logging
import logging.handlers
import os
from pathlib import Path
import shutil
import subprocess
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import pytest

from fruitclassifier import logs, paths
from fruitclassifier.cli import main as cli_main


@pytest.fixture
def log_handlers():
    """Take the log file's handler off the root logger after the test (each test has its own home)."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def test_gui_files_open_in_classify_through_the_real_start(tiny_model, qtbot, monkeypatch, tmp_path, log_handlers):
    from fruitclassifier.__main__ import run_gui
    from fruitclassifier.gui.main_window import MainWindow

    photos = sorted(paths.samples_dir().glob("*.jpg"))[:2]
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(photos[0], folder / "in-a-folder.jpg")
    seen = {}

    def exec_until_classified() -> int:  # the event loop runs until the three photos are answered
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        page = window.page("classify")
        qtbot.waitUntil(lambda: page.results.rowCount() == 3, timeout=60_000)
        seen.update(page=window.current_page_name(), rows=page.results.rowCount())
        seen["desktop_file"] = QApplication.instance().desktopFileName()
        window.close()
        return 0

    stale, fresh = paths.home() / "recycle" / "old-undo", paths.home() / "recycle" / "new-undo"
    for copy in (stale, fresh):
        copy.mkdir(parents=True)
    os.utime(stale, (0, 0))  # Undo's copy of a model deleted long ago goes at start; today's stays
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_until_classified))
    assert cli_main(["gui", str(photos[0]), str(photos[1]), str(folder)], gui_runner=run_gui) == 0
    assert seen == {"page": "classify", "rows": 3, "desktop_file": "fruitclassifier"}
    assert not stale.exists() and fresh.is_dir()
    assert "FruitClassifier" in (paths.log_dir() / logs.LOG_NAME).read_text(encoding="utf-8")


def test_gui_refuses_a_missing_file_in_one_line(capsys):
    assert cli_main(["gui", "no-such-photo.jpg"], gui_runner=lambda **kw: pytest.fail("opened")) == 2
    err = capsys.readouterr().err
    assert "no such file or folder: no-such-photo.jpg" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG menu (Linux, BSD)")
def test_install_desktop_writes_the_entry_and_icons_under_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "install-desktop"], check=False, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    entry_file = tmp_path / "share" / "applications" / "fruitclassifier.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(entry_file, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "fruitclassifier"
    assert section["Exec"].endswith(" gui %F") and "image/jpeg;" in section["MimeType"]
    icons = sorted((tmp_path / "share" / "icons" / "hicolor").glob("*/apps/fruitclassifier.png"))
    assert len(icons) == 8 and str(entry_file) in done.stdout.splitlines()
    from PIL import Image

    assert Image.open(tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / "fruitclassifier.png").size == (
        48,
        48,
    )
    done = subprocess.run(
        [sys.executable, "-m", "fruitclassifier", "install-desktop", "--remove"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and not entry_file.exists()
    assert not list((tmp_path / "share" / "icons").rglob("fruitclassifier.png"))


@pytest.mark.qt_no_exception_capture  # the app's own hook is under test, not pytest-qt's
def test_an_error_in_a_slot_or_a_thread_is_logged_and_shown(qtbot, log_handlers):
    from PySide6.QtWidgets import QWidget

    from fruitclassifier.gui import crash_dialog

    log_path = logs.setup()
    parent = QWidget()
    qtbot.addWidget(parent)
    hooks = crash_dialog.install(parent)
    try:

        def broken_slot():
            raise ZeroDivisionError("a slot divided by zero")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: hooks.dialog is not None and hooks.dialog.isVisible(), timeout=5000)
        details = hooks.dialog.details.toPlainText()
        assert "Traceback" in details and "broken_slot" in details and "a slot divided by zero" in details
        assert str(log_path) in hooks.dialog.summary.text()

        thread = threading.Thread(target=lambda: [][1], name="worker-x")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: "IndexError" in hooks.dialog.details.toPlainText(), timeout=5000)
        hooks.dialog.copy_button.click()
        assert "a slot divided by zero" in QApplication.clipboard().text()
    finally:
        hooks.uninstall()
    logged = Path(log_path).read_text(encoding="utf-8")
    assert "a slot divided by zero" in logged and "broken_slot" in logged and "thread worker-x" in logged
    assert log_path.parent == paths.log_dir() and log_path.parent.parent == paths.home()
