"""What the user sees when something fails that no code path expected: a dialog with the details.

``install`` sets ``sys.excepthook`` (an exception in a Qt slot or the main thread) and
``threading.excepthook`` (a Python thread). Each traceback goes to the log file first (logs.py), then to
stderr when there is one, and then into one dialog (a second error is added to the same dialog, not a
second window) that says what happened and where the log is, with the details ready to copy into a bug
report. A thread never touches a widget: its report reaches the dialog through a queued signal.
"""

from __future__ import annotations

from dataclasses import dataclass
import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from fruitclassifier import logs
from fruitclassifier.gui.base.wording import counted

log = logging.getLogger("fruitclassifier.crash")


class CrashDialog(QDialog):
    """The details of unexpected errors, to copy; the app goes on running."""

    def __init__(self, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.copy_button = QPushButton(self.tr("Copy Details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self._log_path = log_path
        self._count = 0

    def add(self, text: str) -> None:
        """One more traceback: the newest first line in the summary, every one in the details."""
        self._count += 1
        last = text.strip().splitlines()[-1] if text.strip() else ""
        summary = self.tr("Something went wrong that the app did not expect (%n error(s) so far): {error}\n\n"
                          "You can go on working; if something looks wrong, save your work and restart. "
                          "To report it, copy the details below (and attach the log file: {log}).", "", self._count)
        self.summary.setText(counted(summary, self._count).format(error=last, log=self._log_path))
        self.details.appendPlainText(text.rstrip() + "\n")

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _Relay(QObject):
    """Carries a traceback's text from any thread to the GUI thread."""

    reported = Signal(str)


@dataclass
class Hooks:
    """The installed hooks; ``uninstall`` puts the previous ones back (tests, a second window)."""

    relay: _Relay
    previous: tuple[Any, Any]
    dialog: CrashDialog | None = None

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self.previous


def install(parent: QWidget | None = None) -> Hooks:
    """Route unexpected exceptions to the log file and the dialog."""
    hooks = Hooks(_Relay(), (sys.excepthook, threading.excepthook))

    def show(text: str) -> None:
        if hooks.dialog is None:
            hooks.dialog = CrashDialog(str(logs.log_file()), parent)
        hooks.dialog.add(text)
        hooks.dialog.show()
        hooks.dialog.raise_()

    hooks.relay.reported.connect(show, Qt.QueuedConnection)  # never a widget from a worker thread

    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str) -> None:
        if issubclass(kind, KeyboardInterrupt):
            hooks.previous[0](kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error in %s:\n%s", where, text.rstrip())
        if sys.stderr is not None:
            print(text, file=sys.stderr, end="")
        hooks.relay.reported.emit(text)

    sys.excepthook = lambda kind, value, tb: report(kind, value, tb, "the main thread")
    def report_thread(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):  # as threading's own hook: SystemExit ends a thread quietly
            report(args.exc_type, args.exc_value, args.exc_traceback,
                   f"thread {args.thread.name if args.thread else '?'}")

    threading.excepthook = report_thread
    return hooks
