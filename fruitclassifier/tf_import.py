"""Import TensorFlow and Keras while keeping the rest of the process responsive (the window's event loop).

Importing TensorFlow on a worker thread still froze the window: Python holds the GIL while it loads an
extension module, and TensorFlow's native libraries (1.2 GB here) take 200-300 ms to map, relocate and
initialise. Two changes, measured with a ticking probe thread beside the import on the 2-core machine:

- The two core libraries are loaded first through libc's ``dlopen`` called via ctypes, which releases the
  GIL for the length of a foreign call; Python's own import then finds them loaded. Longest stall 268 ms
  -> 5 ms for that step. Only those two: loading TensorFlow's op libraries this way registers their ops
  twice.
- Keras imports ``matplotlib.pyplot`` if it can, for one plotting helper the app never calls (it draws its
  report figures itself, core/evaluation/figures.py): 0.4 s of imports and a ~100 ms stall in pyparsing.
  While Keras is imported, pyplot is hidden (``sys.modules`` entry None, which Keras's ``try/except
  ImportError`` answers with ``plt = None``); afterwards it imports normally.

Every step is best-effort: where a library is not found (another layout, a frozen app) the import is
simply the usual one.

TensorFlow's native start-up chatter is kept from users too. ``TF_CPP_MIN_LOG_LEVEL=3`` hides most of it, but
not what its bundled absl prints before absl's logging is set up: measured on TF 2.21, every ``import
tensorflow`` writes "WARNING: All log messages before absl::InitializeLog() ..." plus oneDNN and "Could not find
cuda drivers" lines, twice (two native libraries), straight to file descriptor 2, whatever the level. So the
import runs with fd 2 sent to a temporary file, and what it caught is written back without those lines
(``quiet_native_logs``); ``quiet_tensorflow_import`` routes the first ``import tensorflow`` of the process,
wherever it happens, through that filter. ``FRUITCLASSIFIER_DEBUG=1`` shows everything.
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import ctypes
import gc
import importlib.abc
import importlib.util
import logging
import os
from pathlib import Path
import re
import sys
import tempfile
from typing import Any

log = logging.getLogger(__name__)

#: TensorFlow's core native libraries, by name prefix (Linux: .so.2; macOS: .2.dylib).
CORE_LIBRARIES = ("libtensorflow_framework", "libtensorflow_cc")
_PYPLOT = "matplotlib.pyplot"


#: Environment set before TensorFlow loads: only errors from its C++ logging (and none of absl's below it).
QUIET_ENVIRONMENT = {"TF_CPP_MIN_LOG_LEVEL": "3", "ABSL_MIN_LOG_LEVEL": "3"}
#: Lines TensorFlow's native code prints while it loads: absl's preamble and its "I0000 00:00:... file.cc:12]" form.
NATIVE_LOG_LINE = re.compile(rb"^(WARNING: All log messages before absl::InitializeLog\(\)|[IWEF]\d{4} "
                             rb"\d\d:\d\d:\d+\.\d+\s+\d+ [\w.-]+:\d+\]|To enable the following instructions:)")


def import_tensorflow() -> Any:
    """``import tensorflow`` and ``keras`` as gently as possible for other threads; returns tensorflow."""
    with quiet_native_logs():
        if "tensorflow" not in sys.modules:
            preload_native_libraries()
        with _pyplot_hidden(), _no_garbage_collection():
            import keras  # noqa: F401 - its import is the one that would pull in pyplot
            import tensorflow
    return tensorflow


def quiet_tensorflow_import() -> None:
    """From now on, the process's first ``import tensorflow`` (by any module) prints no native log lines."""
    for name, value in QUIET_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    if "tensorflow" not in sys.modules and not any(isinstance(f, _QuietFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _QuietFinder())


class _QuietFinder(importlib.abc.MetaPathFinder):
    """Finds ``tensorflow`` as usual, once, and wraps its loader so the module runs under quiet_native_logs."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "tensorflow":
            return None
        sys.meta_path.remove(self)  # one use; find_spec below must not find this finder again
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _QuietLoader(spec.loader)
        return spec


class _QuietLoader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: Any) -> Any:
        return self._inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        with quiet_native_logs():
            self._inner.exec_module(module)


@contextlib.contextmanager
def quiet_native_logs() -> Iterator[None]:
    """Send fd 2 to a temporary file for the block, then write back what it caught less NATIVE_LOG_LINE lines.

    A file rather than a pipe: nothing has to read while the block runs. Best-effort: without a usable fd 2
    (a windowed app on Windows) the block simply runs."""
    if os.environ.get("FRUITCLASSIFIER_DEBUG"):
        yield
        return
    try:
        _flush_stderr()
        saved = os.dup(2)
        caught = tempfile.TemporaryFile()
        os.dup2(caught.fileno(), 2)
    except (OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        _flush_stderr()
        os.dup2(saved, 2)
        os.close(saved)
        caught.seek(0)
        kept = [line for line in caught.read().splitlines(keepends=True) if not NATIVE_LOG_LINE.match(line)]
        caught.close()
        if kept:
            os.write(2, b"".join(kept))


def _flush_stderr() -> None:
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()


def preload_native_libraries() -> list[Path]:
    """dlopen TensorFlow's core libraries with the GIL released; returns the ones loaded."""
    loaded = []
    for path in _core_library_paths():
        try:
            if not _dlopen_without_gil(path):
                break
        except (OSError, AttributeError) as exc:
            log.debug("could not preload %s: %s", path, exc)
            break
        loaded.append(path)
    return loaded


def _core_library_paths() -> list[Path]:
    folder = _tensorflow_folder()
    if folder is None:
        return []
    found = []
    for prefix in CORE_LIBRARIES:  # the framework first: the other needs it
        matches = sorted(p for p in folder.glob(f"{prefix}*") if p.suffix in (".2", ".dylib", ".so"))
        if not matches:
            return []
        found.append(matches[0])
    return found


def _tensorflow_folder() -> Path | None:
    """Where TensorFlow's package lies, found without importing it."""
    try:
        spec = importlib.util.find_spec("tensorflow")
    except (ImportError, ValueError):
        return None
    for location in list(getattr(spec, "submodule_search_locations", None) or []):
        if Path(location).is_dir():
            return Path(location)
    return None


def _dlopen_without_gil(path: Path) -> bool:
    """A ctypes foreign call (CDLL, not PyDLL) runs with the GIL released, unlike ctypes.CDLL(path) itself."""
    libc = ctypes.CDLL(None)
    dlopen = libc.dlopen
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    return bool(dlopen(os.fsencode(path), os.RTLD_NOW | os.RTLD_LOCAL))


@contextlib.contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """No collection while the import creates its millions of long-lived objects: each full one would walk
    them all with the GIL held (60-120 ms stalls in the middle of Keras's import). They are then frozen
    (moved out of the collector's sight, as gui/base/tf_loader.py does after the import anyway): otherwise the
    first collection after re-enabling walks them all at once (a 137 ms stall)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _pyplot_hidden() -> Iterator[None]:
    if _PYPLOT in sys.modules:  # already imported by someone: nothing to save
        yield
        return
    sys.modules[_PYPLOT] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get(_PYPLOT, 0) is None:
            del sys.modules[_PYPLOT]
