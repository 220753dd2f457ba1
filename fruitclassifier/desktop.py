"""Linux desktop integration: a .desktop entry and the app's icon in the user's XDG data folder.

Without an entry the app has no launcher in the desktop's menu, no "Open With" for photos, and the
window shows a generic icon (Wayland finds a window's icon through its desktop file, named by
QGuiApplication.setDesktopFileName). ``fruitclassifier install-desktop`` writes
``$XDG_DATA_HOME/applications/fruitclassifier.desktop`` (default ``~/.local/share``) and the icons to
``$XDG_DATA_HOME/icons/hicolor/<size>x<size>/apps/fruitclassifier.png``; ``--remove`` takes them away.
Qt-free: the CLI calls it, and the GUI only reads ``DESKTOP_ID``.
"""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import sys

from fruitclassifier import paths
from fruitclassifier.core.atomic import atomic_write

#: The desktop file's name without ".desktop"; also the icon's name and QGuiApplication's desktopFileName.
DESKTOP_ID = "fruitclassifier"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/bmp", "image/gif", "image/tiff", "image/heic",
               "image/heif", "inode/directory")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command that starts this installation: the frozen app itself, the ``fruitclassifier`` script
    beside this Python (a venv or pip's bin folder), or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("fruitclassifier")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "fruitclassifier"]


def desktop_entry(command: list[str]) -> str:
    """The .desktop file's text (freedesktop Desktop Entry 1.5); %F: the photos or folders opened with it."""
    exec_line = " ".join(_quote(part) for part in [*command, "gui"])
    return "\n".join([
        "[Desktop Entry]", "Type=Application", "Version=1.5", "Name=FruitClassifier",
        "GenericName=Fruit Photo Classifier",
        "Comment=Classify fruit photos; train, tune and compare the models that do it",
        f"Exec={exec_line} %F", f"TryExec={command[0]}", f"Icon={DESKTOP_ID}", "Terminal=false",
        "Categories=Graphics;Photography;Education;Science;", f"MimeType={';'.join(IMAGE_TYPES)};",
        "Keywords=fruit;photo;classifier;machine learning;", "StartupNotify=true",
        f"StartupWMClass={DESKTOP_ID}", ""])


def _quote(arg: str) -> str:
    """An Exec argument: quoted when it holds a reserved character, with the spec's escapes inside."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def install(command: list[str] | None = None) -> list[Path]:
    """Write the desktop entry and the icons; the files written."""
    root = data_home()
    entry = root / "applications" / f"{DESKTOP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(entry, desktop_entry(command or launcher()))
    written = [entry]
    for size, target in _icon_targets(root):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.resource_path("icons", f"app_{size}.png"), target)
        written.append(target)
    _refresh(root)
    return written


def remove() -> list[Path]:
    """Remove what ``install`` wrote; the files removed."""
    root = data_home()
    candidates = [root / "applications" / f"{DESKTOP_ID}.desktop", *(t for _, t in _icon_targets(root))]
    removed = [p for p in candidates if p.is_file()]
    for path in removed:
        path.unlink()
    _refresh(root)
    return removed


def _icon_targets(root: Path) -> list[tuple[int, Path]]:
    return [(s, root / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{DESKTOP_ID}.png") for s in ICON_SIZES]


def _refresh(root: Path) -> None:
    """Tell the menu and the icon theme (where their tools are installed; desktops also watch the folders)."""
    for tool, folder in (("update-desktop-database", root / "applications"),
                         ("gtk-update-icon-cache", root / "icons" / "hicolor")):
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            args = [exe, "-q", str(folder)] if tool.startswith("update") else [exe, "-q", "-t", "-f", str(folder)]
            try:
                subprocess.run(args, check=False, capture_output=True, timeout=30)
            except (OSError, subprocess.SubprocessError):
                pass
