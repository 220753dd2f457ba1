"""Icons from resources/icons, each with every size drawn, so HiDPI screens get crisp pixels."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from fruitclassifier import paths


@cache
def icon(name: str) -> QIcon:
    """QIcon holding every ``<name>_<size>.png`` found (empty icon when none: never crash on a missing file)."""
    result = QIcon()
    folder = paths.resource_path("icons")
    for file in sorted(folder.glob(f"{name}_*.png")):
        suffix = file.stem.rsplit("_", 1)[-1]
        if suffix.isdigit():
            result.addFile(str(file))
    return result


def app_icon() -> QIcon:
    return icon("app")
