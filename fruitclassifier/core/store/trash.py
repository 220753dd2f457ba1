"""The platform's trash without Qt, for the command line's ``delete`` (the GUI uses QFile.moveToTrash).

A deleted model should be recoverable the way any file is: from the desktop's trash. On Linux and the
BSDs that is the freedesktop.org trash in ``$XDG_DATA_HOME/Trash`` (files/ plus an info/*.trashinfo
record the file managers read to put it back); on macOS it is ``~/.Trash``. Only a folder on the same
file system as the trash is moved (a rename, never a copy); anywhere else, and on Windows (whose
recycle bin needs the shell API), ``move_to_trash`` returns None and the caller deletes instead.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import quote


def move_to_trash(path: str | os.PathLike) -> Path | None:
    """Move a file or folder to the trash; its path there, or None where there is no usable trash."""
    path = Path(path).absolute()
    if sys.platform == "darwin":
        return _rename_into(path, Path.home() / ".Trash", info=None)
    if os.name != "posix":
        return None
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return _rename_into(path, Path(data_home) / "Trash" / "files", info=Path(data_home) / "Trash" / "info")


def _rename_into(path: Path, files: Path, info: Path | None) -> Path | None:
    try:
        files.mkdir(parents=True, exist_ok=True, mode=0o700)
        if info is not None:
            info.mkdir(parents=True, exist_ok=True, mode=0o700)
        if files.stat().st_dev != path.stat().st_dev:
            return None  # another file system: the trash there is another folder; delete instead
        target, record = _free_name(path.name, files, info)
        if record is not None:
            stamp = datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
            record.write_text(f"[Trash Info]\nPath={quote(str(path))}\nDeletionDate={stamp}\n", encoding="utf-8")
        try:
            os.rename(path, target)
        except OSError:
            if record is not None:
                record.unlink(missing_ok=True)
            raise
    except OSError:
        return None
    return target


def _free_name(name: str, files: Path, info: Path | None) -> tuple[Path, Path | None]:
    """``name``, or ``name 2``, ``name 3``…: the first free in the trash, its .trashinfo claimed at once
    (exclusive create, as the spec asks, so two deletions at the same moment cannot take one name)."""
    for number in range(1, 10_000):
        candidate = name if number == 1 else f"{name} {number}"
        if (files / candidate).exists():
            continue
        if info is None:
            return files / candidate, None
        record = info / f"{candidate}.trashinfo"
        try:
            with open(record, "x", encoding="utf-8"):
                pass
        except FileExistsError:
            continue
        return files / candidate, record
    raise OSError(f"no free name for {name} in {files}")
