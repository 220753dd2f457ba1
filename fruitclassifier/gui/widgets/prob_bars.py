"""Top-k labels as horizontal probability bars: one painting routine for list rows and the detail pane."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from fruitclassifier.core.inference.display_names import shown_name  # per painted row: imported once
from fruitclassifier.gui.base.i18n import class_name, percent


def pretty_label(label: str) -> str:
    """What people read for a class id: 'Apple_Golden_1' -> 'Golden apple', 'Banana 1' -> 'Banana'
    (core/inference/display_names.py), in the user's language for the bundled fruit names (a user's own
    class stays as named); the ids themselves stay in files, metadata and CSV."""
    return class_name(shown_name(label))


def percent_column_width(fm: QFontMetrics, probabilities: Sequence[float]) -> int:
    """Room for the widest percentage in the user's format ("100.0%", German "99,9 %" with its space), so
    the right-aligned column never clips one."""
    return max(fm.horizontalAdvance(percent(p, 1)) for p in (1.0, *probabilities)) + 6


def paint_prob_bars(painter: QPainter, rect: QRectF, top: Sequence[tuple[str, float]],
                    palette: QPalette, selected: bool = False) -> None:
    """Draw one row per (label, probability): label, bar, percentage; the best one in the highlight colour."""
    if not top:
        return
    fm = painter.fontMetrics()
    row_h = rect.height() / max(3, len(top))
    pct_w = percent_column_width(fm, [prob for _, prob in top])
    label_w = min(rect.width() * 0.4, fm.averageCharWidth() * 20.0)  # same column in every row and item
    text = palette.color(QPalette.HighlightedText if selected else QPalette.Text)
    for i, (label, prob) in enumerate(top):
        y = rect.top() + i * row_h
        painter.setPen(text)
        label_rect = QRectF(rect.left(), y, label_w - 6, row_h)
        elided = fm.elidedText(pretty_label(label), Qt.ElideRight, int(label_rect.width()))
        painter.drawText(label_rect, Qt.AlignVCenter | Qt.AlignLeft, elided)
        bar = QRectF(rect.left() + label_w, y + row_h * 0.3, max(8.0, rect.width() - label_w - pct_w - 4), row_h * 0.4)
        _paint_bar(painter, bar, prob, palette, best=(i == 0), selected=selected)
        painter.setPen(text)
        painter.drawText(QRectF(rect.right() - pct_w, y, pct_w, row_h), Qt.AlignVCenter | Qt.AlignRight,
                         percent(prob, 1))


def _paint_bar(painter: QPainter, bar: QRectF, prob: float, palette: QPalette, best: bool, selected: bool) -> None:
    track = QColor(palette.color(QPalette.Text))
    track.setAlphaF(0.12)
    painter.setPen(Qt.NoPen)
    painter.setBrush(track)
    radius = bar.height() / 2
    painter.drawRoundedRect(bar, radius, radius)
    if best:
        fill = palette.color(QPalette.HighlightedText if selected else QPalette.Highlight)
    else:
        fill = QColor(palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        fill.setAlphaF(0.45)
    painter.setBrush(fill)
    filled = QRectF(bar.left(), bar.top(), max(bar.height(), bar.width() * float(prob)), bar.height())
    if prob > 0.001:
        painter.drawRoundedRect(filled, radius, radius)


class ProbBars(QWidget):
    """A standalone bar chart of top-k probabilities (used in the detail pane)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._top: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Top answers"))

    def set_top(self, top: Sequence[tuple[str, float]]) -> None:
        self._top = list(top)
        self.setAccessibleDescription(", ".join(f"{pretty_label(label)} {percent(p)}" for label, p in self._top))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, int(self.fontMetrics().height() * 1.7 * max(3, len(self._top))))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        paint_prob_bars(painter, QRectF(self.rect()), self._top, self.palette())
