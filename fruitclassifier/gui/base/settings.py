"""QSettings for window state, last-used folders and the chosen language only (house rule 4: config lives in
dataclasses).

When FRUITCLASSIFIER_HOME is set (always in tests), settings are an INI file inside it, so
tests and portable setups never touch the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from fruitclassifier import paths

ORGANISATION = "fruitclassifier"
APPLICATION = "FruitClassifier"


def configure_settings() -> None:
    """Call once the QApplication exists (and again after FRUITCLASSIFIER_HOME changes, in tests)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if os.environ.get("FRUITCLASSIFIER_HOME"):
        QSettings.setDefaultFormat(QSettings.IniFormat)
        folder = paths.home() / "settings"
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
        QSettings.setPath(QSettings.IniFormat, QSettings.SystemScope, str(folder / "system"))


def settings() -> QSettings:
    return QSettings()


def last_folder(kind: str) -> str:
    """The folder a file dialog of this kind last used, else the user's home folder."""
    value = str(settings().value(f"folders/{kind}", "") or "")
    return value if value and Path(value).is_dir() else str(Path.home())


def remember_folder(kind: str, path: str | os.PathLike) -> None:
    """Remember the folder of a chosen file (or the folder itself) for the next dialog of this kind."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    settings().setValue(f"folders/{kind}", str(folder))


RECENT_LIMIT = 8  # File › Open Recent keeps this many of each kind


def recent(kind: str) -> list[str]:
    """Recently opened items of a kind ("paths": photos and folders, "models": model names), newest first."""
    value = settings().value(f"recent/{kind}", [])
    items = [value] if isinstance(value, str) else list(value or [])  # an INI list of one reads back as a str
    return [str(v) for v in items if v]


def remember_recent(kind: str, item: str) -> None:
    items = [item, *(v for v in recent(kind) if v != item)][:RECENT_LIMIT]
    settings().setValue(f"recent/{kind}", items)


def clear_recent() -> None:
    for kind in ("paths", "models"):
        settings().remove(f"recent/{kind}")


def language() -> str:
    """View › Language's choice: a language code, or "" for the system's language (the default)."""
    return str(settings().value("ui/language", "") or "")


def set_language(code: str) -> None:
    settings().setValue("ui/language", code)
    settings().sync()
