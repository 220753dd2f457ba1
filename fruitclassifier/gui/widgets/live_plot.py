"""Loss and accuracy while a model trains: per batch (smoothed), per epoch, and validation.

Batch events arrive dozens of times a second; redrawing on each one would make the window
stutter. ``add_batch`` only appends numbers (per-epoch points are drawn from the run's one
``History``, owned by the RunMonitor: ``show_epochs``), and a single-shot QTimer redraws
with ``setData`` at most every ``interval_ms`` (house rule 9). Keras reports each batch's loss
as the running mean since the epoch began, so the per-batch value is recovered from two
consecutive means before smoothing; otherwise the curve would saw-tooth at every epoch.
"""

from __future__ import annotations

from collections.abc import Mapping
import math

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Qt  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QWidget
import numpy as np
import pyqtgraph as pg

from fruitclassifier.core.events import History
from fruitclassifier.gui.base.i18n import number
from fruitclassifier.gui.widgets.curves_plot import TRAIN_COLOUR, VAL_COLOUR
from fruitclassifier.gui.widgets.plot_style import style_plot
from fruitclassifier.text import QT_TRANSLATE_NOOP

EMA_WEIGHT = 0.85  # per batch; debiased, so the first points are not dragged towards zero
#: series name → (legend text or None, colour, pen style, width, symbol)
SERIES = {
    "batch_raw": (None, TRAIN_COLOUR, Qt.SolidLine, 1, None),
    "batch": (QT_TRANSLATE_NOOP("LivePlot", "training, per batch"), TRAIN_COLOUR, Qt.SolidLine, 2, None),
    "epoch": (QT_TRANSLATE_NOOP("LivePlot", "training, epoch mean"), TRAIN_COLOUR, Qt.NoPen, 1, "o"),
    "val": (QT_TRANSLATE_NOOP("LivePlot", "validation"), VAL_COLOUR, Qt.DashLine, 2, "s"),
}
#: what the hover readout calls each series, and how far (in epochs) a point may be from the mouse
HOVER = {"batch": (QT_TRANSLATE_NOOP("LivePlot", "training, smoothed"), 0.2),
         "epoch": (QT_TRANSLATE_NOOP("LivePlot", "training, epoch mean"), 0.5),
         "val": (QT_TRANSLATE_NOOP("LivePlot", "validation"), 0.5)}
METRICS = (("loss", QT_TRANSLATE_NOOP("LivePlot", "Loss")), ("accuracy", QT_TRANSLATE_NOOP("LivePlot", "Accuracy")))


class _Series:
    """x/y lists of one metric; numbers are appended cheaply and drawn later."""

    def __init__(self) -> None:
        self.x: list[float] = []
        self.y: list[float] = []
        self.dirty = True  # changed since it was last drawn

    def add(self, x: float, y: float) -> None:
        if math.isfinite(y):
            self.x.append(x)
            self.y.append(y)
            self.dirty = True


class LivePlot(QWidget):
    """Two plots (loss, accuracy) fed by training events; a crosshair shows the values under the mouse."""

    def __init__(self, interval_ms: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.redraws = 0  # how often setData ran: lets tests check the throttle
        self._data: dict[str, _Series] = {}
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._plots: dict[str, pg.PlotWidget] = {}
        self._hover: dict[str, tuple[pg.InfiniteLine, pg.TextItem]] = {}
        self._legends: dict[str, pg.LegendItem] = {}
        self._legends_wanted = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for metric, title in METRICS:
            row.addWidget(self._make_plot(metric, _tr(title)))
        self.clear()

    # --- building ----------------------------------------------------------------------------

    def _make_plot(self, metric: str, title: str) -> pg.PlotWidget:
        pal = self.palette()
        text = pal.color(QPalette.Text)
        plot = pg.PlotWidget()
        style_plot(plot, pal, title, x_label=self.tr("epoch"))
        plot.disableAutoRange()  # ranges change only when needed (_fit_ranges): a new range repaints the axes
        plot.setYRange(0, 1.0, padding=0.02)
        backdrop = QColor(pal.color(QPalette.Base))
        backdrop.setAlphaF(0.85)
        legend = plot.addLegend(offset=(-6, 6) if metric == "loss" else (-6, -6), labelTextColor=text,
                                brush=pg.mkBrush(backdrop))
        legend.setParentItem(plot.getPlotItem().vb)
        self._legends[metric] = legend
        for name, (label, colour, style, width, symbol) in SERIES.items():
            self._curves[f"{metric}:{name}"] = self._make_curve(plot, label, colour, style, width, symbol, name)
        self._add_hover(plot, metric, text, backdrop)
        plot.installEventFilter(self)  # the pointer leaving the plot ends the readout (_end_hover)
        self._plots[metric] = plot
        return plot

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Leave:
            self._end_hover()
        return False

    def _end_hover(self) -> None:
        """No crosshair or readout left behind, and the legends back: a click without a later move (a touch
        screen, or the pointer leaving fast) used to leave both for every later run."""
        for line, label in self._hover.values():
            line.hide()
            label.hide()
        for metric, legend in self._legends.items():
            legend.setVisible(self._legends_wanted and self.legend_fits(metric))

    @staticmethod
    def _make_curve(plot, label, colour, style, width, symbol, name) -> pg.PlotDataItem:
        colour = QColor(colour)
        if name == "batch_raw":
            colour.setAlpha(60)  # the noisy per-batch values stay in the background
        pen = pg.mkPen(colour, width=width, style=style) if style != Qt.NoPen else None
        curve = plot.plot([], [], pen=pen, name=_tr(label) if label else None, symbol=symbol,
                          symbolSize=7 if symbol else None, symbolBrush=colour if symbol else None, symbolPen=None)
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        return curve

    def _add_hover(self, plot: pg.PlotWidget, metric: str, text: QColor, backdrop: QColor) -> None:
        line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(text, width=1, style=Qt.DotLine))
        line.hide()
        plot.addItem(line, ignoreBounds=True)
        label = pg.TextItem(color=text, fill=pg.mkBrush(self.palette().color(QPalette.Base)),
                            border=pg.mkPen(self.palette().color(QPalette.Mid)), anchor=(0, 0))
        label.setParentItem(plot.getPlotItem().vb)  # pixel position: stays put while the data range grows
        label.setPos(8, 4)
        label.hide()
        self._hover[metric] = (line, label)
        plot.scene().sigMouseMoved.connect(lambda pos, m=metric: self._on_scene_mouse_moved(m, pos))

    # --- data --------------------------------------------------------------------------------

    def clear(self, epochs: int = 1) -> None:
        """Empty the plots for a run of ``epochs`` epochs: the x axis shows the whole run from the start."""
        self._data = {key: _Series() for key in self._curves}
        self._ema: dict[str, tuple[float, int]] = {}
        self._last_mean: dict[str, float] = {}
        self._loss_top = 0.0
        self._end_hover()
        self.set_epochs(epochs)
        self.flush()

    def set_epochs(self, epochs: int) -> None:
        for plot in self._plots.values():
            plot.setXRange(0, max(1, epochs), padding=0.02)

    def add_batch(self, epoch: int, batch: int, steps: int, logs: Mapping[str, float]) -> None:
        """One training batch (Keras' running-mean logs); drawn at the next tick of the redraw timer."""
        x = epoch + (batch + 1) / max(steps, 1)
        for metric, _title in METRICS:
            mean = float(logs.get(metric, float("nan")))
            value = self._batch_value(metric, batch, mean)
            if not math.isfinite(value):
                continue
            self._data[f"{metric}:batch_raw"].add(x, value)
            self._data[f"{metric}:batch"].add(x, self._smooth(metric, value))
        self._schedule()

    def _batch_value(self, metric: str, batch: int, mean: float) -> float:
        previous = self._last_mean.get(metric) if batch > 0 else None
        self._last_mean[metric] = mean
        if previous is None or not math.isfinite(previous):
            return mean
        value = (batch + 1) * mean - batch * previous
        return min(max(value, 0.0), 1.0) if metric == "accuracy" else max(value, 0.0)

    def _smooth(self, metric: str, value: float) -> float:
        ema, n = self._ema.get(metric, (0.0, 0))
        ema, n = EMA_WEIGHT * ema + (1 - EMA_WEIGHT) * value, n + 1
        self._ema[metric] = (ema, n)
        return ema / (1 - EMA_WEIGHT**n)

    def show_epochs(self, history: History) -> None:
        """Draw the per-epoch points from the run's history (read, not copied into a second history).

        Validation is measured at the end of epoch e (x = e + 1); Keras' training figure is the mean
        over the epoch while the weights changed, so it is drawn at the middle (x = e + 0.5).
        """
        lists = history.as_dict()
        for metric, _title in METRICS:
            for name, key, offset in (("epoch", metric, 0.5), ("val", f"val_{metric}", 1.0)):
                series = self._data[f"{metric}:{name}"] = _Series()
                for epoch, value in enumerate(lists.get(key, [])):
                    series.add(epoch + offset, value)
        self._schedule()

    def set_history(self, history: History) -> None:
        """Start over for a run; a resumed run's earlier epochs are drawn at once, so its curves continue."""
        self.clear(max(1, history.epochs()))
        self.show_epochs(history)
        self.flush()

    def series(self, key: str) -> tuple[list[float], list[float]]:
        """The drawn data of e.g. "loss:batch" or "accuracy:val" (what the user sees)."""
        x, y = self._curves[key].getData()
        return ([] if x is None else list(x)), ([] if y is None else list(y))

    def _schedule(self) -> None:
        if not self._timer.isActive() and self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Curves are not redrawn while the page is hidden; catch up when it is shown again."""
        super().showEvent(event)
        self._schedule()

    def flush(self) -> None:
        """Redraw the curves that changed (the timer calls this; tests and the end of a run may too)."""
        self._timer.stop()
        for key, curve in self._curves.items():
            data = self._data[key]
            if data.dirty:
                curve.setData(np.asarray(data.x, dtype=float), np.asarray(data.y, dtype=float))
                data.dirty = False
        self._fit_loss_range()
        self.redraws += 1

    def _fit_loss_range(self) -> None:
        """Loss axis from 0 to the largest smoothed/epoch value; re-fit only when that grows or shrinks a lot.

        Fixed ranges keep pyqtgraph from re-laying out the axes on every redraw (the costly part).
        """
        top = max((max(self._data[f"loss:{n}"].y, default=0.0) for n in ("batch", "epoch", "val")), default=0.0)
        if top > self._loss_top or top < self._loss_top / 3:
            self._loss_top = top * 1.1 or 1.0
            self._plots["loss"].setYRange(0, self._loss_top, padding=0.02)

    def show_legends(self, shown: bool) -> None:
        """Legends off for a narrow plot (the teaching panel's): there they covered the curves and the axis."""
        self._legends_wanted = shown
        self._end_hover()

    def legend_fits(self, metric: str) -> bool:
        """A legend is shown only where the plot is wide enough for all of it: at 1024 px it was cut at the
        plot's left edge ("raining (per batch…")."""
        legend, vb = self._legends[metric], self._plots[metric].getPlotItem().vb
        return legend.boundingRect().width() + 12 <= vb.width()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self._end_hover)  # after the plots have their new sizes

    # --- hover -------------------------------------------------------------------------------

    def _on_scene_mouse_moved(self, metric: str, pos) -> None:
        plot = self._plots[metric]
        line, label = self._hover[metric]
        vb = plot.getPlotItem().vb
        inside = vb.sceneBoundingRect().contains(pos)
        # the readout says the same, and the legend would hide it
        self._legends[metric].setVisible(self._legends_wanted and not inside and self.legend_fits(metric))
        if not inside:
            line.hide()
            label.hide()
            return
        x = vb.mapSceneToView(pos).x()
        text = self.readout(metric, x)
        line.setPos(x)
        line.show()
        label.setText(text)
        label.setVisible(bool(text))
        px = vb.mapFromScene(pos).x()
        left = px < vb.width() / 2  # the readout goes on the roomier side of the line
        label.setAnchor((0, 0) if left else (1, 0))
        label.setPos(px + 8 if left else px - 8, 4)

    def readout(self, metric: str, x: float) -> str:
        """The values nearest to epoch position ``x`` in one plot, one line per series."""
        lines = [self.tr("epoch {x}").format(x=number(x, 2))]
        for name, (title, within) in HOVER.items():
            point = _nearest(self._data[f"{metric}:{name}"], x, within)
            if point is not None:
                lines.append(self.tr("{series}: {value}  (at {x})").format(
                    series=_tr(title), value=number(point[1], 3), x=number(point[0], 2)))
        return "\n".join(lines) if len(lines) > 1 else ""


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("LivePlot", …)``, in the user's language."""
    return QCoreApplication.translate("LivePlot", text)


def _nearest(series: _Series, x: float, within: float) -> tuple[float, float] | None:
    if not series.x:
        return None
    xs = np.asarray(series.x)
    i = int(np.argmin(np.abs(xs - x)))
    return (series.x[i], series.y[i]) if abs(series.x[i] - x) <= within else None
