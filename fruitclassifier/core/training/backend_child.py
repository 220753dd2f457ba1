"""Train or teach on another Keras backend than this process's, in a child process that reports every event.

Keras fixes its backend at its first import, and the window (or a CLI already holding TensorFlow) must keep
TensorFlow for Grad-CAM, import and conversion. So a PyTorch run is ``fruitclassifier train --event-lines``
(or ``teach``) in a child with ``KERAS_BACKEND=torch``: its events come back as lines (core/event_lines.py)
and are handed to ``on_event`` unchanged, so the Train view, the teaching panel, the CLI's progress bars and
tuning's pruning see the same run as an in-process one. A stop is asked for through a file the child looks
for after every batch (works the same on every OS, unlike signals); a stopped training saves its best epoch
as any stopped run does. The error a child stops on comes back as an event line too, and is raised here with
its own type (a stopped teaching's TeachCancelled, a refused folder's TeachError…); a child that dies says so
in one line. The child converts its model to ``.tflite`` in the TensorFlow helper process
(core/conversion/converter_process.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
import importlib
import json
from pathlib import Path
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time

from fruitclassifier.config import TrainConfig
from fruitclassifier.core import event_lines
from fruitclassifier.core.events import Event
from fruitclassifier.core.store import ModelInfo, find_model
from fruitclassifier.core.training import backend
from fruitclassifier.core.training.runs import StoppedBeforeFirstEpoch
from fruitclassifier.errors import UserError

#: How often the parent looks at should_stop() while the child is quiet (starting: imports take seconds).
POLL_S = 0.2
#: After the child has exited, how long its last lines may still take to arrive before the parent stops reading.
EXIT_GRACE_S = 5.0
CLI_PREFIX = "fruitclassifier: "  # how the CLI starts its one-line error report (cli/output.py)


class ChildTrainingError(UserError, RuntimeError):
    """The child run stopped with an error a user can act on (its own one-line message)."""


def command(args: list[str]) -> list[str]:
    """``fruitclassifier ARGS`` from a source install or the packaged app (which takes CLI arguments)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "fruitclassifier", *args]


def train_in_child(config: TrainConfig | None, name: str, on_event: Callable[[Event], None],
                   should_stop: Callable[[], bool], resume: str | None = None) -> ModelInfo:
    """Run the training on backend ``name`` in a child process; returns the model it saved.

    An exception raised by ``on_event`` (tuning abandons a pruned trial that way) ends the child at once, as
    it would end an in-process run before it saves, and goes up.
    """
    return run_in_child(lambda folder: _train_args(config, resume, folder), name, on_event, should_stop)


def run_in_child(args: Callable[[Path], list[str]], name: str, on_event: Callable[[Event], None],
                 should_stop: Callable[[], bool], work: str = "training") -> ModelInfo:
    """``fruitclassifier ARGS --event-lines --quiet`` on backend ``name``; returns the model it printed.

    ``args(folder)`` gives the command's arguments and may write files it names into ``folder`` (a temporary
    folder that lives as long as the child). ``work`` names the run in the one line of a child that dies.
    """
    with tempfile.TemporaryDirectory(prefix="fruitclassifier-run-") as folder:
        argv = [*args(Path(folder)), "--event-lines", "--quiet"]
        stop_file = Path(folder) / "stop"
        env = backend.child_environment(name)
        env[backend.STOP_FILE_ENV] = str(stop_file)
        proc = subprocess.Popen(command(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")
        try:
            tail, out, error = _relay(proc, on_event, should_stop, stop_file)
        except BaseException:  # as when on_event raises in-process: the run ends at once, nothing saved
            proc.kill()
            proc.wait()
            raise
    return _outcome(proc.returncode, tail, out, name, error, work)


def _train_args(config: TrainConfig | None, resume: str | None, folder: Path) -> list[str]:
    args = ["train"]
    if resume:
        args += ["--resume", resume]
        if config is not None:
            args += ["--epochs", str(config.epochs)]  # a resumed run takes only its epochs from a given config
    elif config is not None:
        path = folder / "config.json"
        path.write_text(json.dumps(config.to_dict()), encoding="utf-8")
        args += ["--config", str(path)]
    return args


def _relay(proc: subprocess.Popen, on_event: Callable[[Event], None], should_stop: Callable[[], bool],
           stop_file: Path) -> tuple[deque, list[str], dict | None]:
    """Hand the child's events to on_event until it exits; (its last other stderr lines, its stdout lines, the
    error it reported, if any)."""
    lines: queue.Queue[str | None] = queue.Queue()
    out: list[str] = []
    readers = [threading.Thread(target=_pump, args=(proc.stderr, lines.put, True), daemon=True),
               threading.Thread(target=_pump, args=(proc.stdout, out.append), daemon=True)]
    for reader in readers:
        reader.start()
    tail: deque = deque(maxlen=20)
    error, exited = None, 0.0
    while True:
        if not stop_file.exists() and should_stop():
            stop_file.touch()
        try:
            line = lines.get(timeout=POLL_S)
        except queue.Empty:  # a dead child whose stderr a leftover process still holds: stop reading soon
            exited = exited or (time.monotonic() if proc.poll() is not None else 0.0)
            if exited and time.monotonic() - exited > EXIT_GRACE_S:
                break
            continue
        if line is None:
            break
        event = event_lines.from_line(line)
        if event is not None:
            on_event(event)
        elif line.startswith(event_lines.ERROR_PREFIX):
            error = event_lines.error_from_line(line)
        elif line.strip():
            tail.append(line.strip())
    proc.wait()
    readers[1].join(timeout=EXIT_GRACE_S)
    return tail, out, error


def _pump(stream, put: Callable, mark_end: bool = False) -> None:
    for line in iter(stream.readline, ""):
        put(line.rstrip("\n"))
    if mark_end:
        put(None)


def _outcome(code: int, tail: deque, out: list[str], name: str, error: dict | None = None,
             work: str = "training") -> ModelInfo:
    title = backend.TITLES.get(name, name)
    if code == 0 and out and out[-1].strip():
        return find_model(out[-1].strip())
    typed = _typed_error(error) if error else None
    if typed is not None:
        raise typed
    message = tail[-1] if tail else f"exit code {code}"
    message = message[len(CLI_PREFIX):] if message.startswith(CLI_PREFIX) else message
    if message == str(StoppedBeforeFirstEpoch()):  # keeps its type: the Train view says "nothing was saved"
        raise StoppedBeforeFirstEpoch
    if code == 2:
        raise ChildTrainingError(message)
    if code < 0:  # killed (out of memory, a signal): nothing it printed says why
        raise RuntimeError(f"the {title} {work} process was ended by {_signal_name(-code)} before it finished; "
                           "nothing was saved")
    raise RuntimeError(f"the {title} {work} process failed (exit code {code}): {message}")


def _typed_error(error: dict) -> UserError | None:
    """The child's user error as its own type (fruitclassifier's UserErrors only), or None when unknown here."""
    module, name = error.get("module", ""), error.get("type", "")
    if not module.startswith("fruitclassifier.") or "." in name:
        return None
    try:
        kind = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    if not (isinstance(kind, type) and issubclass(kind, UserError)):
        return None
    exc = kind.__new__(kind)  # not kind(...): constructors differ (TeachCancelled takes no message)
    UserError.__init__(exc, error.get("message") or "", error.get("next_step") or "")
    for key, value in error.get("attributes", {}).items():  # e.g. WeightsUnavailableError.arch_title
        setattr(exc, key, value)
    return exc


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
