"""Qt-free helpers for teaching from the Classify page: the worker, thumbnails, and what changed.

Kept apart from the widgets (as train_jobs.py is for the Train page) so they can be tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from fruitclassifier.core.inference.open_set import OTHER_CLASS
from fruitclassifier.gui.base.event_bundler import EventBundler
from fruitclassifier.gui.base.i18n import percent, translated
from fruitclassifier.gui.base.tasks import Reporter
from fruitclassifier.gui.base.tf_loader import prepare_for_run
from fruitclassifier.gui.base.wording import counted

THUMB_PIXELS = 112


def teach_job(info: Any, teaching_dir: Path, options: Any = None) -> Callable[[Reporter], Any]:
    """Worker function for TaskManager.submit: teach a copy of ``info`` and return the new ModelInfo.

    Events go to ``Task.partial`` as lists of typed events (core/events.py, as training's do); feature
    progress drives ``Task.progress`` instead; the Task's cancel flag is ``should_stop``. The backend is
    ``auto``, as the Train form's default (the form's choice is per network and not kept): on a machine where that
    means PyTorch, the teaching runs in a child process and its events, errors and stop come through the same way.
    """

    def run(report: Reporter) -> Any:
        from fruitclassifier.core.events import Progress
        from fruitclassifier.core.teach.run import TeachOptions, teach  # imports TensorFlow: on the worker only

        prepare_for_run()
        bundler = EventBundler(report.partial)

        def on_event(event: Any) -> None:
            if isinstance(event, Progress):
                report.progress(event.done, event.total, translated(event.message))  # thread-safe
            else:
                bundler(event)

        try:
            return teach(info, teaching_dir, options or TeachOptions(backend="auto"), on_event=on_event,
                         should_stop=report.should_stop)
        finally:
            bundler.flush()

    return run


def thumbnails_job(files: Sequence[Path]) -> Callable[[Reporter], Any]:
    """Worker: {path: QImage} small previews of teaching-set photos (QImage is safe off the GUI thread)."""

    def run(report: Reporter) -> dict[Path, Any]:
        from fruitclassifier.core.data import images
        from fruitclassifier.gui.widgets.qt_images import pil_to_qimage

        out = {}
        for path in files:
            if report.should_stop():
                break
            try:
                out[path] = pil_to_qimage(images.thumbnail(path, THUMB_PIXELS))
            except Exception:  # noqa: BLE001 - a missing thumbnail is cosmetic
                continue
        return out

    return run


def shown_answer(item: Any) -> str:
    """The answer a result shows: its class id, or OTHER_CLASS when it says "Not one of my fruits" (its top
    class is then only the closest guess, which the row does not show)."""
    return OTHER_CLASS if item.unknown else item.label


def changed_answers(before: Mapping[str, str], after: Sequence[Any]) -> list[tuple[str, str, str]]:
    """(name, old answer, new answer) for every result whose shown answer differs from ``before``
    (``before`` holds ``shown_answer`` of each result key)."""
    return [(item.name, before[item.key], shown_answer(item)) for item in after
            if item.key in before and item.label and shown_answer(item) != before[item.key]]


#: Fewer held-back photos than this give counts, not a percentage: "0 % → 100 %" of one photo misleads.
MIN_SCORED = 5


def score_line(teach_meta: Mapping[str, Any]) -> str:
    """"Held-back photos: 40% → 80% right (5 photos)", counts for fewer photos, or why there is no score
    (in the user's language); then the same for the classes not taught, where some of theirs were set aside."""
    return TeachScore().line(teach_meta)


class TeachScore(QObject):
    """The score lines, worded in a QObject: ``self.tr(text, "", n)`` is the one call with a counted ``n`` that
    lupdate files as a plural (it never does for ``QCoreApplication.translate(..., n)``), so Russian gets its
    three forms. Not to be subclassed: ``self.tr`` looks the strings up under the runtime class's name."""

    def line(self, teach_meta: Mapping[str, Any]) -> str:
        others = self._others(teach_meta)
        return f"{self._taught(teach_meta)} {others}" if others else self._taught(teach_meta)

    def _others(self, teach_meta: Mapping[str, Any]) -> str:
        """How the classes nobody taught fared on their own images set aside from the replay (core/teach/replay.py)."""
        before, after = teach_meta.get("others_before"), teach_meta.get("others_after")
        held = teach_meta.get("others_held_back", 0)
        if before is None or after is None or not held:
            return ""
        if held < MIN_SCORED:
            return self.tr("Classes you did not teach: {before} of {held} set-aside images right before, {after} "
                           "after (too few for a score).").format(
                before=round(before * held), held=held, after=round(after * held))
        text = self.tr("Classes you did not teach: {before} → {after} right (%n set-aside image(s)).", "", held)
        return counted(text, held).format(before=percent(before), after=percent(after))

    def _taught(self, teach_meta: Mapping[str, Any]) -> str:
        before, after, held = teach_meta.get("before"), teach_meta.get("after"), teach_meta.get("held_back", 0)
        if before is None or after is None or not held:
            return self.tr("Too few photos per class to hold some back for a before/after score (5 per class are "
                           "enough).")
        if held < MIN_SCORED:
            return self.tr("Held-back photos: {before} of {held} right before, {after} after (too few for a score; "
                           "{minimum} or more give one).").format(
                before=round(before * held), held=held, after=round(after * held), minimum=MIN_SCORED)
        text = self.tr("Held-back photos: {before} → {after} right (%n photo(s)).", "", held)
        return counted(text, held).format(before=percent(before), after=percent(after))
