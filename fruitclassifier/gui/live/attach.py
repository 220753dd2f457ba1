"""The live view beside the Classify page: its own window that follows the page's model.

Kept here so the main window's hook is one menu action calling ``open_for(window)``: the view answers with
the model picked on the Classify page, a snapshot lands in the page's results (so This is… and Grad-CAM
work on it), and recorded samples refresh the page's teaching-set panel, ready for Teach.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.live.live_view import LiveView

ATTRIBUTE = "_live_view"


def open_for(window: Any, start: bool = True) -> LiveView:
    """Show (creating once) the live view of ``window``; ``start`` opens the remembered camera."""
    view = getattr(window, ATTRIBUTE, None)
    if view is None:
        view = _create(window)
        setattr(window, ATTRIBUTE, view)
        if start:
            view.start()
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def _create(window: Any) -> LiveView:
    page = window.page("classify")
    view = LiveView(window)
    view.setWindowFlag(Qt.WindowType.Window, True)  # its own window, owned (and closed) by the main one
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed: camera and workers stop; reopened: a new one
    view.destroyed.connect(lambda *_: setattr(window, ATTRIBUTE, None))
    _CloseWithWindow(window, view)
    # not view.tr(...): lupdate would file the string under the context "view", which nothing looks up
    view.setWindowTitle(QCoreApplication.translate("LiveView", "Live Camera — FruitClassifier"))
    view.resize(720, 760)
    if page.picker.current_model() is not None:
        view.set_model(page.picker.current_model())
    page.picker.model_changed.connect(lambda info: info is not None and view.set_model(info))
    view.snapshot_taken.connect(page.add_qimage)
    view.samples_saved.connect(lambda *_: page.teacher.refresh())
    QApplication.instance().aboutToQuit.connect(view.close)
    return view


class _CloseWithWindow(QObject):
    """Closes the live view when the main window closes, so its camera and workers stop with the app."""

    def __init__(self, window: Any, view: LiveView) -> None:
        super().__init__(view)
        self.view = view
        window.installEventFilter(self)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.view.close()
        return False
