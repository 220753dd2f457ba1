"""Work around a PySide6 reference-count bug that crashes the app after a few thousand signals.

PySide6 6.12.0 returns the bool result of ``SignalInstance.emit()`` and ``.disconnect()``
without a new reference. On Python < 3.12, where ``True`` is not immortal, every call
therefore takes one reference from ``True`` and the process aborts with "bool_dealloc:
deallocating True or False" (or segfaults somewhere else) once they run out, e.g. midway
through classifying a folder. We measure the bug once at import and, only if it is there,
wrap both methods to add the missing reference. Harmless and skipped on fixed versions.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    fired = Signal()


def _drops_true_ref(call: Callable[[], Any], times: int = 8) -> bool:
    before = sys.getrefcount(True)
    kept = [call() for _ in range(times)]  # keep results alive so only the missing references show
    lost = before + times - sys.getrefcount(True)
    _add_refs(kept)  # give back what the probe itself took
    del kept
    return lost >= times


def _add_refs(results: list[Any]) -> None:
    for result in results:
        if isinstance(result, bool):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: SignalInstance, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        if isinstance(result, bool):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


def apply() -> bool:
    """Patch emit/disconnect if (and only if) they drop a reference; True when a patch was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12):  # immortal True: the bug cannot crash anything
        return _applied
    probe = _Probe()
    if _drops_true_ref(probe.fired.emit):
        SignalInstance.emit = _wrap(SignalInstance.emit)
        _applied = True

    def connect_disconnect() -> Any:
        probe.fired.connect(_noop)
        return probe.fired.disconnect(_noop)

    if _drops_true_ref(connect_disconnect):
        SignalInstance.disconnect = _wrap(SignalInstance.disconnect)
        _applied = True
    return _applied


def _noop() -> None:
    pass
