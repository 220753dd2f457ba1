"""Per-class F1 as grouped bars (pyqtgraph BarGraphItem): one group per class, one bar per model.

Bars run sideways so long class names ("Apple Golden 1") stay readable on the left axis
instead of being squeezed under the bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget
import pyqtgraph as pg

from fruitclassifier.gui.compare.curves_overlay import legend_html, model_colour
from fruitclassifier.gui.widgets.plot_style import style_plot
from fruitclassifier.gui.widgets.prob_bars import pretty_label

GROUP = 0.8  # share of a class's row filled by its bars


def f1_table(results: Sequence) -> tuple[list[str], list[list[float]]]:
    """(classes present in the test folder, one F1 list per model): the numbers the report figure plots."""
    if not results:
        return [], []
    labels = [label for label, v in results[0].per_class().items() if v["support"] > 0]
    scores = []
    for result in results:
        per = result.per_class()
        scores.append([per[label]["f1"] if label in per else 0.0 for label in labels])
    return labels, scores


class F1Bars(QWidget):
    """Horizontal grouped bars; ``set_results`` redraws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.scores: list[list[float]] = []
        self.bars: list[pg.BarGraphItem] = []
        self.plot = pg.PlotWidget()
        pal = self.palette()
        style_plot(self.plot, pal, self.tr("F1 per class (1.0 = every image of the class found, nothing else taken "
                                           "for it)"))
        self.plot.setLabel("bottom", self.tr("F1"), color=pal.color(QPalette.Text).name())
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().invertY(True)  # first class at the top, like a list
        self.legend = QLabel()  # above the plot: a legend inside it would cover the longest bars
        self.legend.setTextFormat(Qt.RichText)
        self._empty = QLabel(self.tr("Compare models to see how well each one does on every class"))
        self._empty.setAlignment(Qt.AlignCenter)
        self._empty.setForegroundRole(QPalette.PlaceholderText)
        self._stack = QStackedLayout()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self.plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend, 0, Qt.AlignRight)
        layout.addLayout(self._stack, 1)

    def set_results(self, names: Sequence[str], results: Sequence, colours: Sequence[QColor] = ()) -> None:
        """``results`` are EvalResults; classes are those present in the first model's test folder."""
        self.plot.clear()
        self.bars = []
        self.labels, self.scores = f1_table(results)
        n = max(len(results), 1)
        height = GROUP / n
        for i, (_name, scores) in enumerate(zip(names, self.scores)):
            colour = colours[i] if i < len(colours) else model_colour(i)
            y = [row - GROUP / 2 + (i + 0.5) * height for row in range(len(self.labels))]
            bar = pg.BarGraphItem(x0=0, y=y, width=scores, height=height * 0.92, brush=colour, pen=pg.mkPen(None))
            self.plot.addItem(bar)
            self.bars.append(bar)
        self.legend.setText(legend_html(names, [colours[i] if i < len(colours) else model_colour(i)
                                                for i in range(len(names))]))
        self._set_class_ticks()
        self.plot.setXRange(0, 1.0, padding=0.02)
        self.plot.setYRange(-0.6, len(self.labels) - 0.4, padding=0)
        self.setMinimumHeight(int(80 + len(self.labels) * max(18, 7 * n)))
        self._stack.setCurrentIndex(1 if self.labels else 0)

    def _set_class_ticks(self) -> None:
        """Class names on the left axis, which is made wide enough for them at once (not after a repaint)."""
        axis = self.plot.getAxis("left")
        names = [pretty_label(label) for label in self.labels]
        axis.setTicks([list(enumerate(names))])
        axis.setWidth(max((self.fontMetrics().horizontalAdvance(n) for n in names), default=30) + 16)
