"""A deadline, kept by a small helper process, that ends a worker whose peers went quiet.

TensorFlow's collectives wait for every worker; a worker that died, or never started, can leave the
others blocked inside C++. gRPC's heartbeats usually report a dead peer within seconds (the loop turns
that into a DistributedError), but a peer that never arrives is only noticed by a clock, and while
MultiWorkerMirroredStrategy waits for it to register it holds the GIL: no Python thread of the
waiting process runs again (measured: a ticking thread stops). So the clock lives in a child process
(plain Python, no TensorFlow, started in a tenth of a second): the worker arms it before each wait;
when the deadline passes, the child prints one line on the shared stderr and kills the worker
(SIGKILL: a blocked process answers nothing gentler), so no run ever hangs.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

#: How the frozen app (packaging/fruitclassifier_app.py) is asked to be this helper: it has no ``-m``.
CHILD_FLAG = "--fruitclassifier-watchdog"


def child_command(parent: int, workers: int) -> list[str]:
    """The helper's command line, from a source install or from the packaged app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, str(parent), str(workers)]
    return [sys.executable, "-m", __name__, str(parent), str(workers)]


class Watchdog:
    """``arm(what, seconds)`` before waiting on other workers; ``disarm()`` once on one's own again."""

    def __init__(self, workers: int) -> None:
        self._proc = subprocess.Popen(child_command(os.getpid(), workers),
                                      stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)

    def arm(self, what: str, seconds: float) -> None:
        self._send(f"arm {seconds:.3f} {what}")

    def disarm(self) -> None:
        self._send("disarm")

    def close(self) -> None:
        """Stop the helper (it also stops by itself when this process ends and the pipe closes)."""
        try:
            self._proc.stdin.close()
            self._proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()

    def _send(self, line: str) -> None:
        try:
            self._proc.stdin.write(line.replace("\n", " ") + "\n")
            self._proc.stdin.flush()
        except (OSError, ValueError):
            pass  # the helper is gone: the run goes on without its deadline, as a one-process run would


def message(workers: int, what: str, seconds: float) -> str:
    return (f"fruitclassifier: no answer from the other {workers - 1} worker(s) for {seconds:.0f} s while {what}: "
            "a worker stopped or never started; check every machine, then start all workers again")


def watch(parent: int, workers: int, lines: queue.Queue[str | None]) -> bool:
    """The helper's loop: True when it had to end ``parent``, False when the parent closed the pipe."""
    deadline: float | None = None
    what, seconds = "", 0.0
    while True:
        try:
            line = lines.get(timeout=None if deadline is None else max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            sys.stderr.write(message(workers, what, seconds) + "\n")
            sys.stderr.flush()
            os.kill(parent, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
            return True
        if line is None:
            return False
        command, _, rest = line.strip().partition(" ")
        if command == "arm":
            value, _, what = rest.partition(" ")
            seconds = float(value)
            deadline = time.monotonic() + seconds
        elif command == "disarm":
            deadline = None


def _read(lines: queue.Queue[str | None]) -> None:
    for line in sys.stdin:
        lines.put(line)
    lines.put(None)


def child_main(args: list[str]) -> int:
    """The helper process: ``args`` are the parent's pid and the number of workers."""
    feed: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read, args=(feed,), daemon=True).start()
    return 1 if watch(int(args[0]), int(args[1]), feed) else 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
