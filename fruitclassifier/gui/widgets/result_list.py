"""The stream of classification results: one item per image, a list model and a painted row delegate.

A model/delegate (not a widget per row) keeps hundreds of results cheap to add and scroll.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem, QStyledItemDelegate

from fruitclassifier.gui.base.wording import deep_translated
from fruitclassifier.gui.widgets.colors import error_color, muted, unknown_colors, unsure_colors
from fruitclassifier.gui.widgets.prob_bars import paint_prob_bars, pretty_label
from fruitclassifier.text import QT_TRANSLATE_NOOP

ITEM_ROLE = Qt.UserRole + 1
THUMB = 64  # logical pixels; thumbnails are made at 2x for HiDPI screens


#: The badge on a result row for each state that needs one.
BADGES = {"unsure": QT_TRANSLATE_NOOP("ResultDelegate", "Not sure"),
          "unknown": QT_TRANSLATE_NOOP("ResultDelegate", "Not one of mine")}


@dataclass
class ResultItem:
    """One image and what the current model said about it (or why it could not be read)."""

    key: str  # the file path, or "clipboard-N" for pasted pictures
    name: str
    path: Path | None = None
    image: Any = None  # the PIL image of a pasted picture, kept so a model change can redo it
    top: list[tuple[str, float]] = field(default_factory=list)
    error: str | None = None
    unsure: bool = False
    unknown: bool = False  # "not one of my fruits" (core/inference/open_set.py), distinct from unsure
    known_probability: float | None = None
    thumbnail: QImage | None = None
    stale: bool = False  # answered by a previous model; a new answer is on its way

    @property
    def label(self) -> str:
        return self.top[0][0] if self.top else ""

    @property
    def probability(self) -> float:
        return self.top[0][1] if self.top else 0.0

    @property
    def state(self) -> str:
        """"error", "pending", "unknown", "unsure" or "sure" (the badge, the detail pane and the CSV use it)."""
        if self.error:
            return "error"
        if not self.top:
            return "pending"
        return "unknown" if self.unknown else "unsure" if self.unsure else "sure"


class ResultListModel(QAbstractListModel):
    """Results keyed by ``ResultItem.key``: a second answer for the same image replaces the first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[ResultItem] = []
        self._rows: dict[str, int] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.DisplayRole:
            return item.name
        if role == Qt.ToolTipRole:
            where = str(item.path) if item.path else QCoreApplication.translate("ResultListModel", "pasted picture")
            return f"{where}\n{deep_translated(item.error)}" if item.error else where
        return None

    def items(self) -> list[ResultItem]:
        return list(self._items)

    def item(self, row: int) -> ResultItem:
        return self._items[row]

    def row_of(self, key: str) -> int:
        return self._rows.get(key, -1)

    def upsert(self, new_items: Iterable[ResultItem]) -> None:
        """Replace items whose key is known (keeping their thumbnail if the new one has none); append the rest."""
        appended: list[ResultItem] = []
        pending: dict[str, int] = {}
        for new in new_items:
            row = self._rows.get(new.key, -1)
            if row < 0:
                if new.key in pending:
                    appended[pending[new.key]] = new
                else:
                    pending[new.key] = len(appended)
                    appended.append(new)
                continue
            old = self._items[row]
            new.thumbnail = new.thumbnail or old.thumbnail
            new.image = new.image if new.image is not None else old.image
            self._items[row] = new
            self.dataChanged.emit(self.index(row), self.index(row))
        if appended:
            start = len(self._items)
            self.beginInsertRows(QModelIndex(), start, start + len(appended) - 1)
            for offset, item in enumerate(appended):
                self._items.append(item)
                self._rows[item.key] = start + offset
            self.endInsertRows()

    def mark_stale(self) -> None:
        for item in self._items:
            item.stale = True
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
        self._rows = {item.key: i for i, item in enumerate(self._items)}

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self._rows.clear()
        self.endResetModel()


class ResultDelegate(QStyledItemDelegate):
    """Paints a row: thumbnail, name, a 'Not sure' badge, then top-3 bars or the reason it failed."""

    MARGIN = 8
    #: The narrowest row that still shows a name, its bars and "100,0 %": Classify's list keeps at least this width
    #: (longer languages widen the panes beside it); rows take the view's width (no sideways scrolling).
    MIN_WIDTH = 330

    @classmethod
    def fit(cls, view: QListView) -> None:
        """Keep ``view`` at least MIN_WIDTH wide and its rows as wide as it is, after every resize (a window
        shrunk to 1024 px had kept rows laid out for its old width, their percentages cut off)."""
        view.setMinimumWidth(cls.MIN_WIDTH)
        view.setResizeMode(QListView.Adjust)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(self.MIN_WIDTH // 2, max(THUMB, int(line * 4.4)) + 2 * self.MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        item: ResultItem = index.data(ITEM_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PE_PanelItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        if item.stale:
            painter.setOpacity(0.45)
        selected = bool(opt.state & QStyle.State_Selected)
        rect = QRectF(opt.rect).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        self._paint_thumb(painter, QRectF(rect.left(), rect.top(), THUMB, THUMB), item, opt, style)
        text_rect = rect.adjusted(THUMB + 12, 0, 0, 0)
        line_h = opt.fontMetrics.height() * 1.25
        self._paint_title(painter, QRectF(text_rect.left(), text_rect.top(), text_rect.width(), line_h),
                          item, opt.palette, selected)
        body = text_rect.adjusted(0, line_h, 0, 0)
        if item.error:
            painter.setPen(error_color(opt.palette) if not selected else opt.palette.color(QPalette.HighlightedText))
            text = QCoreApplication.translate("ResultDelegate", "Could not read: {reason}")
            painter.drawText(body, Qt.AlignTop | Qt.AlignLeft | Qt.TextWordWrap,
                             text.format(reason=deep_translated(item.error)))
        elif item.top:
            paint_prob_bars(painter, body, item.top, opt.palette, selected)
        else:
            painter.setPen(muted(opt.palette))
            painter.drawText(body, Qt.AlignTop | Qt.AlignLeft,
                             QCoreApplication.translate("ResultDelegate", "Classifying…"))
        painter.restore()

    def _paint_thumb(self, painter: QPainter, rect: QRectF, item: ResultItem, opt, style) -> None:
        if item.thumbnail is not None and not item.thumbnail.isNull():
            size = item.thumbnail.size().scaled(THUMB, THUMB, Qt.KeepAspectRatio)
            target = QRectF(rect.left() + (THUMB - size.width()) / 2, rect.top() + (THUMB - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, item.thumbnail)
            return
        painter.setPen(Qt.NoPen)
        painter.setBrush(opt.palette.color(QPalette.Mid if not item.error else QPalette.AlternateBase))
        painter.drawRoundedRect(rect, 6, 6)
        if item.error:
            warn = style.standardIcon(QStyle.SP_MessageBoxWarning)
            painter.drawPixmap(rect.adjusted(16, 16, -16, -16).toRect(), warn.pixmap(32, 32))

    def _paint_title(self, painter: QPainter, rect: QRectF, item: ResultItem, palette: QPalette,
                     selected: bool) -> None:
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        fm = painter.fontMetrics()
        badge_w = 0.0
        badge_text = QCoreApplication.translate("ResultDelegate", BADGES[item.state]) if item.state in BADGES else ""
        if badge_text:
            badge_w = fm.horizontalAdvance(badge_text) + 16
            badge = QRectF(rect.right() - badge_w, rect.top() + 1, badge_w, rect.height() - 2)
            bg, fg = unknown_colors(palette) if item.unknown else unsure_colors(palette)
            painter.setPen(Qt.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(fg)
            painter.drawText(badge, Qt.AlignCenter, badge_text)
        painter.setPen(palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        answer, name = title_texts(item, fm, rect.width() - badge_w - 8)
        painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft, answer)
        font.setBold(False)
        painter.setFont(font)
        left = fm.horizontalAdvance(answer)
        painter.drawText(rect.adjusted(left, 0, -badge_w, 0), Qt.AlignVCenter | Qt.AlignLeft, name)


def title_texts(item: ResultItem, fm: Any, width: float) -> tuple[str, str]:
    """(the answer, in bold; "  —  file name", elided) for a result row's first line. The answer is whole:
    eliding the two together cut it ("Not on…_a.jpg"). A refused photo's badge already says "Not one of
    mine", so its line is the file name alone."""
    if not item.top or item.unknown:
        return fm.elidedText(item.name, Qt.ElideMiddle, int(width)), ""
    answer = pretty_label(item.label)
    room = width - fm.horizontalAdvance(answer)  # fm is the bold font's: the rest, drawn regular, fits too
    return answer, fm.elidedText(f"  —  {item.name}", Qt.ElideMiddle, max(int(room), 0))
