"""``run_gui(self_test=True)``: prove the installed app works, end to end, in under two minutes.

Picks the first listed model (the bundled one) and classifies every sample photo through the
Classify page exactly as a drop would, at once: answers need no TensorFlow (LiteRT). Then it
loads TensorFlow as training would (proving the install has it), prints one JSON line and quits.
With ``camera`` (``gui --self-test --camera FILE``) it then plays FILE through the live view as the camera.
With ``language`` (``gui --self-test --lang CODE``) it visits every page and adds "language", "untranslated"
(how many distinct texts the window still shows in English, translation_audit.py), "untranslated_texts" (the
first 50) and "font_for_language" (a font with the language's script is installed).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.core.data import images

TIMEOUT_S = 120


def elapsed_ms(started: float) -> int:
    """Milliseconds since ``started`` (a time.perf_counter() value): the unit of every startup figure."""
    return int(round((time.perf_counter() - started) * 1000))


class SelfTest(QObject):
    def __init__(self, window, started: float, shown_ms: int, timeout_s: int = TIMEOUT_S,
                 camera: str | None = None, language: str | None = None) -> None:
        super().__init__(window)
        self.language = language  # gui --lang: also count what still shows in English (translation_audit.py)
        self.camera = camera  # a video played through the live view once the rest passed (gui/live/self_test_live.py)
        self._elapsed = lambda: elapsed_ms(started)
        self.window = window
        self.page = window.page("classify")
        self.exit_code = 1
        self.result = {"window_shown_ms": shown_ms, "tensorflow_ready_ms": None, "first_result_ms": None,
                       "tensorflow_at_first_result": None, "classified": 0, "errors": 0}
        self._done = False
        self._stdout, sys.stdout = sys.stdout, sys.stderr  # stdout carries only the JSON line (libraries chat)
        window.tf.loaded.connect(self._on_tf_loaded)
        window.tf.failed.connect(self._finish)
        self._classify_failure: str | None = None
        self.page.results_arrived.connect(self._on_page_result)
        self.page.classification_finished.connect(self._on_page_finished)
        self.page.classification_failed.connect(self._finish)
        QTimer.singleShot(timeout_s * 1000, lambda: self._finish(f"timed out after {timeout_s} s"))
        models = store.list_models()  # no TensorFlow needed, so a missing model fails in seconds
        self.model = models[0] if models else None
        if self.model is None:
            QTimer.singleShot(0, lambda: self._finish(
                "no model to classify with (resources/models and the user's store are empty)"))
        else:
            QTimer.singleShot(0, self._classify_samples)

    def _classify_samples(self) -> None:
        self.page.select_model(str(self.model.path))
        samples = sorted(p for p in paths.samples_dir().glob("*") if p.suffix.lower() in images.IMAGE_EXTENSIONS)
        if not samples:
            self._finish(f"no sample photos in {paths.samples_dir()}")
            return
        self.page.add_paths([str(p) for p in samples])

    def _on_page_result(self, item) -> None:
        if self.result["first_result_ms"] is None:
            self.result["first_result_ms"] = self._elapsed()
            self.result["tensorflow_at_first_result"] = "tensorflow" in sys.modules

    def _on_page_finished(self, counts: dict) -> None:
        self.result["classified"] = counts.get("classified", 0)
        self.result["errors"] = counts.get("errors", 0)
        ok = self.result["classified"] > 0 and self.result["errors"] == 0 and not counts.get("stopped")
        self._classify_failure = None if ok else "some sample photos could not be classified"
        if self.window.tf.ready:
            self._on_tf_loaded()
        else:
            self.window.tf.start()  # training needs it: prove it loads (finishes in _on_tf_loaded)

    def _on_tf_loaded(self, *_device_and_version: str) -> None:
        self.result["tensorflow_ready_ms"] = self.result["tensorflow_ready_ms"] or self._elapsed()
        if self.language and "language" not in self.result:
            try:
                self._audit_language()
            except Exception as exc:  # noqa: BLE001 - a failed count is a failed self-test, not a hang
                self._finish(f"the language check failed: {type(exc).__name__}: {exc}")
                return
        if self.camera and self._classify_failure is None:
            from fruitclassifier.gui.live.self_test_live import LiveSelfTest

            video, self.camera = self.camera, None
            self._live = LiveSelfTest(self.window, self.model, video, self._on_live_done)
            self._live.start()
            return
        self._finish(self._classify_failure)

    def _audit_language(self) -> None:
        """Every page shown in the window's language, then the same window built in English, compared."""
        from fruitclassifier.gui import translation_audit as audit
        from fruitclassifier.gui.base import i18n
        from fruitclassifier.gui.main_window import MainWindow

        def show(name: str) -> None:
            self.window.show_page(name)
            QApplication.processEvents()

        shown = audit.window_texts(self.window, show)
        self.window.show_page("classify")
        i18n.install(i18n.SOURCE_LANGUAGE)
        try:
            english_window = MainWindow()
            english = audit.window_texts(english_window)
            english_window.tasks.cancel_all_and_wait(5000)
            english_window.deleteLater()
        finally:
            i18n.install(self.language)
        names = [info.name for info in store.list_models()]
        missing = audit.untranslated(shown, english, self.language, names)
        self.result.update({"language": self.language, "untranslated": len(missing),
                            "untranslated_texts": missing[:50],
                            "font_for_language": audit.has_font_for(self.language)})

    def _on_live_done(self, figures: dict, failure: str | None) -> None:
        self.result.update(figures)
        self._finish(failure)

    def _finish(self, failure: str | None = None) -> None:
        if self._done:
            return
        self._done = True
        line = dict(self.result)
        if failure:
            line["failure"] = failure
        sys.stdout = self._stdout
        print(json.dumps(line), flush=True)
        self.exit_code = 0 if failure is None else 1
        self.window.close()
        QApplication.instance().quit()
