"""Confusion matrices side by side, painted with counts and class labels; clicking a cell selects it.

A plain QWidget paint rather than pyqtgraph: rotated class labels, per-cell text and
exact hit-testing are simpler with QPainter, and the matrices need no zoom or pan.
Correct answers (the diagonal) are tinted with the palette's highlight and mistakes
with the error colour, each by the share of that true class, so mistakes stand out
even when one class has many more images.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QToolTip, QWidget
import numpy as np

from fruitclassifier.core.evaluation.metrics import shown_classes
from fruitclassifier.gui.base.i18n import number, percent
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.gui.widgets.scrolled import scrolled

LABEL_WIDTH = 120  # longest class label shown before eliding, in pixels
MIN_CELL, MAX_CELL = 18, 44
COLUMNS = 2  # matrices per row at most: side by side for a pair, wrapped below for more (fewer where narrow)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = float(np.clip(t, 0.0, 1.0))
    return QColor(int(a.red() + (b.red() - a.red()) * t), int(a.green() + (b.green() - a.green()) * t),
                  int(a.blue() + (b.blue() - a.blue()) * t))


def _readable_on(fill: QColor) -> QColor:
    return QColor("#000000") if fill.lightnessF() > 0.55 else QColor("#ffffff")


class ConfusionMatrix(QWidget):
    """One model's matrix; rows are the true classes in the folder, columns every class shown or predicted.

    Rows and columns differ where the model answered with a class the folder has none of (most often
    "Not one of my fruits"): an all-empty row for it would read as a class the folder holds.
    """

    cell_clicked = Signal(str, str)  # true label, predicted label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.colour = "", QColor("#0072B2")
        self.row_labels: list[str] = []
        self.col_labels: list[str] = []
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.selected: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_matrix(
        self, title: str, labels: Sequence[str], confusion: np.ndarray, colour: QColor | None = None
    ) -> None:
        """Rows: the classes present in the folder; columns: those and any other class predicted (as the
        report's figure does)."""
        confusion = np.asarray(confusion)
        rows, cols = shown_classes(confusion)
        self.title, self.colour = title, colour or self.colour
        self.row_labels, self.col_labels = [labels[i] for i in rows], [labels[i] for i in cols]
        self.matrix = confusion[np.ix_(rows, cols)]
        self.selected = None
        right = int(confusion[rows, rows].sum())  # painted, so a screen reader gets the gist in words
        self.setAccessibleName(self.tr("Confusion matrix: {title}").format(title=title))
        classes = len(self.row_labels)  # a plain name for pyside6-lupdate
        self.setAccessibleDescription(ConfusionMatrix.tr(
            "{right} of {total} images on the diagonal (right), %n classes; click a cell to see its images", "",
            classes).format(right=right, total=int(self.matrix.sum())))
        self.updateGeometry()
        self.update()

    # --- geometry ------------------------------------------------------------------------------------

    def _margins(self) -> tuple[float, float, float]:
        """(left, top, bottom) room for row labels, the title and the rotated column labels."""
        fm = self.fontMetrics()
        longest = max((fm.horizontalAdvance(pretty_label(label)) for label in self.col_labels), default=0)
        label = min(LABEL_WIDTH, longest) + 10
        return label + fm.height() + 4, 2.2 * fm.height(), label + fm.height() + 4

    def cell_size(self) -> float:
        left, top, bottom = self._margins()
        rows, cols = max(len(self.row_labels), 1), max(len(self.col_labels), 1)
        room = min((self.width() - left - 4) / cols, (self.height() - top - bottom) / rows)
        return float(np.clip(room, MIN_CELL, MAX_CELL))

    def cell_rect(self, row: int, col: int) -> QRectF:
        left, top, _ = self._margins()
        size = self.cell_size()
        return QRectF(left + col * size, top + row * size, size, size)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        left, top, _ = self._margins()
        size = self.cell_size()
        col, row = int((pos.x() - left) // size), int((pos.y() - top) // size)
        inside = 0 <= row < len(self.row_labels) and 0 <= col < len(self.col_labels)
        return (row, col) if inside and pos.x() >= left and pos.y() >= top else None

    def sizeHint(self) -> QSize:  # noqa: N802
        left, top, bottom = self._margins()
        rows, cols = max(len(self.row_labels), 2), max(len(self.col_labels), 2)
        return QSize(int(left + cols * 28 + 8), int(top + bottom + rows * 28))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        left, top, bottom = self._margins()
        rows, cols = max(len(self.row_labels), 2), max(len(self.col_labels), 2)
        return QSize(int(left + cols * MIN_CELL + 8), int(top + bottom + rows * MIN_CELL))

    # --- painting ------------------------------------------------------------------------------------

    def cell_colour(self, row: int, col: int) -> QColor:
        pal = self.palette()
        base = pal.color(QPalette.Base)
        count, support = self.matrix[row, col], max(int(self.matrix[row].sum()), 1)
        if count == 0:
            return base
        share = 0.2 + 0.8 * count / support
        target = pal.color(QPalette.Highlight) if self.is_right(row, col) else error_color(pal)
        return _mix(base, target, share)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        self._paint_title(painter)
        if not self.row_labels:
            return
        self._paint_cells(painter)
        self._paint_labels(painter)

    def _paint_title(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        fm = painter.fontMetrics()
        painter.setBrush(self.colour)
        painter.setPen(Qt.NoPen)
        painter.drawRoundedRect(QRectF(2, fm.height() * 0.3, 10, 10), 2, 2)
        painter.setPen(self.palette().color(QPalette.Text))
        painter.drawText(
            QRectF(16, 0, self.width() - 16, fm.height() * 1.3),
            Qt.AlignLeft | Qt.AlignVCenter,
            fm.elidedText(self.title, Qt.ElideRight, self.width() - 16),
        )
        painter.setFont(self.font())

    def _paint_cells(self, painter: QPainter) -> None:
        grid = QColor(self.palette().color(QPalette.Text))
        grid.setAlphaF(0.12)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, min(self.font().pointSizeF(), self.cell_size() / 2.6)))
        painter.setFont(small)
        for (row, col), count in np.ndenumerate(self.matrix):
            rect = self.cell_rect(row, col)
            fill = self.cell_colour(row, col)
            painter.setPen(QPen(grid, 1))
            painter.setBrush(fill)
            painter.drawRect(rect)
            if count:
                painter.setPen(_readable_on(fill))
                painter.drawText(rect, Qt.AlignCenter, str(int(count)))
        if self.selected is not None:
            painter.setPen(QPen(self.palette().color(QPalette.Text), 2.5))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(self.cell_rect(*self.selected).adjusted(1, 1, -1, -1))
        painter.setFont(self.font())

    def _paint_labels(self, painter: QPainter) -> None:
        pal, fm = self.palette(), painter.fontMetrics()
        left, top, _ = self._margins()
        size, rows, cols = self.cell_size(), len(self.row_labels), len(self.col_labels)
        painter.setPen(pal.color(QPalette.Text))
        width = int(left - fm.height() - 10)
        for i, label in enumerate(self.row_labels):
            text = fm.elidedText(pretty_label(label), Qt.ElideRight, width)
            painter.drawText(
                QRectF(fm.height() + 2, top + i * size, width, size), Qt.AlignRight | Qt.AlignVCenter, text
            )
        for i, label in enumerate(self.col_labels):
            painter.save()
            painter.translate(left + (i + 0.5) * size, top + rows * size + 4)
            painter.rotate(-90)
            text = fm.elidedText(pretty_label(label), Qt.ElideRight, width)
            painter.drawText(QRectF(-width, -size / 2, width, size), Qt.AlignRight | Qt.AlignVCenter, text)
            painter.restore()
        painter.setPen(pal.color(QPalette.PlaceholderText))
        painter.save()
        painter.translate(0, top + rows * size / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-rows * size / 2, 0, rows * size, fm.height()), Qt.AlignCenter, self.tr("true class"))
        painter.restore()
        painter.drawText(QRectF(left, top + rows * size + width + 8, cols * size, fm.height()), Qt.AlignCenter,
                         self.tr("predicted class"))

    def is_right(self, row: int, col: int) -> bool:
        """Whether a cell is on the diagonal: the true class answered (rows and columns may differ)."""
        return self.row_labels[row] == self.col_labels[col]

    # --- interaction ---------------------------------------------------------------------------------

    def select(self, true_label: str, pred_label: str) -> bool:
        """Select a cell by labels (as a click would) and emit ``cell_clicked``; False if not shown."""
        if true_label not in self.row_labels or pred_label not in self.col_labels:
            return False
        self.selected = (self.row_labels.index(true_label), self.col_labels.index(pred_label))
        self.update()
        self.cell_clicked.emit(true_label, pred_label)
        return True

    def clear_selection(self) -> None:
        self.selected = None
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.LeftButton:
            self.select(self.row_labels[cell[0]], self.col_labels[cell[1]])

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        self.setCursor(Qt.PointingHandCursor if cell and self.matrix[cell] else Qt.ArrowCursor)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            QToolTip.showText(event.globalPos(), self._cell_tooltip(*cell) if cell else "", self)
            return True
        return super().event(event)

    def _cell_tooltip(self, row: int, col: int) -> str:
        count, support = int(self.matrix[row, col]), int(self.matrix[row].sum())
        true, pred = pretty_label(self.row_labels[row]), pretty_label(self.col_labels[col])
        right = self.is_right(row, col)
        if support:
            line = (ConfusionMatrix.tr("%n image(s) of {true} recognised correctly ({share} of {true})", "", count)
                    if right else
                    ConfusionMatrix.tr("%n image(s) of {true} taken for {predicted} ({share} of {true})", "", count))
        else:
            line = (ConfusionMatrix.tr("%n image(s) of {true} recognised correctly", "", count) if right else
                    ConfusionMatrix.tr("%n image(s) of {true} taken for {predicted}", "", count))
        text = line.format(true=true, predicted=pred, share=percent(count / support) if support else "")
        return text + ("\n" + self.tr("Click to see them") if count else "")


class ConfusionView(QWidget):
    """One matrix per model, two to a row (three or more wrap and scroll down, not sideways)."""

    cell_clicked = Signal(int, str, str)  # model index, true label, predicted label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrices: list[ConfusionMatrix] = []
        self._holder = QWidget()
        self._grid = QGridLayout(self._holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        scroll = scrolled(self._holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_results(self, names: Sequence[str], results: Sequence, colours: Sequence[QColor]) -> None:
        """``results`` are EvalResults (labels and confusion are read)."""
        for matrix in self.matrices:
            matrix.deleteLater()
        self.matrices = []
        for i, (name, result) in enumerate(zip(names, results)):
            matrix = ConfusionMatrix()
            title = self.tr("{model} — accuracy {accuracy}").format(model=name, accuracy=number(result.accuracy, 3))
            matrix.set_matrix(title, result.labels, result.confusion, colours[i] if i < len(colours) else None)
            matrix.cell_clicked.connect(lambda t, p, i=i: self._on_matrix_cell_clicked(i, t, p))
            self.matrices.append(matrix)
        self._reflow()

    def columns(self) -> int:
        """Matrices per row: as many whole ones as the width holds (at most COLUMNS), so none, nor its
        "Not one of my fruits" column, sits half out of view behind a scroll bar."""
        widest = max((m.sizeHint().width() for m in self.matrices), default=1)
        return max(1, min(COLUMNS, (self.width() + self._grid.spacing()) // (widest + self._grid.spacing())))

    def _reflow(self) -> None:
        columns = self.columns()
        for i, matrix in enumerate(self.matrices):
            self._grid.removeWidget(matrix)
            self._grid.addWidget(matrix, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._reflow()

    def _on_matrix_cell_clicked(self, index: int, true_label: str, pred_label: str) -> None:
        for i, matrix in enumerate(self.matrices):
            if i != index:
                matrix.clear_selection()
        self.cell_clicked.emit(index, true_label, pred_label)
