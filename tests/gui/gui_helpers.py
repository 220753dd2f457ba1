"""Helpers for GUI tests: real drag-and-drop events, waiting for a page to go idle, store copies."""

from __future__ import annotations

import json
from pathlib import Path
import shutil

from PySide6.QtCore import QMimeData, QPointF, QUrl, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from fruitclassifier import paths
from fruitclassifier.core import store

TF_TIMEOUT_MS = 120_000
WORK_TIMEOUT_MS = 60_000


def copy_model(source: Path, name: str, class_names: list[str] | None = None, root: Path | None = None):
    """Copy a model folder into the store (or ``root``) under a new display name; returns its ModelInfo."""
    target = (root or paths.models_dir()) / store.slugify(name)
    shutil.copytree(source, target)
    meta = json.loads((target / "metadata.json").read_text())
    meta["name"] = name
    if class_names:
        meta["class_names"] = class_names
    (target / "metadata.json").write_text(json.dumps(meta))
    return store.find_model(str(target))


def drop_files(widget, files) -> bool:
    """Drag file URLs over ``widget`` and drop them, as a file manager would; True if the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def wait_idle(qtbot, page, timeout: int = WORK_TIMEOUT_MS) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=timeout)


def show_sized(qtbot, widget, width: int, height: int):
    """``widget`` owned by the test, shown at ``width``×``height`` and exposed (its layouts have run)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
