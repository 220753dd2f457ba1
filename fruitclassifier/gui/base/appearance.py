"""Light or dark inside the app, or as the desktop says: View › Appearance.

The choice asks Qt for the colour scheme (``QStyleHints.setColorScheme``) and also sets the matching palette
itself, since on desktops without a platform theme (many Linux sessions) the request alone changes nothing.
Every widget then gets a PaletteChange, which the plots already follow. The choice is remembered in QSettings
(window state, house rule 4), as the desktop's own setting would be.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.base import settings

CHOICES = ("system", "light", "dark")
_KEY = "appearance"
_SYSTEM_PALETTE: list[QPalette] = []  # the desktop's palette, kept before the first change


def current() -> str:
    value = str(settings.settings().value(_KEY, "system"))
    return value if value in CHOICES else "system"


def apply(choice: str, remember: bool = True) -> None:
    """Switch the whole app to ``choice`` ("system", "light" or "dark")."""
    app = QApplication.instance()
    if app is None or choice not in CHOICES:
        return
    if not _SYSTEM_PALETTE:
        _SYSTEM_PALETTE.append(QPalette(app.palette()))
    scheme = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    QGuiApplication.styleHints().setColorScheme(scheme[choice])
    app.setPalette(_SYSTEM_PALETTE[0] if choice == "system" else
                   app.style().standardPalette() if choice == "light" else dark_palette())
    if remember:
        settings.settings().setValue(_KEY, choice)


def dark_palette() -> QPalette:
    """A plain dark palette (Fusion's roles; text contrast ≥ 7:1 on the window colour)."""
    palette = QPalette()
    colours = {QPalette.Window: "#2b2b2b", QPalette.WindowText: "#e8e8e8", QPalette.Base: "#1e1e1e",
               QPalette.AlternateBase: "#262626", QPalette.Text: "#e8e8e8", QPalette.Button: "#353535",
               QPalette.ButtonText: "#e8e8e8", QPalette.ToolTipBase: "#353535", QPalette.ToolTipText: "#e8e8e8",
               QPalette.Highlight: "#2f7bd8", QPalette.HighlightedText: "#ffffff", QPalette.Link: "#6cb2ff",
               QPalette.PlaceholderText: "#9a9a9a", QPalette.Mid: "#4a4a4a", QPalette.Dark: "#1a1a1a",
               QPalette.Light: "#505050", QPalette.Midlight: "#404040", QPalette.Shadow: "#000000"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.ButtonText, QPalette.WindowText):
        palette.setColor(QPalette.Disabled, role, QColor("#7a7a7a"))
    return palette
