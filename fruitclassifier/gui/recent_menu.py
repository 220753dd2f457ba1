"""File › Open Recent, filled each time it opens: photos and folders opened, then models used (QSettings,
newest first); choosing one classifies it again or switches Classify to that model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from fruitclassifier.gui.base import settings


def fill(window: Any, menu: QMenu) -> None:
    """File › Open Recent: photos and folders opened, then models used (QSettings, newest first)."""
    menu.clear()
    opened = [p for p in settings.recent("paths") if Path(p).exists()]
    for path in opened:
        _add(menu, path, lambda _=False, p=path: window.open_paths([p]),
             QCoreApplication.translate("RecentMenu", "Classify it again"))
    if opened and settings.recent("models"):
        menu.addSeparator()
    for name in settings.recent("models"):
        _add(menu, QCoreApplication.translate("RecentMenu", "Model: {name}").format(name=name),
             lambda _=False, n=name: _open_model(window, n),
             QCoreApplication.translate("RecentMenu", "Classify with this model"))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("RecentMenu", "No Recent Items")).setEnabled(False)
    else:
        menu.addSeparator()
        _add(menu, QCoreApplication.translate("RecentMenu", "Clear Menu"), settings.clear_recent, "")


def _add(menu: QMenu, text: str, slot: Any, tip: str) -> None:
    menu.addAction(text, slot).setStatusTip(tip)


def _open_model(window: Any, name: str) -> None:
    window.classify_page.refresh_models()
    if window.classify_page.select_model(name):
        window.show_page("classify")
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("RecentMenu", "“{name}” is no longer in the library").format(name=name), 10_000)
