"""Colours derived from the current palette, so light and dark mode both stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Window).lightness() < 128


def error_color(palette: QPalette) -> QColor:
    """A red that keeps contrast with the background (light red on dark, dark red on light)."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def unsure_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for the 'Not sure' badge: amber with text that reads on it."""
    if is_dark(palette):
        return QColor("#7a5a00"), QColor("#ffe08a")
    return QColor("#ffe08a"), QColor("#5c4300")


def unknown_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for the 'Not one of mine' badge: slate blue, unlike the amber 'Not sure'."""
    if is_dark(palette):
        return QColor("#2f4a6d"), QColor("#cfe3ff")
    return QColor("#d6e4f7"), QColor("#1f3a5f")


def muted(palette: QPalette, group: QPalette.ColorGroup = QPalette.Active) -> QColor:
    """Secondary text: the palette's placeholder colour (mid-grey in either mode)."""
    return palette.color(group, QPalette.PlaceholderText)
