"""Images per class as horizontal bars (pyqtgraph), so a lopsided data set is obvious at a glance.

Horizontal because class names are long ("Apple Golden 1") and read well on the left axis.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtWidgets import QVBoxLayout, QWidget
import pyqtgraph as pg

from fruitclassifier.gui.base.i18n import number
from fruitclassifier.gui.widgets.plot_style import style_plot

BAR_COLOUR = QColor("#2f7de1")
SMALL_COLOUR = QColor("#e0781f")  # classes far below the largest: the ones an imbalance warning is about
ROW_PX = 18
MAX_LABEL_CHARS = 22
MAX_LABELS = 16


class ClassBars(QWidget):
    """``set_counts({"apple": 120, ...})`` draws one bar per class; small classes are drawn in orange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pal = self.palette()
        self.plot = pg.PlotWidget()
        style_plot(self.plot, pal, x_label=self.tr("images"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.getViewBox().invertY(True)  # first class at the top, like a list
        self._bars: pg.BarGraphItem | None = None
        self.counts: dict[str, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(80)

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        if self._bars is not None:
            self.plot.removeItem(self._bars)
            self._bars = None
        names = list(self.counts)
        if not names:
            return
        values = [self.counts[n] for n in names]
        largest = max(values) or 1
        brushes = [pg.mkBrush(SMALL_COLOUR if v * 3 < largest else BAR_COLOUR) for v in values]
        self._bars = pg.BarGraphItem(x0=0, y=list(range(len(names))), height=0.7, width=values, brushes=brushes,
                                     pen=pg.mkPen(None))
        self.plot.addItem(self._bars)
        stride = -(-len(names) // MAX_LABELS)  # too many names overlap: label every n-th (tooltip lists all)
        self.plot.getAxis("left").setTicks([[(i, _short(n)) for i, n in enumerate(names) if i % stride == 0]])
        self.plot.setXRange(0, largest * 1.05, padding=0)
        self.plot.setYRange(-0.6, len(names) - 0.4, padding=0)
        self.setToolTip("\n".join(f"{n}: {number(v)}" for n, v in self.counts.items()))
        self.setFixedHeight(40 + ROW_PX * min(len(names), MAX_LABELS))

    def clear(self) -> None:
        self.set_counts({})


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL_CHARS else name[: MAX_LABEL_CHARS - 1] + "…"
