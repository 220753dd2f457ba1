"""The comparison table: one row per metric, one column per model, the best value of each row marked.

Values and "best" come from ``core.report.comparison_rows`` / ``best_per_column``, the same
functions behind ``fruitclassifier compare``, so the window and the CLI never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from fruitclassifier.core.evaluation.report import COLUMNS, best_per_column
from fruitclassifier.core.evaluation.verdict import (
    FAILS_ON_VALIDATION,
    OVERFITS,
    OVERFIT_GAP,
    VAL_TEST_GAP,
    overfits_folder,
)
from fruitclassifier.gui.base.i18n import translated
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.text import QT_TRANSLATE_NOOP

BEST_MARK = "★ "
_FORMATS = {key: (title, fmt, higher) for key, title, fmt, higher in COLUMNS}
#: Row order (the CLI table's columns, the name being the column header here).
METRICS = ["arch", "accuracy", "macro_f1", "loss", "params", "size_mb", "ms_per_image", "train_time_s", "epochs",
           "best_val_accuracy", "val_test_gap", "train_val_gap"]
TITLES = {k: v[0] for k, v in _FORMATS.items()}  # English, marked in core/evaluation/report.py (context "core")
# Advice and help are translated in the "MetricsTable" context when shown; {limit} is filled in then.
FIT_ADVICE = {OVERFITS: QT_TRANSLATE_NOOP("MetricsTable", "Overfitting: try more data, augmentation, dropout or fewer "
                                                          "epochs"),
              FAILS_ON_VALIDATION: QT_TRANSLATE_NOOP("MetricsTable", "Fails on validation from the start (not "
                                                                     "overfitting): check the data split, "
                                                                     "preprocessing or BatchNorm")}
HELP = {
    "arch": QT_TRANSLATE_NOOP("MetricsTable", "The network architecture"),
    "accuracy": QT_TRANSLATE_NOOP("MetricsTable", "Share of the test images answered correctly (higher is better)"),
    "macro_f1": QT_TRANSLATE_NOOP("MetricsTable", "F1 averaged over the classes, so a model that ignores a small "
                                                  "class scores low (higher is better)"),
    "loss": QT_TRANSLATE_NOOP("MetricsTable", "Cross-entropy on this folder: mean −log(probability given to the right "
                                              "class) over every image (lower is better)"),
    "params": QT_TRANSLATE_NOOP("MetricsTable", "Number of weights in the network (fewer is lighter)"),
    "size_mb": QT_TRANSLATE_NOOP("MetricsTable", "Size of the model file (smaller is better)"),
    "ms_per_image": QT_TRANSLATE_NOOP("MetricsTable", "Time to classify one test image on this computer, decoding "
                                                      "included (lower is faster)"),
    "train_time_s": QT_TRANSLATE_NOOP("MetricsTable", "How long training took"),
    "epochs": QT_TRANSLATE_NOOP("MetricsTable", "Passes over the training data"),
    "best_val_accuracy": QT_TRANSLATE_NOOP("MetricsTable", "Best validation accuracy seen during training (higher is "
                                                           "better)"),
    "val_test_gap": QT_TRANSLATE_NOOP("MetricsTable", "Best validation accuracy minus accuracy on this folder. Red "
                                                      "above {limit}: the model learned its training photos and does "
                                                      "not carry over to these (overfitting)"),
    "train_val_gap": QT_TRANSLATE_NOOP("MetricsTable", "Training minus validation accuracy in the last epoch. Red "
                                                       "above {limit} when the model overfits (validation loss rising) "
                                                       "or fails on validation from the start"),
}
LIMITS = {"val_test_gap": VAL_TEST_GAP, "train_val_gap": OVERFIT_GAP}


def help_text(key: str) -> str:
    """A metric's explanation in the user's language, its red limit filled in."""
    return QCoreApplication.translate("MetricsTable", HELP[key]).format(limit=f"{LIMITS.get(key, 0):.2f}")


def format_value(key: str, value: Any) -> str:
    return "—" if value is None else _FORMATS[key][1].format(value)


def colour_swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)


class MetricsTableModel(QAbstractTableModel):
    """Rows = metrics, columns = models; the best cell of each row is bold, tinted and starred."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._colours: list[QColor] = []
        self._best: dict[str, int] = {}

    def set_rows(self, rows: Sequence[dict[str, Any]], colours: Sequence[QColor] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._colours = list(colours)
        self._best = best_per_column(self._rows)
        self.endResetModel()

    def best(self) -> dict[str, int]:
        return dict(self._best)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self._rows else len(METRICS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def text(self, metric: str, column: int) -> str:
        return format_value(metric, self._rows[column].get(metric))

    def data(self, index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, column = METRICS[index.row()], index.column()
        is_best = self._best.get(key) == column
        if role == Qt.DisplayRole:
            return (BEST_MARK if is_best else "") + self.text(key, column)
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignLeft if key == "arch" else Qt.AlignRight) | Qt.AlignVCenter)
        if role == Qt.FontRole and is_best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole and is_best:
            return self._best_tint()
        if role == Qt.ForegroundRole and self._flagged(key, column):
            return error_color(self._palette())
        if role == Qt.ToolTipRole:
            return self._tooltip(key, column, is_best)
        return None

    def _overfits(self, column: int) -> bool:
        return self._rows[column].get("fit") in (OVERFITS, FAILS_ON_VALIDATION)

    def _flagged(self, key: str, column: int) -> bool:
        """A gap in red: the curves' diagnosis for train–val, the folder for val–Test."""
        if key == "val_test_gap":
            return overfits_folder(self._rows[column])
        return key == "train_val_gap" and self._overfits(column)

    def _tooltip(self, key: str, column: int, is_best: bool) -> str:
        value = QCoreApplication.translate("MetricsTable", "{model}: {metric} {value}").format(
            model=self._rows[column]["name"], metric=translated(TITLES[key]), value=self.text(key, column))
        lines = [value, help_text(key)]
        if is_best:
            lines.append(QCoreApplication.translate("MetricsTable", "Best of the {count} models").format(
                count=len(self._rows)))
        if key == "train_val_gap" and self._overfits(column):
            lines.append(QCoreApplication.translate("MetricsTable", FIT_ADVICE[self._rows[column]["fit"]]))
        return "\n".join(lines)

    @staticmethod
    def _palette() -> QPalette:
        from PySide6.QtWidgets import QApplication

        return QApplication.palette()

    def _best_tint(self) -> QColor:
        """The palette's highlight, faded over the base colour, so the text colour keeps its contrast."""
        pal = self._palette()
        base, high = pal.color(QPalette.Base), pal.color(QPalette.Highlight)
        mix = 0.28
        return QColor(
            int(base.red() * (1 - mix) + high.red() * mix),
            int(base.green() * (1 - mix) + high.green() * mix),
            int(base.blue() * (1 - mix) + high.blue() * mix),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Vertical:
            key = METRICS[section]
            if role == Qt.DisplayRole:
                return translated(TITLES[key])
            return help_text(key) if role == Qt.ToolTipRole else None
        if not 0 <= section < len(self._rows):
            return None
        if role == Qt.DisplayRole:
            return self._rows[section]["name"]
        if role == Qt.DecorationRole and section < len(self._colours):
            return colour_swatch(self._colours[section])
        if role == Qt.ToolTipRole:
            return f"{self._rows[section]['name']} ({self._rows[section]['arch']})"
        return None


class MetricsTable(QTableView):
    """A read-only view sized to its contents (the table is small: 11 rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = MetricsTableModel(self)
        self.setModel(self.metrics)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.horizontalHeader().setMinimumSectionSize(110)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.metrics.modelReset.connect(self._fit_height)

    def set_rows(self, rows: Sequence[dict[str, Any]], colours: Sequence[QColor] = ()) -> None:
        self.metrics.set_rows(rows, colours)

    def _fit_height(self) -> None:
        """Show every row without a scroll bar: the table is the page's headline."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.metrics.rowCount()))
        self.setFixedHeight(max(height, 60))
