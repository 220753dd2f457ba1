"""Write a file so that readers, a killed process and a power cut see the old file or the new one, never half.

The recipe, in one place: a temp file in the same folder (so the rename stays on one file system),
write, flush and fsync the file, ``os.replace`` it over the target, then fsync the folder so the
rename itself is on disk. ``atomic_path`` is for files a library writes itself (``model.save``,
a converter); ``atomic_write`` for bytes or text we already hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import os
from pathlib import Path
import uuid

TMP_PREFIX = ".tmp-"  # store.py's stale-temp sweep recognises this prefix too


@contextmanager
def atomic_path(path: str | os.PathLike, suffix: str = "") -> Iterator[Path]:
    """Yield a temp path beside ``path`` to write; on a clean exit it replaces ``path`` durably.

    ``suffix`` ends the temp name where a writer insists on one (Keras wants ``.keras`` or
    ``.weights.h5``). On an exception the temp file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    name = f"{TMP_PREFIX}{uuid.uuid4().hex[:12]}-{target.name}"
    tmp = target.with_name(name if name.endswith(suffix) else name + suffix)
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write(path: str | os.PathLike, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (text is encoded with ``encoding``) all at once."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(raw)


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename into ``folder`` durable (POSIX; Windows has no folder handles to sync, and needs none)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: str | os.PathLike) -> None:
    """Make a file a library wrote (``model.save`` into a temp folder) durable before it is renamed into place."""
    with open(path, "r+b") as fh:  # writable: Windows flushes only a handle opened for writing
        os.fsync(fh.fileno())


_fsync_file = fsync_file
