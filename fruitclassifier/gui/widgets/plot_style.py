"""The one look of every pyqtgraph plot in the app, taken from the Qt palette.

Background, axes, title and grid follow the palette so light and dark mode both
read well; every plot widget (live training curves, stored curves, the Compare
overlays and bars, the dataset bars) calls ``style_plot`` instead of styling itself.
A styled plot restyles itself when the palette changes (a light/dark switch while the app runs).
"""

from __future__ import annotations

import types

from PySide6.QtCore import QEvent, QLocale, QObject  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QPalette
import pyqtgraph as pg


def style_plot(plot: pg.PlotWidget, palette: QPalette, title: str = "", x_label: str = "") -> None:
    """Palette colours for background, title and axes; a faint grid; no right-click menu; the same again
    whenever the palette changes."""
    _apply(plot, palette, title, x_label)
    if getattr(plot, "_fc_restyler", None) is None:
        plot._fc_restyler = _Restyler(plot, title, x_label)
        plot.installEventFilter(plot._fc_restyler)


class _Restyler(QObject):
    """Re-applies the palette's colours to one plot (and its legend) when the palette changes."""

    def __init__(self, plot: pg.PlotWidget, title: str, x_label: str) -> None:
        super().__init__(plot)
        self._title, self._x_label = title, x_label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            palette = watched.palette()
            _apply(watched, palette, self._title, self._x_label)
            legend = watched.getPlotItem().legend
            if legend is not None:
                legend.setLabelTextColor(palette.color(QPalette.Text))
        return False


def _apply(plot: pg.PlotWidget, palette: QPalette, title: str, x_label: str) -> None:
    plot.setBackground(palette.color(QPalette.Base))
    text = palette.color(QPalette.Text)
    if title:
        plot.setTitle(title, color=text.name(), size="10pt")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen(text)
        plot.getAxis(axis).setPen(palette.color(QPalette.Mid))
        plot.getAxis(axis).tickStrings = types.MethodType(locale_tick_strings, plot.getAxis(axis))
    if x_label:
        plot.setLabel("bottom", x_label, color=text.name())
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)


def locale_tick_strings(axis: pg.AxisItem, values: list[float], scale: float, spacing: float) -> list[str]:
    """pyqtgraph's tick labels with the user's decimal sign ("0,5" in German) and minus sign: set on each
    styled axis in place of ``AxisItem.tickStrings`` (ticks given by ``setTicks`` keep their own words)."""
    strings = pg.AxisItem.tickStrings(axis, values, scale, spacing)
    locale = QLocale()
    point, minus = locale.decimalPoint(), locale.negativeSign()
    if point == "." and minus == "-":
        return strings
    return [text.replace(".", "\0").replace("-", minus).replace("\0", point) for text in strings]
