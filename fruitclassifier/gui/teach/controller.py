"""Teaching from the Classify page: "This is…" on selected results, the teaching-set panel, the Teach task.

The page builds one TeachController and places its button and panel; everything about teaching lives
here so the page itself only gains a few lines. Copies go into the current model's teaching set
(core/teach/teaching_set.py, on the GUI thread: a few file copies); teaching runs as a Task
(gui/base/tasks.py) through ``teach_jobs.teach_job``. When it ends the page switches to the new model, which
re-classifies every result, and the panel lists the answers that changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import QDialog, QPushButton

from fruitclassifier.core.teach.teaching_set import TeachingSet, other_class, resolve_class_name
from fruitclassifier.errors import UserError
from fruitclassifier.gui.base.tasks import Task
from fruitclassifier.gui.base.wording import counted, user_text
from fruitclassifier.gui.teach.jobs import changed_answers, score_line, shown_answer, teach_job, thumbnails_job
from fruitclassifier.gui.teach.panel import TeachPanel
from fruitclassifier.gui.teach.this_is_dialog import ThisIsDialog
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.gui.widgets.result_list import ITEM_ROLE, THUMB, ResultDelegate

MAX_CHANGES_SHOWN = 8
NAME_CHARS = 28  # long camera file names are cut in the middle


class TaughtDelegate(ResultDelegate):
    """The result row as usual, plus a "✓ Pear" tag on the thumbnail of a photo in the teaching set."""

    def __init__(self, view: Any, taught_as: Any) -> None:
        super().__init__(view)
        self._taught_as = taught_as

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        item = index.data(ITEM_ROLE)
        label = self._taught_as(item)
        if not label:
            return
        painter.save()
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, 0, 0)
        text = f"✓ {pretty_label(label)}"
        width = min(option.fontMetrics.horizontalAdvance(text) + 10, THUMB)
        tag = rect.adjusted(0, THUMB - option.fontMetrics.height() - 2, 0, 0)
        tag.setWidth(width)
        tag.setHeight(option.fontMetrics.height() + 2)
        painter.setPen(Qt.NoPen)
        painter.setBrush(option.palette.color(QPalette.Highlight))
        painter.drawRoundedRect(tag, 4, 4)
        painter.setPen(option.palette.color(QPalette.HighlightedText))
        painter.drawText(tag, Qt.AlignCenter, option.fontMetrics.elidedText(text, Qt.ElideRight, width - 4))
        painter.restore()


class TeachController(QObject):
    """Owns the "This is…" action, the teaching-set panel and the Teach task for one Classify page."""

    taught = Signal(list)  # copies added to the teaching set
    teaching_finished = Signal(object)  # the new ModelInfo
    teaching_failed = Signal(str)
    changes_ready = Signal(list)  # [(name, old, new)] once the new model has answered every result

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.panel = TeachPanel()
        self.this_is_button = QPushButton(self.tr("This is…"))
        self.this_is_button.setToolTip(self.tr("Tell the model what the selected photos really show (copies them "
                                               "into its teaching set)"))
        self.this_is_button.clicked.connect(self.this_is_dialog)
        self._set: TeachingSet | None = None
        self._taught: dict[str, str] = {}
        self._thumbs: dict[Path, Any] = {}
        self._task: Task | None = None
        self._before: dict[str, str] | None = None
        self._parent: Any = None
        self._wire()

    def _wire(self) -> None:
        view = self.page.view
        view.setItemDelegate(TaughtDelegate(view, self._label_of))
        action = QAction(self.tr("This is…"), view)
        action.triggered.connect(self.this_is_dialog)
        view.addAction(action)
        view.setContextMenuPolicy(Qt.ActionsContextMenu)
        view.selectionModel().selectionChanged.connect(self._update_button)
        self.page.picker.model_changed.connect(self._on_picker_model_changed)
        self.page.classification_finished.connect(self._on_page_classification_finished)
        self.panel.teach_requested.connect(self.start_teaching)
        self.panel.cancel_requested.connect(self.cancel)
        self.panel.remove_requested.connect(self.remove)
        self.panel.folders_dropped.connect(self.add_folders)
        self.panel.go_back_requested.connect(self._on_panel_go_back_requested)
        self._on_picker_model_changed(self.page.picker.current_model())

    # --- the teaching set -------------------------------------------------------------------------------

    def _on_picker_model_changed(self, info: Any) -> None:
        self._set = TeachingSet.for_model(info) if info is not None else None
        self.refresh()

    def refresh(self) -> None:
        """Re-read the teaching set; thumbnails not made yet are made by a Task."""
        entries = self._set.entries() if self._set is not None else []
        self._taught = {str(Path(e.source)): e.class_name for e in entries if e.source}
        self.panel.set_entries(entries, self._thumbs)
        missing = [e.path for e in entries if e.path not in self._thumbs]
        if missing:
            task = self.page.tasks.submit("Teaching-set thumbnails", thumbnails_job(missing))
            task.finished.connect(self._on_thumbs_finished)
        self.page.view.viewport().update()
        self._update_button()

    def _on_thumbs_finished(self, thumbs: dict) -> None:
        self._thumbs.update(thumbs)
        self.panel.set_thumbnails(self._thumbs)

    def _label_of(self, item: Any) -> str:
        return self._taught.get(str(item.path.resolve()), "") if item is not None and item.path else ""

    def selected_items(self) -> list[Any]:
        rows = sorted(index.row() for index in self.page.view.selectionModel().selectedRows())
        return [self.page.results.item(row) for row in rows]

    def this_is_dialog(self) -> None:
        items = [i for i in self.selected_items() if not i.error]
        info = self.page.picker.current_model()
        if not items or info is None:
            return
        dialog = ThisIsDialog(info.class_names, other_class(info.metadata), len(items), shown_answer(items[0]),
                              self.page)
        if dialog.exec() == QDialog.Accepted and dialog.chosen():
            self.teach_selected_as(dialog.chosen())

    def teach_selected_as(self, name: str) -> list[Path]:
        """Copy the selected results' photos into the teaching set as ``name`` (pasted pictures as PNG)."""
        return self.add_items([i for i in self.selected_items() if not i.error], name)

    def add_items(self, items: list[Any], name: str) -> list[Path]:
        info = self.page.picker.current_model()
        if self._set is None or info is None or not items:
            return []
        try:
            class_name = resolve_class_name(name, info.metadata)
            added = self._set.add([i.path for i in items if i.path is not None], class_name)
            added += [self._set.add_image(i.image, i.name, class_name) for i in items
                      if i.path is None and i.image is not None]
        except (UserError, OSError) as exc:
            self.panel.show_message(user_text(exc))
            return []
        text = self.tr("Added %n photo(s) as “{name}”.", "", len(added))
        self.panel.show_message(counted(text, len(added)).format(name=pretty_label(class_name)))
        self.refresh()
        self.taught.emit(added)
        return added

    def add_folders(self, folders: list) -> list[Path]:
        """A dropped folder of class folders: each class folder's photos go in under its name."""
        from fruitclassifier.core.teach.replay import class_folders

        info = self.page.picker.current_model()
        added: list[Path] = []
        if self._set is None or info is None:
            return added
        for folder in folders:
            listed = {name: files for name, files in class_folders(Path(folder)).items() if files}
            if not listed:
                self.panel.show_message(self.tr("{folder} holds no class folders of photos: drop a folder with one "
                                                "sub-folder per class.").format(folder=Path(folder).name))
                continue
            try:
                for name, files in listed.items():
                    added += self._set.add(files, resolve_class_name(name, info.metadata))
            except (UserError, OSError) as exc:
                self.panel.show_message(user_text(exc))
        self.refresh()
        return added

    def remove(self, paths: list) -> None:
        if self._set is not None and paths:
            self._set.remove(paths)
            self.refresh()

    def _update_button(self, *args: Any) -> None:
        self.this_is_button.setEnabled(bool(self.selected_items()) and self._task is None)

    # --- teaching --------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start_teaching(self) -> None:
        info = self.page.picker.current_model()
        if self._task is not None or info is None or self._set is None or not len(self._set):
            return
        self.panel.set_busy(True, self.tr("Waiting for TensorFlow to load…") if not self.page.tf.ready
                            else self.tr("Starting…"))
        self.page.tf.when_ready(lambda: self._submit(info))

    def _submit(self, info: Any) -> None:
        self._parent = info
        task = self.page.tasks.submit("Teach", teach_job(info, self._set.root))
        self._task = task
        task.progress.connect(self.panel.progress_row.set_progress)
        task.partial.connect(self.panel.add_events)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        task.ended.connect(self._on_task_ended)
        self._update_button()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.panel.progress_row.set_message(self.tr("Stopping…"))

    def _on_task_finished(self, info: Any) -> None:
        self._before = {item.key: shown_answer(item) for item in self.page.items() if item.label}
        self.panel.show_message(self.tr("Saved “{name}”; your photos are part of it now. {score}").format(
            name=info.name, score=score_line(info.metadata.get("teach", {}))))
        self.teaching_finished.emit(info)
        self.page.refresh_models()
        self.page.select_model(str(info.path))
        self.panel.offer_going_back(self._parent.name)
        if not self._before:
            self._before = None

    def _on_task_failed(self, error: Any) -> None:
        message = error if isinstance(error, str) else user_text(error)
        self.panel.show_message(message)
        self.teaching_failed.emit(message)

    def _on_task_ended(self) -> None:
        self._task = None
        self.panel.set_busy(False)
        self._update_button()

    def _on_page_classification_finished(self, counts: dict) -> None:
        """The new model has answered again: list what changed (once, right after teaching)."""
        if self._before is None or counts.get("stopped"):
            return
        changes = changed_answers(self._before, self.page.items())
        self._before = None
        lines = [f"{_short(name)}: {pretty_label(old)} → {pretty_label(new)}" for name, old, new in changes]
        shown = "\n".join(lines[:MAX_CHANGES_SHOWN])
        if len(lines) > MAX_CHANGES_SHOWN:
            more = len(lines) - MAX_CHANGES_SHOWN
            shown += "\n" + self.tr("… and %n more", "", more)
        summary = counted(self.tr("%n answer(s) changed:", "", len(changes)), len(changes)) if changes \
            else self.tr("No answer in the list changed.")
        self.panel.show_message(f"{self.panel.message.text()}\n{summary}\n{shown}".strip())
        self.changes_ready.emit(changes)

    def _on_panel_go_back_requested(self) -> None:
        if self._parent is not None:
            self.page.select_model(str(self._parent.path))
            self._before = None
            self.panel.clear_summary()  # the taught model's score and curves no longer describe what answers


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else f"{name[:NAME_CHARS // 2 - 1]}…{name[-(NAME_CHARS // 2):]}"
