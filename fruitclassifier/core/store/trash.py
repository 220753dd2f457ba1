"""The platform's trash through Send2Trash, plus the app's own short-lived copy that Undo brings back.

Send2Trash knows each platform's trash (the freedesktop.org trash on Linux and the BSDs, including a
volume's own ``.Trash-$uid``; the Finder's on macOS; the recycle bin on Windows) but has no "put back"
and does not say where a file went. So before a folder is sent, ``move_to_trash(keep=True)`` makes a
copy of it in ``recycle/`` of the app's data folder out of hard links (no second copy of the bytes on
the same file system); Undo renames that copy back into the store and removes the trash's entry when
it can tell it is the same files (shared inodes). Copies older than a day are removed on the next
delete and at the window's start: by then Undo is long gone and only the trash's copy should hold the space.

Where there is no trash (Send2Trash raises: a volume whose trash cannot be made, a read-only data
folder…) ``NoTrashError`` says so and nothing is left behind, so the caller can ask before deleting for
good.
"""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import sys
import time
import uuid

from fruitclassifier import paths
from fruitclassifier.core.store.info import StoreError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

RECYCLE_DIR = "recycle"
RECYCLE_MAX_AGE_S = 24 * 3600


class NoTrashError(StoreError):
    """There is no trash for this folder; nothing was changed. Ask before deleting it for good."""


def move_to_trash(folder: Path, keep: bool = False) -> Path | None:
    """Send ``folder`` to the trash; with ``keep``, the path of the copy Undo restores (else None)."""
    kept = _link_copy(folder) if keep else None
    try:
        _send2trash(folder)
    except OSError as exc:
        if kept is not None:
            _remove_kept(kept)
        if folder.exists():
            raise NoTrashError(
                Text(QT_TRANSLATE_NOOP("core", "There is no trash for {path} ({reason}), so it cannot be moved there"),
                     path=folder, reason=str(exc.strerror or exc)),
                QT_TRANSLATE_NOOP("core", "delete it for good instead (it cannot be brought back)")) from exc
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not move {path} to the trash: {reason}"), path=folder,
                              reason=str(exc.strerror or exc))) from exc
    return kept


def take_back(kept: Path, target: Path) -> None:
    """Undo: the kept copy becomes ``target`` again, and the trash's entry of the same files goes."""
    os.replace(kept, target)
    _remove_kept(kept)
    for entry in _trash_entries(target.name):
        if _same_files(entry, target):
            shutil.rmtree(entry, ignore_errors=True)
            (entry.parent.parent / "info" / f"{entry.name}.trashinfo").unlink(missing_ok=True)


def _send2trash(folder: Path) -> None:
    """Send2Trash reads XDG_DATA_HOME once, when imported; the app honours it when a folder is sent."""
    import send2trash

    if sys.platform not in ("darwin", "win32"):
        from send2trash import plat_other

        data_home = os.path.expanduser(os.environb.get(b"XDG_DATA_HOME", b"~/.local/share"))
        plat_other.XDG_DATA_HOME, plat_other.HOMETRASH_B = data_home, os.path.join(data_home, b"Trash")
        plat_other.HOMETRASH = os.fsdecode(plat_other.HOMETRASH_B)
    send2trash.send2trash(str(folder))


def _link_copy(folder: Path) -> Path:
    """A copy of ``folder`` in recycle/<uuid>/ made of hard links (plain copies where links fail)."""
    purge_old_copies()
    kept = paths.home() / RECYCLE_DIR / uuid.uuid4().hex / folder.name

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    try:
        shutil.copytree(folder, kept, copy_function=link)
    except OSError as exc:
        _remove_kept(kept)
        raise StoreError(Text(QT_TRANSLATE_NOOP("core", "Could not keep a copy of {path} for Undo: {reason}"),
                              path=folder, reason=str(exc.strerror or exc)),
                         QT_TRANSLATE_NOOP("core", "check the free space and permissions of the app's data "
                                                   "folder")) from exc
    return kept


def _remove_kept(kept: Path) -> None:
    shutil.rmtree(kept.parent, ignore_errors=True)
    try:
        kept.parent.parent.rmdir()  # recycle/ itself, when nothing else waits there
    except OSError:
        pass


def purge_old_copies() -> None:
    """Remove Undo's copies older than a day (the window calls this at start; a delete does too)."""
    recycle = paths.home() / RECYCLE_DIR
    if not recycle.is_dir():
        return
    now = time.time()
    for entry in recycle.iterdir():
        try:
            if now - entry.stat().st_mtime > RECYCLE_MAX_AGE_S:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue


def _trash_entries(name: str) -> list[Path]:
    """Where the trash may hold ``name`` (or ``name 2``…): the home trash and the volume's, or the Finder's."""
    if sys.platform == "darwin":
        roots = [Path.home() / ".Trash"]
    elif os.name == "posix":
        data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
        mount = _mount_point(paths.models_dir())
        roots = [data_home / "Trash" / "files", mount / f".Trash-{os.getuid()}" / "files",
                 mount / ".Trash" / str(os.getuid()) / "files"]
    else:
        return []  # the recycle bin is the shell's; the deleted copy stays there
    return [p for root in roots if root.is_dir() for p in root.iterdir() if p.name.startswith(name)]


def _mount_point(path: Path) -> Path:
    path = path.resolve()
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path


def _same_files(entry: Path, restored: Path) -> bool:
    """Hard links of one another: the trash's entry is this model's, not another with the same name."""
    try:
        files = [f for f in restored.iterdir() if f.is_file()]
        return bool(files) and all((entry / f.name).stat().st_ino == f.stat().st_ino for f in files)
    except OSError:
        return False
