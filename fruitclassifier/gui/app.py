"""Start the desktop app: the window at once, answers without TensorFlow, TensorFlow only when needed.

``import tensorflow`` costs seconds and answering photos does not need it (core/inference/lite.py), so
the window never waits for it: TF loads on a worker thread when training, Grad-CAM or export
first asks for it (tf_loader.py). PySide6 is imported here before anything that could pull in
pyqtgraph (house rule 9).
"""

from __future__ import annotations

import time

_PROCESS_START = time.perf_counter()  # as early as this module allows; the CLI may pass an earlier one

import json  # noqa: E402 - after the timestamp on purpose
import os  # noqa: E402
import sys  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from fruitclassifier import desktop, logs  # noqa: E402
from fruitclassifier.core.store import trash  # noqa: E402
from fruitclassifier.gui import crash_dialog  # noqa: E402
from fruitclassifier.gui.base import file_open, i18n, settings  # noqa: E402
from fruitclassifier.gui.base.icons import app_icon  # noqa: E402
from fruitclassifier.gui.self_test import elapsed_ms  # noqa: E402 - the self-test's clock, also for shown_ms

SHOW_PROBE_ENV = "FRUITCLASSIFIER_SHOW_PROBE"  # tests: a file to record what was imported at show time


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with names, icon, settings location and language set; reuses an existing one (tests).

    ``language`` (``gui --lang``) wins over View › Language's saved choice, which wins over the system's
    language (gui/base/i18n.py); the translators are installed before any widget is made."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationDisplayName("FruitClassifier")
    app.setDesktopFileName(desktop.DESKTOP_ID)  # Wayland and the docks match the window to its .desktop entry
    app.setWindowIcon(app_icon())
    settings.configure_settings()
    i18n.install(i18n.choose_language(language, settings.language()), app)
    return app


def _record_show_probe(window, started: float) -> None:
    """For tests: note whether TensorFlow was already imported when the window appeared."""
    target = os.environ.get(SHOW_PROBE_ENV)
    if target:
        probe = {"tensorflow_imported": "tensorflow" in sys.modules, "visible": window.isVisible(),
                 "shown_ms": elapsed_ms(started)}
        with open(target, "w", encoding="utf-8") as fh:
            json.dump(probe, fh)


def run_gui(self_test: bool = False, started_at: float | None = None, files: list[str] | None = None,
            camera: str | None = None, language: str | None = None) -> int:
    """Open the main window and run the event loop; returns the exit code.

    With ``self_test`` the app classifies the bundled sample photos with the first listed model
    through the same path as a drop, prints one JSON line of timings and exits (0 on success).
    ``files``: photos or folders to classify at once (``fruitclassifier gui FILE…``, "Open With").
    ``language``: a language code (``gui --lang de``) for this run, over the saved choice; the self-test
    then also counts what the window still shows in English (self_test.py).
    Unexpected errors go to the log file and a dialog (crash_dialog.py), since a frozen app has no stderr.
    """
    started = started_at if started_at is not None else _PROCESS_START
    logs.setup()
    app = make_app(language=language)
    from fruitclassifier.core.conversion import converter_process
    from fruitclassifier.gui.main_window import MainWindow  # imports the pages; still no TensorFlow

    converter_process.use_child_process()  # saving a model never freezes the window (started on first need)

    window = MainWindow()
    hooks = crash_dialog.install(window)
    trash.purge_old_copies()  # Undo's copies of models deleted more than a day ago
    file_open.install(app, window)  # macOS: photos dropped on the Dock icon or "Open With" go to Classify
    window.show()
    app.processEvents()  # the first paint happens before TensorFlow starts loading
    if files:
        window.open_paths(files)
    shown_ms = elapsed_ms(started)
    _record_show_probe(window, started)
    driver = None
    if self_test:
        from fruitclassifier.gui.self_test import SelfTest

        driver = SelfTest(window, started, shown_ms, camera=camera,  # camera: a video for the live view
                          language=i18n.current_language() if language else None)
    code = app.exec()
    hooks.uninstall()
    return driver.exit_code if driver is not None else code
