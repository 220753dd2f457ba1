"""The app's log file: a few rotating files in the platform's log folder, so a crash leaves a trace.

The frozen app has no console (stderr goes nowhere), so without a file an unexpected error would
leave nothing to send in a bug report. ``setup()`` adds one RotatingFileHandler (1 MB, three old
files kept) to the root logger; the GUI's exception hook (gui/crash_dialog.py) writes each
traceback there. The folder is paths.log_dir(): the platform's (``~/.local/state/FruitClassifier/log``
on Linux, ``~/Library/Logs/FruitClassifier`` on macOS, ``%LOCALAPPDATA%\\fruitclassifier\\FruitClassifier\\Logs``
on Windows), or ``$FRUITCLASSIFIER_HOME/logs``.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
import platform
import sys

from fruitclassifier import __version__, paths

LOG_NAME = "fruitclassifier.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path:
    """Log to the rotating file (once per process and folder); its path. Where the folder cannot be
    written, nothing is logged to a file and the app still runs."""
    target = log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    try:
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=False)
    except OSError:
        return target
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    logging.getLogger("fruitclassifier").info(
        "FruitClassifier %s started: Python %s on %s", __version__, platform.python_version(),
        f"{platform.platform()} ({sys.platform}, frozen: {bool(getattr(sys, 'frozen', False))})")
    return target
