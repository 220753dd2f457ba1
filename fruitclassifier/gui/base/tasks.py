"""The one background-task pattern (house rule 3).

A plain Python callable ``fn(report)`` runs on a worker thread. It talks back only
through ``report`` (progress, partial results, should_stop) and its return value.
Everything crosses to the GUI thread as queued signals of a ``Task`` living in the
GUI thread, so no widget is ever touched from a worker. One ``TaskManager`` owns
every task, and the main window cancels and waits for all of them when it closes.

The workers are Python threads (a ThreadPoolExecutor), not a QThreadPool: PySide
gives a reused pooled QThread a fresh Python thread state for every run, and
TensorFlow's pybind11 code keeps the old one and crashes in take_gil (segfault on
the first tensor made by a second task on the same thread). A Python thread keeps
one thread state for its whole life.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
import logging
import os
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from fruitclassifier.errors import is_user_error

log = logging.getLogger(__name__)

#: Workers run this much "nicer" than the GUI thread (Linux). Threads inherit it, so TensorFlow's
#: thread pools (created by the TfLoader task) do too: on a busy 2-core CPU the event loop then gets
#: the CPU the moment it wakes. Measured (benchmarks/bench_responsive.py): longest stall while
#: training 46-71 ms instead of 83-104 ms, p99 ~22 ms instead of ~35 ms.
WORKER_NICENESS = 5


def _lower_worker_priority() -> None:
    """Thread initializer: lower this worker thread's scheduling priority where the OS allows it per thread."""
    if not hasattr(os, "setpriority") or not hasattr(threading, "get_native_id"):
        return  # Windows: no per-thread nice in the os module; nothing to do
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICENESS)
    except OSError:
        pass  # macOS applies PRIO_PROCESS to processes, not threads: keep the default priority


class Reporter:
    """What a worker function may do: report progress, hand over partial results, ask whether to stop."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._relay.progressed.emit(int(done), int(total), str(message))

    def partial(self, result: Any) -> None:
        self._relay.partial_ready.emit(result)

    def should_stop(self) -> bool:
        return self._stop.is_set()


class _Relay(QObject):
    """Emitted from the worker; connected to the Task's slots, so delivery is queued into the GUI thread."""

    began = Signal()
    progressed = Signal(int, int, str)
    partial_ready = Signal(object)
    succeeded = Signal(object)
    errored = Signal(object)  # the exception itself


class Task(QObject):
    """Handle on one background job; every signal is emitted in the GUI thread."""

    started = Signal()
    progress = Signal(int, int, str)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(object)  # the exception itself: slots word it with errors.user_message (house rule 3)
    ended = Signal()  # always last, after finished or failed: for clean-up such as hiding a progress bar

    def __init__(self, name: str, fn: Callable[[Reporter], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.fn = fn
        self.done = False
        self._stop = threading.Event()
        self._relay = _Relay()
        self._relay.began.connect(self.started)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.partial_ready.connect(self._on_relay_partial)
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.errored.connect(self._on_relay_errored)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the worker to stop at its next should_stop() check; it may still deliver what it has."""
        self._stop.set()

    def run_in_worker(self) -> None:
        """Called on the worker thread: run fn and hand any exception, typed, to ``failed``."""
        self._relay.began.emit()
        try:
            result = self.fn(Reporter(self._relay, self._stop))
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user as a message
            if is_user_error(exc):
                log.info("Task %r: %s", self.name, exc)
            else:  # a bug: the traceback goes to the log, the user gets one "unexpected error" line
                log.error("Task %r failed", self.name, exc_info=True)
            self._relay.errored.emit(exc)
        else:
            self._relay.succeeded.emit(result)

    @Slot(int, int, str)
    def _on_relay_progressed(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(object)
    def _on_relay_partial(self, result: Any) -> None:
        self.partial.emit(result)

    @Slot(object)
    def _on_relay_succeeded(self, result: Any) -> None:
        self.done = True
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_relay_errored(self, exc: BaseException) -> None:
        self.done = True
        self.failed.emit(exc)
        self.ended.emit()


class TaskManager(QObject):
    """The one owner of background work: starts tasks, cancels them, waits for them on close."""

    task_started = Signal(object)
    task_ended = Signal(object)  # after the task's own ``ended``, for anyone watching all work (the tests do)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_threads, thread_name_prefix="fruitclassifier-task",
                                        initializer=_lower_worker_priority)
        self._tasks: list[Task] = []
        self._futures: set[Future] = set()

    def submit(self, name: str, fn: Callable[[Reporter], Any]) -> Task:
        """Queue fn on a worker thread; connect to the returned Task's signals right away (they are queued)."""
        task = Task(name, fn, self)
        self._tasks.append(task)
        task.ended.connect(lambda t=task: self._on_task_ended(t))
        future = self._pool.submit(task.run_in_worker)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)
        self.task_started.emit(task)
        return task

    def active(self) -> list[Task]:
        return [t for t in self._tasks if not t.done]

    def cancel_all_and_wait(self, timeout_ms: int = 10_000) -> bool:
        """Ask every task to stop and block until the workers return; False if some were still busy."""
        for task in self._tasks:
            task.cancel()
        _done, not_done = wait(list(self._futures), timeout=timeout_ms / 1000)
        return not not_done

    def _on_task_ended(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self.task_ended.emit(task)
        task.setParent(None)  # freed once the caller drops its reference
