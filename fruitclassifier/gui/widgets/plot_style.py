"""The one look of every pyqtgraph plot in the app, taken from the Qt palette.

Background, axes, title and grid follow the palette so light and dark mode both
read well; every plot widget (live training curves, stored curves, the Compare
overlays and bars, the dataset bars) calls ``style_plot`` instead of styling itself.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette  # PySide6 before pyqtgraph (house rule 9)

import pyqtgraph as pg


def style_plot(plot: pg.PlotWidget, palette: QPalette, title: str = "", x_label: str = "") -> None:
    """Palette colours for background, title and axes; a faint grid; no right-click menu."""
    plot.setBackground(palette.color(QPalette.Base))
    text = palette.color(QPalette.Text)
    if title:
        plot.setTitle(title, color=text.name(), size="10pt")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen(text)
        plot.getAxis(axis).setPen(palette.color(QPalette.Mid))
    if x_label:
        plot.setLabel("bottom", x_label, color=text.name())
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
