"""Work around PySide6 6.12.0's lost references to None/True/False on Python 3.11.

PySide6 6.12.0 returns None from every void method (``label.setText``, ``processEvents``…)
and the bool of ``SignalInstance.emit()``/``disconnect()`` without a new reference. On
Python >= 3.12 these singletons are immortal, so nothing happens; on 3.11 each call takes
one reference away and, after a few thousand calls, the process aborts with
"none_dealloc: deallocating None" / "bool_dealloc" or segfaults somewhere unrelated
(seen midway through classifying a folder). PySide6 6.11.3 does not have the bug.

We detect the bug once at import and, only if it is there, give the three singletons a
huge reference count, which is what Python 3.12 does for them anyway (immortal objects):
they are static and never freed, so extra references cannot leak anything. The real fix
is a PySide6 version without the bug (pin ``PySide6-Essentials!=6.12.0``) or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40  # a trillion lost references before anything could go wrong
_applied = False


class _Probe(QObject):
    fired = Signal()


def _loses_references(obj: Any, call: Callable[[], Any], times: int = 16) -> bool:
    before = sys.getrefcount(obj)
    for _ in range(times):
        call()
    return sys.getrefcount(obj) <= before - times


def bug_present() -> bool:
    probe = _Probe()
    return (_loses_references(None, lambda: probe.setObjectName("probe"))
            or _loses_references(True, probe.fired.emit))


def apply() -> bool:
    """Make None/True/False effectively immortal if this PySide6 drops their references; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not bug_present():
        return _applied
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM  # ob_refcnt is the first field
    _applied = True
    return True
