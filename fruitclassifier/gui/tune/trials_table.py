"""A study's trials as a table: number, state, score, the settings tried, the worker that ran it (host and
process id: two workers of one machine differ), why it failed. The best trial is bold; states are coloured so a
glance says how the study is going.

Fed whole snapshots (``set_trials``) read from the storage, so trials of other processes and machines
show exactly like this window's own. Rows are updated in place (no flicker, the selection stays).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from fruitclassifier.core.tuning.summary import TrialRecord
from fruitclassifier.gui.base.i18n import percent
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.text import QT_TRANSLATE_NOOP

# Every title here is English, marked for the "TrialsTable" context and translated where it is shown.
PARAMS = (
    ("learning_rate", QT_TRANSLATE_NOOP("TrialsTable", "Learning rate")),
    ("dropout", QT_TRANSLATE_NOOP("TrialsTable", "Dropout")),
    ("l2", QT_TRANSLATE_NOOP("TrialsTable", "L2")),
    ("augment_strength", QT_TRANSLATE_NOOP("TrialsTable", "Augmentation")),
    ("fine_tune_layers", QT_TRANSLATE_NOOP("TrialsTable", "Layers trained")),
)
HEADERS = ((QT_TRANSLATE_NOOP("TrialsTable", "Trial"), QT_TRANSLATE_NOOP("TrialsTable", "State"),
            QT_TRANSLATE_NOOP("TrialsTable", "Val. accuracy")) + tuple(title for _key, title in PARAMS)
           + (QT_TRANSLATE_NOOP("TrialsTable", "Worker"), QT_TRANSLATE_NOOP("TrialsTable", "Note")))
#: What the header shows (short: every column fits the Tune view at 1024 px); HEADERS are the tooltips.
SHORT_HEADERS = {
    "Val. accuracy": QT_TRANSLATE_NOOP("TrialsTable", "Val. acc."),
    "Learning rate": QT_TRANSLATE_NOOP("TrialsTable", "LR"),
    "Augmentation": QT_TRANSLATE_NOOP("TrialsTable", "Aug."),
    "Layers trained": QT_TRANSLATE_NOOP("TrialsTable", "Layers"),
}
STATE_TEXT = {
    "complete": QT_TRANSLATE_NOOP("TrialsTable", "complete"),
    "pruned": QT_TRANSLATE_NOOP("TrialsTable", "pruned (trailing)"),
    "failed": QT_TRANSLATE_NOOP("TrialsTable", "failed"),
    "running": QT_TRANSLATE_NOOP("TrialsTable", "running…"),
    "waiting": QT_TRANSLATE_NOOP("TrialsTable", "waiting"),
}


def title(text: str) -> str:
    """A title marked above (HEADERS, PARAMS, SHORT_HEADERS, STATE_TEXT) in the user's language."""
    return QCoreApplication.translate("TrialsTable", text)


def format_param(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2e}" if 0 < abs(value) < 1e-2 else f"{value:.3f}"
    return "" if value is None else str(value)


class TrialsTable(QTableWidget):
    """One row per trial, newest last; ``trial_activated`` gives the number of a double-clicked row."""

    trial_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([title(SHORT_HEADERS.get(header, header)) for header in HEADERS])
        for column, header in enumerate(HEADERS):
            self.horizontalHeaderItem(column).setToolTip(title(header))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.cellDoubleClicked.connect(lambda row, _col: self.trial_activated.emit(self.number_at(row)))
        self.records: list[TrialRecord] = []
        self._show_used_params()

    def set_trials(self, records: Sequence[TrialRecord], best_number: int | None = None) -> None:
        """Show every trial (sorted by number); the best one in bold."""
        self.records = sorted(records, key=lambda r: r.number)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            self._fill_row(row, record, record.number == best_number)
        self._show_used_params()
        self.horizontalHeader().resizeSections(QHeaderView.ResizeToContents)

    def _show_used_params(self) -> None:
        """A setting's column only where a trial searched it (the backbone's layers apply to few networks);
        before any trial, the settings every study searches."""
        for index, (key, _title) in enumerate(PARAMS):
            used = any(key in r.params for r in self.records) if self.records else key != "fine_tune_layers"
            self.setColumnHidden(3 + index, not used)

    def _fill_row(self, row: int, record: TrialRecord, best: bool) -> None:
        score = "" if record.value is None else percent(record.value, 1)
        state = title(STATE_TEXT[record.state]) if record.state in STATE_TEXT else record.state
        texts = [str(record.number), state, score]
        texts += [format_param(record.params.get(key)) for key, _title in PARAMS]
        texts += [record.worker, record.reason]
        colour = self._state_colour(record.state)
        for column, text in enumerate(texts):
            item = self.item(row, column) or QTableWidgetItem()
            item.setText(text)
            item.setToolTip(record.reason if column == len(texts) - 1 else "")
            if column in (0, 2) or 3 <= column < 3 + len(PARAMS):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            font = QFont(self.font())
            font.setBold(best)
            item.setFont(font)
            item.setForeground(colour if column == 1 else self.palette().color(QPalette.Text))
            if self.item(row, column) is None:
                self.setItem(row, column, item)

    def _state_colour(self, state: str) -> QColor:
        if state == "failed":
            return error_color(self.palette())
        if state in ("pruned", "waiting"):
            return muted(self.palette())
        if state == "running":
            return QColor("#1f77b4")
        return self.palette().color(QPalette.Text)

    def number_at(self, row: int) -> int:
        return self.records[row].number if 0 <= row < len(self.records) else -1

    def states(self) -> dict[int, str]:
        """Trial number → state as shown (what the tests and the status line read)."""
        return {r.number: r.state for r in self.records}
