"""Training curves (loss and accuracy, training and validation) drawn with pyqtgraph.

Colours come from the palette so the plot matches light and dark mode.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget
import pyqtgraph as pg

from fruitclassifier.gui.widgets.plot_style import style_plot
from fruitclassifier.text import QT_TRANSLATE_NOOP

TRAIN_COLOUR = QColor("#2f7de1")
VAL_COLOUR = QColor("#e0781f")
#: (key, title, series, legend offset): the legend sits where its curves usually are not.
PANELS = (("loss", QT_TRANSLATE_NOOP("CurvesPlot", "Loss"), ("loss", "val_loss"), (-6, 6)),
          ("accuracy", QT_TRANSLATE_NOOP("CurvesPlot", "Accuracy"), ("accuracy", "val_accuracy"), (-6, -6)))


class CurvesPlot(QWidget):
    """Two small plots side by side; ``set_history`` replaces the data of existing curves (cheap to call)."""

    def __init__(self, parent: QWidget | None = None, orientation: Qt.Orientation = Qt.Horizontal) -> None:
        super().__init__(parent)
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._plots: list[pg.PlotWidget] = []
        plots = QWidget()
        row = QBoxLayout(QBoxLayout.LeftToRight if orientation == Qt.Horizontal else QBoxLayout.TopToBottom, plots)
        row.setContentsMargins(0, 0, 0, 0)
        for _key, title, series, offset in PANELS:
            row.addWidget(self._make_plot(QCoreApplication.translate("CurvesPlot", title), series, offset))
        self._empty = QLabel(self.tr("No training history stored for this model"))
        self._empty.setAlignment(Qt.AlignCenter)
        self._empty.setForegroundRole(QPalette.PlaceholderText)
        self._stack = QStackedLayout()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(plots)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._stack)
        self.setMinimumHeight(160)

    def _make_plot(self, title: str, series: Sequence[str], offset: tuple[int, int]) -> pg.PlotWidget:
        pal = self.palette()
        plot = pg.PlotWidget()
        text = pal.color(QPalette.Text)
        style_plot(plot, pal, title, x_label=self.tr("epoch"))
        backdrop = QColor(pal.color(QPalette.Base))
        backdrop.setAlphaF(0.8)
        legend = plot.addLegend(offset=offset, labelTextColor=text, brush=pg.mkBrush(backdrop))
        legend.setParentItem(plot.getPlotItem().vb)
        for name in series:
            val = name.startswith("val_")
            pen = pg.mkPen(VAL_COLOUR if val else TRAIN_COLOUR, width=2, style=Qt.DashLine if val else Qt.SolidLine)
            self._curves[name] = plot.plot([], [], pen=pen, name=self.tr("validation") if val else self.tr("training"),
                                           symbol="o", symbolSize=4, symbolBrush=pen.color(), symbolPen=None)
        self._plots.append(plot)
        return plot

    def set_history(self, history: Mapping[str, Sequence[float]] | None) -> None:
        """Show per-epoch lists (keys loss, accuracy, val_loss, val_accuracy); missing keys stay empty."""
        history = history or {}
        epochs = 0
        for name, curve in self._curves.items():
            values = [float(v) for v in history.get(name, []) if v is not None]
            curve.setData(list(range(1, len(values) + 1)), values)
            epochs = max(epochs, len(values))
        step = max(1, -(-epochs // 10))  # whole epochs only, at most about ten labels
        ticks = [[(e, str(e)) for e in range(1, epochs + 1, step)]] if epochs else None
        for plot in self._plots:
            plot.getAxis("bottom").setTicks(ticks)
            plot.enableAutoRange()
        any_data = epochs > 0
        self._stack.setCurrentIndex(1 if any_data else 0)

    def clear(self) -> None:
        self.set_history({})

    @property
    def has_data(self) -> bool:
        return self._stack.currentIndex() == 1
