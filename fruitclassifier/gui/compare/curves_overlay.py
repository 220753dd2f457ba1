"""Training curves of several models overlaid: one colour per model, training solid, validation dashed.

The single-model ``CurvesPlot`` fixes its colours to training/validation; comparing needs the
colour to mean the model instead, so this is its sibling with the same palette-aware styling.
``model_colour`` is the one colour map every Compare widget uses, so a model keeps its colour
in the table header, the curves, the F1 bars and the answers.
"""

from __future__ import annotations

from collections.abc import Sequence
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget
import pyqtgraph as pg

from fruitclassifier.gui.widgets.plot_style import style_plot
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, readable on light and dark.
MODEL_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
PANELS = (("loss", QT_TRANSLATE_NOOP("CurvesOverlay", "Loss")),
          ("accuracy", QT_TRANSLATE_NOOP("CurvesOverlay", "Accuracy")))


def model_colour(index: int) -> QColor:
    return QColor(MODEL_COLOURS[index % len(MODEL_COLOURS)])


def legend_html(names: Sequence[str], colours: Sequence[QColor]) -> str:
    """A one-line legend: a coloured square before each model's name."""
    return "&nbsp;&nbsp;&nbsp;".join(f"<span style='color:{c.name()}'>&#9632;</span>&nbsp;{html.escape(n)}"
                                     for n, c in zip(names, colours))


class CurvesOverlay(QWidget):
    """Loss and accuracy per epoch for every model; ``set_histories`` redraws everything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: dict[str, pg.PlotWidget] = {}
        self._legends: dict[str, Any] = {}
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for key, title in PANELS:
            row.addWidget(self._make_plot(key, QCoreApplication.translate("CurvesOverlay", title)))
        self._empty = QLabel(self.tr("No training history is stored for these models"))
        self._empty.setAlignment(Qt.AlignCenter)
        self._empty.setForegroundRole(QPalette.PlaceholderText)
        self._stack = QStackedLayout()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(holder)
        self.caption = QLabel(self.tr("Training: solid lines, filled dots · validation: dashed lines, open dots"))
        self.caption.setWordWrap(True)  # one line in English; German needs more than the window's width
        self.caption.setAlignment(Qt.AlignRight)  # full width, text on the right: it wraps only when it must
        self.caption.setForegroundRole(QPalette.PlaceholderText)
        self.caption.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._stack, 1)
        outer.addWidget(self.caption)
        self.setMinimumHeight(180)

    def _make_plot(self, key: str, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        pal = self.palette()
        style_plot(plot, pal, title, x_label=self.tr("epoch"))
        backdrop = QColor(pal.color(QPalette.Base))
        backdrop.setAlphaF(0.8)
        offset = (-6, 6) if key == "loss" else (-6, -6)  # where the curves usually are not
        legend = plot.addLegend(offset=offset, labelTextColor=pal.color(QPalette.Text), brush=pg.mkBrush(backdrop))
        legend.setParentItem(plot.getPlotItem().vb)
        self.plots[key], self._legends[key] = plot, legend
        return plot

    def set_histories(self, names: Sequence[str], histories: Sequence[dict | None]) -> None:
        """One (name, history) per model; histories hold per-epoch lists (loss, val_loss, accuracy, …)."""
        any_data = False
        epochs = max((len((h or {}).get("loss") or []) for h in histories), default=0)
        for key, plot in self.plots.items():
            plot.clear()
            self._legends[key].clear()
            for i, (name, hist) in enumerate(zip(names, histories)):
                any_data |= self._plot_model(plot, key, i, name, hist or {})
            plot.enableAutoRange()
            # whole epochs on the axis while there are few of them (not 0.6, 0.8, 1.0, …)
            plot.getAxis("bottom").setTickSpacing(*((1, 1) if epochs <= 15 else (None, None)))
            plot.setXRange(0.5, max(epochs, 1) + 0.5, padding=0)
        self._stack.setCurrentIndex(1 if any_data else 0)
        self.caption.setVisible(any_data)

    def _plot_model(self, plot: pg.PlotWidget, key: str, index: int, name: str, hist: dict) -> bool:
        colour, drew = model_colour(index), False
        for series, style in ((key, Qt.SolidLine), (f"val_{key}", Qt.DashLine)):
            values = [float(v) for v in hist.get(series) or [] if v is not None]
            if not values:
                continue
            pen = pg.mkPen(colour, width=2, style=style)
            legend_name = name if style == Qt.SolidLine or not drew else None
            val = style == Qt.DashLine  # open dots for validation: tells them apart even at one epoch
            plot.plot(list(range(1, len(values) + 1)), values, pen=pen, name=legend_name, symbol="o",
                      symbolSize=7 if val else 6, symbolBrush=self.palette().color(QPalette.Base) if val else colour,
                      symbolPen=pg.mkPen(colour, width=1.5))
            drew = True
        return drew

    @property
    def has_data(self) -> bool:
        return self._stack.currentIndex() == 1

    def curve_count(self) -> int:
        """How many lines are drawn (for tests): up to four per model."""
        return sum(len(plot.getPlotItem().listDataItems()) for plot in self.plots.values())
