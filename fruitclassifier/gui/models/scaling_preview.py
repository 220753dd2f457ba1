"""The import dialog's live preview: the model's top answers on the bundled sample photos under every
pixel scaling, side by side, so a user can see which column makes sense (core/importers/preview.py).
Clicking a column's header picks that scaling."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core.conversion import scaling
from fruitclassifier.gui.base.i18n import class_name, percent

#: runner(job, on_done, on_failed): runs ``job()`` in the background, then one of the callbacks on the GUI thread.
PreviewRunner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], None]


class ScalingPreview(QWidget):
    """A "Preview answers" button and, once answered, a photos × scalings table of top answers."""

    scaling_picked = Signal(str)

    def __init__(self, job: Callable[[], Any], runner: PreviewRunner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job, self._runner = job, runner
        self.button = QPushButton(self.tr("Preview answers on sample photos"))
        self.button.setToolTip(self.tr("Runs the model on the bundled sample photos under each scaling"))
        self.button.clicked.connect(self._on_button_clicked)
        self.button.setVisible(runner is not None)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(scaling.CHOICES))
        self.table.setHorizontalHeaderLabels(list(scaling.CHOICES))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.table.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def set_enabled(self, enabled: bool) -> None:
        self.button.setEnabled(enabled and self._runner is not None)

    def _on_button_clicked(self) -> None:
        if self._runner is None:
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Answering the sample photos…"))
        self._runner(self._job, self.show_answers, self.show_failure)

    def show_answers(self, answers: dict[str, list[tuple[str, str, float]]]) -> None:
        """Fill the table: a row per photo, a column per scaling, "Lemon 92%" in each cell."""
        photos = next(iter(answers.values()), [])
        self.table.setRowCount(len(photos))
        self.table.setVerticalHeaderLabels([photo for photo, _, _ in photos])
        for column, choice in enumerate(scaling.CHOICES):
            for row, (_, label, prob) in enumerate(answers.get(choice, [])):
                self.table.setItem(row, column, QTableWidgetItem(f"{class_name(label)} {percent(prob)}"))
        self._fit_rows()
        self.table.setVisible(True)
        self.status.setText(self.tr("Pick the column whose answers match the photos (click its header)."))
        self.button.setEnabled(True)

    def _fit_rows(self) -> None:
        """As tall as its rows (a few sample photos): the default height cut the table after a row and a half."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows  # columns stretch: no
                                  + 2 * self.table.frameWidth())  # horizontal scroll bar to leave room for

    def show_failure(self, message: str) -> None:
        self.status.setText(self.tr("No preview: {reason}").format(reason=message))
        self.button.setEnabled(True)

    def _on_header_clicked(self, column: int) -> None:
        self.scaling_picked.emit(scaling.CHOICES[column])
