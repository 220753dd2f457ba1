"""Several machines: the Train view starts a multi-worker run as its chief and shows what to run elsewhere.

The chief is a child process (``fruitclassifier train … --cluster … --rank 0``), not a task in the window:
TensorFlow sets up collectives when it starts, MultiWorkerMirroredStrategy holds Python's GIL while it
waits for the others (the window would freeze), and a lost worker ends the process (docs/distributed.md).
The dialog shows the exact command every other machine runs (only ``--rank`` differs), how many workers
joined (the chief starts training only once all of them have), the chief's progress lines, and Stop
(SIGINT: every worker stops after the current batch, the best epoch is saved). The chief runs with
``--event-lines``: ``event_received`` hands its training events to the Train view, which draws them as it
draws a run of its own (live curves, progress, ETA).
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import sys

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.config import TrainConfig
from fruitclassifier.config_flags import cli_command
from fruitclassifier.core import event_lines
from fruitclassifier.core.training.distributed.setup import free_port


class ClusterDialog(QDialog):
    finished_run = Signal(int, str)  # the chief's exit status, and the saved model's name ("" when none)
    chief_started = Signal()
    event_received = Signal(object)  # one of the chief's training events (core/events.py)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Train on several machines"))
        self.config = config
        self.process: QProcess | None = None
        self._stdout = ""
        self._stderr_tail = ""  # a line the chief has not finished writing yet
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("e.g. {example} (HOST or HOST:PORT)").format(
            example="192.168.1.11, 192.168.1.12"))
        self.address = QLineEdit(_local_address())
        self.port = QSpinBox(minimum=1024, maximum=65535, value=free_port())
        self.commands_view = QPlainTextEdit(readOnly=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.log = QPlainTextEdit(readOnly=True)
        self.start_button = QPushButton(self.tr("Start as Chief"))
        self.stop_button = QPushButton(self.tr("Stop"), enabled=False)
        self._layout()
        self.port.valueChanged.connect(self._show_commands)
        for field in (self.address, self.others):
            field.textChanged.connect(self._show_commands)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self._show_commands()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("This machine's address (the chief):"), self.address)
        form.addRow(self.tr("Port (open it on every machine):"), self.port)
        form.addRow(self.tr("The other machines:"), self.others)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Run on each other machine (same data folder, same app version):")))
        layout.addWidget(self.commands_view)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.log, 1)

    def cluster(self) -> list[str]:
        """Every worker's HOST:PORT, this machine (the chief) first; a host without a port gets the port field's."""
        port = self.port.value()
        hosts = [self.address.text().strip() or "127.0.0.1"] + [
            h.strip() for h in self.others.text().replace(";", ",").split(",") if h.strip()]
        return [h if h.rpartition(":")[2].isdigit() else f"{h}:{port}" for h in hosts]

    def command(self, rank: int) -> str:
        return f"{cli_command(self.config)} --cluster {shlex.quote(','.join(self.cluster()))} --rank {rank}"

    def _show_commands(self) -> None:
        cluster = self.cluster()
        workers = len(cluster)
        on = self.tr("# on {host}")
        self.commands_view.setPlainText("\n".join(f"{on.format(host=cluster[rank])}\n{self.command(rank)}"
                                                  for rank in range(1, workers))
                                        or self.tr("(name the other machines above)"))
        self.start_button.setEnabled(workers > 1 and self.process is None)
        if self.process is None:
            chief, others = cluster[0].rpartition(":")[0], [h.rpartition(":")[0] for h in cluster[1:]]
            remote = any(not _is_loopback(h) for h in others)
            self.status.setText(self.tr("{host} can only be reached from this machine: type this machine's network "
                                        "address above, so the others can dial it.").format(host=chief)
                                if _is_loopback(chief) and remote else
                                self.tr("Start the chief here, then the commands above on the other machines."))

    def start(self) -> None:
        """Start the chief (rank 0); it trains once every other machine has started its command."""
        if self.process is not None or len(self.cluster()) < 2:
            return
        args = [*shlex.split(self.command(0))[1:], "--event-lines"]  # "fruitclassifier" -> this interpreter's module
        self.process = QProcess(self)
        self.process.readyReadStandardError.connect(self._on_process_stderr)
        self.process.readyReadStandardOutput.connect(self._on_process_stdout)
        self.process.finished.connect(self._on_process_finished)
        # The packaged app takes the command line itself; a source install runs the package as a module.
        prefix = [] if getattr(sys, "frozen", False) else ["-m", "fruitclassifier"]
        self.process.start(sys.executable, [*prefix, *args])
        others = len(self.cluster()) - 1
        self.status.setText(ClusterDialog.tr(
            "Waiting for the other %n worker(s) to join: start the commands above on them…", "", others))
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.chief_started.emit()

    def stop(self) -> None:
        """Every worker stops after the current batch (the chief's Ctrl-C); the best epoch is saved."""
        if self.process is None or self.process.state() == QProcess.NotRunning:
            return
        if hasattr(signal, "SIGINT") and os.name == "posix":
            os.kill(int(self.process.processId()), signal.SIGINT)
        else:
            self.process.terminate()
        self.status.setText(self.tr("Stopping after the current batch…"))

    def _on_process_stderr(self) -> None:
        text = self._stderr_tail + bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
        *lines, self._stderr_tail = text.split("\n")  # a read can end mid-line: keep the rest for the next
        for line in lines:
            self._on_line(line.strip())

    def _on_line(self, line: str) -> None:
        if not line or line.startswith(("WARNING:", "I0000", "E0000", "W0000")):
            return  # TensorFlow's start-up chatter
        if line.startswith(event_lines.PREFIX):
            event = event_lines.from_line(line)
            if event is not None:
                self.event_received.emit(event)
            return
        self.log.appendPlainText(line)
        if line.startswith("Training ") and " workers, " in line:
            joined = line.rsplit(" workers, ", 1)[0].rsplit("· ", 1)[-1]
            self.status.setText(self.tr("All {count} workers joined; training.").format(count=joined))
        elif line.startswith("fruitclassifier: "):
            self.status.setText(line.removeprefix("fruitclassifier: "))

    def _on_process_stdout(self) -> None:
        self._stdout += bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")

    def _on_process_finished(self, code: int, _status: object) -> None:
        if self._stderr_tail.strip():
            self._on_line(self._stderr_tail.strip())
        self._stderr_tail = ""
        name = self._stdout.strip().splitlines()[-1] if code == 0 and self._stdout.strip() else ""
        if name:
            self.status.setText(self.tr("Done: saved as {name}.").format(name=repr(name)))
        elif not self.status.text().startswith(("no answer", "lost contact")):  # the chief's own (English) words
            self.status.setText(self.tr("The chief ended with status {code}; its log is below.").format(code=code))
        self.process = None
        self.start_button.setEnabled(len(self.cluster()) > 1)
        self.stop_button.setEnabled(False)
        self.finished_run.emit(code, name)


def _local_address() -> str:
    """This machine's address as the others would dial it (best effort; the user can correct it).

    The address of the interface a datagram to a private network would leave by (connecting a UDP socket
    sends nothing); the host name's address only as a fallback: on Debian it is often 127.0.1.1."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        try:
            return socket.gethostbyname(socket.gethostname()) or "127.0.0.1"
        except OSError:
            return "127.0.0.1"
    finally:
        probe.close()


def _is_loopback(host: str) -> bool:
    return host.startswith("127.") or host in ("localhost", "::1")
