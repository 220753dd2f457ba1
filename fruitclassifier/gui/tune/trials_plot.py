"""How a study is going, drawn with pyqtgraph: each finished trial's validation accuracy with the best so
far as a step line (TrialsPlot), and which settings mattered most (ImportanceBars, Optuna's fANOVA
importances, shown once enough trials finished).

Both take whole snapshots and replace the data of existing items (cheap, so a poll every second or two
costs nothing visible).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import math

from PySide6.QtCore import Qt  # PySide6 before pyqtgraph (house rule 9)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget
import pyqtgraph as pg

from fruitclassifier.core.tuning.summary import TrialRecord
from fruitclassifier.gui.tune.trials_table import PARAMS, title
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.gui.widgets.curves_plot import TRAIN_COLOUR, VAL_COLOUR
from fruitclassifier.gui.widgets.plot_style import style_plot

MIN_FOR_IMPORTANCE = 3  # complete trials before importances mean anything (core/tuning/summary.py agrees)


def best_so_far(records: Sequence[TrialRecord]) -> tuple[list[float], list[float]]:
    """(trial numbers, best validation accuracy up to each) over the complete trials, in trial order."""
    xs, ys, best = [], [], -math.inf
    for record in sorted(records, key=lambda r: r.number):
        if record.state == "complete" and record.value is not None:
            best = max(best, record.value)
            xs.append(float(record.number))
            ys.append(best)
    return xs, ys


def score_floor(values: Sequence[float]) -> float:
    """The bottom of the score axis: a tenth below the worst score, on a 0.1 step (0 with no scores)."""
    return max(0.0, math.floor(min(values, default=0.0) * 10 - 1) / 10)


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignCenter)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    return label


class TrialsPlot(QWidget):
    """Validation accuracy per complete trial (dots) and the best so far (a step line); pruned (grey
    triangles) and failed trials (red crosses) sit on the bottom of the axis: they have no score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pal = self.palette()
        self.plot = pg.PlotWidget()
        style_plot(self.plot, pal, self.tr("Validation accuracy per trial"), x_label=self.tr("trial"))
        self.plot.setYRange(0, 1.0, padding=0.02)
        self.plot.setMouseEnabled(x=False, y=False)
        legend = self.plot.addLegend(offset=(-6, -6), labelTextColor=pal.color(QPalette.Text))
        legend.setParentItem(self.plot.getPlotItem().vb)
        self.best = self.plot.plot([], [], pen=pg.mkPen(VAL_COLOUR, width=2), name=self.tr("best so far"))
        self.complete = self.plot.plot([], [], pen=None, symbol="o", symbolSize=8, symbolBrush=TRAIN_COLOUR,
                                       symbolPen=None, name=self.tr("trial"))
        self.pruned = self.plot.plot([], [], pen=None, symbol="t", symbolSize=8, symbolBrush=muted(pal),
                                     symbolPen=None, name=self.tr("pruned"))
        self.failed = self.plot.plot([], [], pen=None, symbol="x", symbolSize=9,
                                     symbolBrush=error_color(pal), symbolPen=None, name=self.tr("failed"))
        self._stack = QStackedLayout()
        self._stack.addWidget(_placeholder(self.tr("Each trial's validation accuracy appears here as it finishes")))
        self._stack.addWidget(self.plot)
        QVBoxLayout(self).addLayout(self._stack)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def set_trials(self, records: Sequence[TrialRecord]) -> None:
        done = [r for r in records if r.state == "complete" and r.value is not None]
        self.complete.setData([float(r.number) for r in done], [r.value for r in done])
        self.best.setData(*_steps(*best_so_far(records)))
        floor = score_floor([r.value for r in done])  # close-run studies (97-100 %) still read apart
        self.plot.setYRange(floor, 1.0, padding=0.04)
        for item, state in ((self.pruned, "pruned"), (self.failed, "failed")):
            numbers = [float(r.number) for r in records if r.state == state]
            item.setData(numbers, [floor] * len(numbers))
        finished = [r for r in records if r.state in ("complete", "pruned", "failed")]
        self._stack.setCurrentIndex(1 if finished else 0)
        last = max(max((r.number for r in records), default=0), 4)
        self.plot.setXRange(-0.5, last + 0.5, padding=0)
        step = max(1, round(last / 10))  # whole trial numbers, about ten of them
        self.plot.getAxis("bottom").setTickSpacing(step, step)

    def points(self) -> tuple[list[float], list[float]]:
        """The drawn complete-trial dots (what the tests read)."""
        x, y = self.complete.getData()
        return ([] if x is None else list(x)), ([] if y is None else list(y))

    def best_line(self) -> tuple[list[float], list[float]]:
        x, y = self.best.getData()
        return ([] if x is None else list(x)), ([] if y is None else list(y))


def _steps(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """A step line: the best holds until the next trial that beats it."""
    sx, sy = [], []
    for i, (x, y) in enumerate(zip(xs, ys)):
        if i:
            sx.append(x)
            sy.append(ys[i - 1])
        sx.append(x)
        sy.append(y)
    return sx, sy


class ImportanceBars(QWidget):
    """Horizontal bars of each setting's share in the score's variation (they add up to 1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, float] = {}
        self.plot = pg.PlotWidget()
        style_plot(self.plot, self.palette(), self.tr("Which settings mattered"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setXRange(0, 1.0, padding=0.02)
        self.plot.getPlotItem().invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=QColor(TRAIN_COLOUR))
        self.plot.addItem(self.bars)
        self._empty = _placeholder(self.tr("Shown once {count} trials have finished with different settings").format(
            count=MIN_FOR_IMPORTANCE))
        self._stack = QStackedLayout()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self.plot)
        QVBoxLayout(self).addLayout(self._stack)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def set_importances(self, importances: Mapping[str, float]) -> None:
        titles = {key: title(text) for key, text in PARAMS}
        self.values = dict(sorted(importances.items(), key=lambda kv: -kv[1]))
        names = list(self.values)
        self.bars.setOpts(x0=[0.0] * len(names), y=list(range(len(names))), width=list(self.values.values()))
        self.plot.getAxis("left").setTicks([[(i, titles.get(n, n)) for i, n in enumerate(names)]])
        self.plot.setYRange(-0.5, max(len(names), 1) - 0.5, padding=0.05)
        self._stack.setCurrentIndex(1 if names else 0)
