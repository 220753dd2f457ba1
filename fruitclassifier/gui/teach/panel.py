"""The teaching-set panel beside the Classify results: counts per class, thumbnails, remove, Teach.

While teaching it shows progress, Cancel and the live curve (the Train page's LivePlot); afterwards,
the before/after score on held-back photos, the answers that changed, and a button back to the
previous model. It only displays and emits: the Classify page's TeachController does the work.
A folder of class folders dropped on it asks for those photos to be added.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.core.events import EpochEnded, History, RunStarted
from fruitclassifier.gui.base.wording import counted
from fruitclassifier.gui.widgets.drop_zone import paths_from_mime
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.gui.widgets.progress_row import ProgressRow
from fruitclassifier.gui.widgets.scrolled import scrolled
from fruitclassifier.text import QT_TRANSLATE_NOOP

ICON = 56
PATH_ROLE = Qt.UserRole + 1
EMPTY_HINT = QT_TRANSLATE_NOOP("TeachPanel", "Teach this model your own photos: select results on the left, press "
                                             "“This is…” and pick or type the right class. You can also drop a "
                                             "folder of class folders here.")


class TeachPanel(QWidget):
    teach_requested = Signal()
    cancel_requested = Signal()
    go_back_requested = Signal()
    remove_requested = Signal(list)  # paths of teaching-set copies
    folders_dropped = Signal(list)  # paths of dropped folders

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.title = QLabel("<b>" + self.tr("Teaching set") + "</b>")  # tr outside an f-string: lupdate sees it
        self.counts = QLabel(self.tr(EMPTY_HINT))
        self.counts.setWordWrap(True)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.IconMode)
        self.photos.setIconSize(QSize(ICON, ICON))
        self.photos.setResizeMode(QListView.Adjust)
        self.photos.setGridSize(QSize(ICON + 14, ICON + 2 * self.fontMetrics().height()))
        self.photos.setUniformItemSizes(True)
        self.photos.setWordWrap(True)
        self.photos.setSelectionMode(QListWidget.ExtendedSelection)
        self.photos.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected copies from the teaching set (your photos stay)"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.teach_button = QPushButton(self.tr("Teach"))
        self.teach_button.setToolTip(self.tr("Save a copy of this model that has learned the teaching set"))
        self.teach_button.clicked.connect(self.teach_requested)
        self.photos.setMinimumHeight(2 * self.photos.gridSize().height() + 8)  # two rows stay while teaching
        self.progress_row = ProgressRow()
        self.progress_row.label.setWordWrap(True)  # a long step must not widen the panel (and shrink the detail)
        self.progress_row.cancel_requested.connect(self.cancel_requested)
        self.history = History()  # the head's epochs, drawn by the plot
        self.plot: Any = None  # the live curve, made at the first teaching: pyqtgraph stays off the launch path
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.back_button = QPushButton()
        # a long model name must not widen the column (it squeezed the result list at 1024 px): the button takes
        # the column's width, and its tooltip has the whole text
        self.back_button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.back_button.clicked.connect(self.go_back_requested)
        self.back_button.hide()
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.teach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.counts):
            layout.addWidget(widget)
        layout.addWidget(self.photos, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_row)
        # the summary after teaching (scores, answers that changed) scrolls in the column's room: as a plain label
        # its wrapped height and its longest file name had pushed the window past 1024x700
        self.message_area = scrolled(self.message)
        self.message_area.setMinimumHeight(60)
        self.message_area.hide()
        layout.addWidget(self.message_area)
        layout.addWidget(self.back_button)

    def _live_plot(self) -> Any:
        """The Train page's LivePlot, below the progress row; made once, when teaching first starts (importing
        pyqtgraph costs ~0.3 s, which the window's launch should not pay for a panel most users never open)."""
        if self.plot is None:
            from fruitclassifier.gui.widgets.live_plot import LivePlot

            self.plot = LivePlot()
            self.plot.show_legends(False)  # two small plots side by side: a legend would cover them
            self.plot.setMinimumHeight(150)
            self.plot.setMaximumHeight(190)  # the teaching set keeps the rest of the column
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.progress_row) + 1, self.plot)
        return self.plot

    # --- showing the set ------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Any], thumbnails: Mapping[Path, QImage]) -> None:
        """Show teaching-set entries (class_name, path, source), with thumbnails where already made."""
        self.photos.clear()
        counts: dict[str, int] = {}
        for entry in entries:
            counts[entry.class_name] = counts.get(entry.class_name, 0) + 1
            item = QListWidgetItem(pretty_label(entry.class_name))
            item.setData(PATH_ROLE, entry.path)
            item.setToolTip(f"{entry.class_name}\n{entry.source or entry.path}")
            image = thumbnails.get(entry.path)
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.photos.addItem(item)
        if counts:
            total = sum(counts.values())
            parts = " · ".join(f"{pretty_label(name)} {n}" for name, n in sorted(counts.items()))
            text = self.tr("%n photo(s): {classes}", "", total)
            self.counts.setText(counted(text, total).format(classes=parts))
        else:
            self.counts.setText(self.tr(EMPTY_HINT))
        self._update_buttons()

    def set_thumbnails(self, thumbnails: Mapping[Path, QImage]) -> None:
        for row in range(self.photos.count()):
            item = self.photos.item(row)
            image = thumbnails.get(item.data(PATH_ROLE))
            if image is not None and item.icon().isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    # --- teaching -----------------------------------------------------------------------------------

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.teach_button.setEnabled(not busy and self.photos.count() > 0)
        self.remove_button.setEnabled(not busy and bool(self.photos.selectedItems()))
        if busy:
            self.progress_row.start(message)
            self._live_plot().clear(1)
            self.plot.show()
            self.back_button.hide()
            self.show_message("")
        else:
            self.progress_row.hide()

    def add_events(self, events: Sequence[Any]) -> None:
        """Teaching events (lists from the worker, core/events.py): the head's epochs on the live curve."""
        for event in events:
            if isinstance(event, RunStarted):
                self.history = History()
                self._live_plot().clear(event.epochs)
            elif isinstance(event, EpochEnded):
                self.history.add(event)
                self._live_plot().show_epochs(self.history)
                self.progress_row.set_progress(event.epoch + 1, event.epochs, self.tr(
                    "Learning: pass {number} of {total}").format(number=event.epoch + 1, total=event.epochs))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message_area.setVisible(bool(text))

    def clear_summary(self) -> None:
        """Back to the parent model: the last teaching's message, curves and Go back button go."""
        self.show_message("")
        self.back_button.hide()
        if self.plot is not None:
            self.plot.hide()

    def offer_going_back(self, model_name: str) -> None:
        # "&" in a model's name ("Fruit & veg") would mark a shortcut letter on a button: doubled, it is shown
        self.back_button.setText(self.tr("Go back to “{name}”").format(name=model_name.replace("&", "&&")))
        self.back_button.setToolTip(self.tr("Go back to “{name}”").format(name=model_name))
        self.back_button.show()

    # --- events -------------------------------------------------------------------------------------

    def _on_remove_clicked(self) -> None:
        self.remove_requested.emit([item.data(PATH_ROLE) for item in self.photos.selectedItems()])

    def _update_buttons(self) -> None:
        busy = self.progress_row.isVisibleTo(self)
        self.teach_button.setEnabled(not busy and self.photos.count() > 0)
        self.remove_button.setEnabled(not busy and bool(self.photos.selectedItems()))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if any(Path(p).is_dir() for p in paths_from_mime(event.mimeData())):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        folders = [Path(p) for p in paths_from_mime(event.mimeData()) if Path(p).is_dir()]
        if folders:
            event.acceptProposedAction()
            self.folders_dropped.emit(folders)
