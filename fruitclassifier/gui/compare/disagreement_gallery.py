"""Thumbnails of test images with every model's answer under each one.

Two uses: the gallery of images the models disagree on or get wrong, and the strip
of images behind one confusion-matrix cell. The list only holds paths and answers;
thumbnails arrive later (decoded in a Task) through ``set_thumbnails``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from fruitclassifier.gui.base.i18n import number, percent
from fruitclassifier.gui.compare.curves_overlay import legend_html, model_colour
from fruitclassifier.gui.widgets.colors import error_color, muted
from fruitclassifier.gui.widgets.prob_bars import pretty_label
from fruitclassifier.text import QT_TRANSLATE_NOOP

THUMB = 96
CELL_WIDTH = 170
MAX_ITEMS = 400  # a gallery of thousands of mistakes helps nobody; the count says how many there are
ITEM_ROLE = Qt.UserRole + 1
#: (key, what the filter box says: translated in the DisagreementGallery context)
MODES = (("any", QT_TRANSLATE_NOOP("DisagreementGallery", "Images any model gets wrong or the models disagree on")),
         ("disagree", QT_TRANSLATE_NOOP("DisagreementGallery", "Images the models disagree on")),
         ("all_wrong", QT_TRANSLATE_NOOP("DisagreementGallery", "Images every model gets wrong")))


@dataclass
class GalleryItem:
    path: str
    true: str
    answers: list[tuple[str, str, float]]  # (model name, predicted label, probability)

    @property
    def disagree(self) -> bool:
        return len({pred for _, pred, _ in self.answers}) > 1

    @property
    def wrong_count(self) -> int:
        return sum(pred != self.true for _, pred, _ in self.answers)


def aligned_items(names: Sequence[str], results: Sequence) -> list[GalleryItem]:
    """One item per test image every model answered, in the first model's order."""
    by_path = [{p["path"]: p for p in result.predictions} for result in results]
    items = []
    for path, first in by_path[0].items() if by_path else []:
        if all(path in answers for answers in by_path):
            rows = [(name, answers[path]["pred"], float(answers[path]["probability"]))
                    for name, answers in zip(names, by_path)]
            items.append(GalleryItem(path, first["true"], rows))
    return items


def disagreements(names: Sequence[str], results: Sequence, mode: str = "any") -> list[GalleryItem]:
    """Images worth a look: ``any`` (a model is wrong or they disagree), ``disagree`` or ``all_wrong``.

    Disagreements come first, then the images most models get wrong.
    """
    keep = {"any": lambda i: i.disagree or i.wrong_count > 0,
            "disagree": lambda i: i.disagree,
            "all_wrong": lambda i: i.wrong_count == len(i.answers)}[mode]
    found = [item for item in aligned_items(names, results) if keep(item)]
    return sorted(found, key=lambda i: (not i.disagree, -i.wrong_count))


def cell_items(name: str, result, true_label: str, pred_label: str) -> list[GalleryItem]:
    """The images behind one confusion-matrix cell of one model."""
    return [GalleryItem(p["path"], p["true"], [(name, p["pred"], float(p["probability"]))])
            for p in result.predictions if p["true"] == true_label and p["pred"] == pred_label]


class GalleryModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[GalleryItem] = []
        self.thumbnails: dict[str, QImage] = {}

    def set_items(self, items: Sequence[GalleryItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_thumbnails(self, pairs: Sequence[tuple[str, QImage]]) -> None:
        self.thumbnails.update(pairs)
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.DisplayRole:
            return Path(item.path).name
        if role == Qt.ToolTipRole:
            lines = [f"{item.path}", QCoreApplication.translate("GalleryModel", "True class: {name}").format(
                name=pretty_label(item.true))]
            answer = QCoreApplication.translate("GalleryModel", "{model}: {answer} ({probability})")
            lines += [answer.format(model=m, answer=pretty_label(p), probability=percent(q, 1))
                      for m, p, q in item.answers]
            return "\n".join(lines)
        return None


class GalleryDelegate(QStyledItemDelegate):
    """Thumbnail on top, the true class, then one line per model: ✓ in text colour, ✗ in the error colour."""

    def __init__(self, model: GalleryModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self.max_answers = 1
        self.colours: dict[str, QColor] = {}  # model name -> its colour in every Compare view

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(CELL_WIDTH, THUMB + 12 + line * (1 + self.max_answers) + 6)

    def paint(self, painter: QPainter, option, index) -> None:
        item: GalleryItem = index.data(ITEM_ROLE)
        pal, rect = option.palette, QRectF(option.rect).adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        if option.state & QStyle.State_Selected:
            painter.fillRect(rect, pal.color(QPalette.Highlight).lighter(170) if pal.color(QPalette.Window).lightness()
                             > 128 else pal.color(QPalette.Highlight).darker(170))
        self._paint_thumb(painter, QRectF(rect.center().x() - THUMB / 2, rect.top() + 4, THUMB, THUMB), item.path, pal)
        line = option.fontMetrics.height()
        y = rect.top() + THUMB + 8
        painter.setPen(muted(pal))
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignHCenter,
                         option.fontMetrics.elidedText(self.tr("true: {name}").format(name=pretty_label(item.true)),
                                                       Qt.ElideRight, int(rect.width())))
        for i, answer in enumerate(item.answers):
            self._paint_answer(painter, QRectF(rect.left(), y + (i + 1) * line, rect.width(), line), answer,
                               item.true, option)
        painter.restore()

    def _paint_answer(self, painter: QPainter, row: QRectF, answer: tuple[str, str, float], true: str,
                      option) -> None:
        """A square in the model's colour, then ✓ or ✗, the answer and its probability."""
        model, pred, prob = answer
        pal, fm = option.palette, option.fontMetrics
        right = pred == true
        text = fm.elidedText(f"{'✓' if right else '✗'} {pretty_label(pred)}  {percent(prob)}", Qt.ElideRight,
                             int(row.width()) - 18)
        width = fm.horizontalAdvance(text) + 14
        left = row.center().x() - width / 2
        painter.fillRect(QRectF(left, row.center().y() - 4, 9, 9), self.colours.get(model, muted(pal)))
        painter.setPen(pal.color(QPalette.Text) if right else error_color(pal))
        painter.drawText(QRectF(left + 14, row.top(), width, row.height()), Qt.AlignLeft | Qt.AlignVCenter, text)

    def _paint_thumb(self, painter: QPainter, box: QRectF, path: str, pal: QPalette) -> None:
        image = self._model.thumbnails.get(path)
        if image is None or image.isNull():
            placeholder = QColor(pal.color(QPalette.Text))
            placeholder.setAlphaF(0.08)
            painter.fillRect(box, placeholder)
            return
        size = image.size().scaled(int(box.width()), int(box.height()), Qt.KeepAspectRatio)
        target = QRectF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2,
                        size.width(), size.height())
        painter.drawImage(target, image)


class Gallery(QListView):
    """A wrapping grid of GalleryItems; emits the paths whose thumbnails it still needs."""

    thumbnails_needed = Signal(list)  # list[str]
    image_activated = Signal(str)  # a double-clicked image's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gallery = GalleryModel(self)
        self.delegate = GalleryDelegate(self.gallery, self)
        self.setModel(self.gallery)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.IconMode)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.activated.connect(lambda index: self.image_activated.emit(index.data(ITEM_ROLE).path))

    def set_items(self, items: Sequence[GalleryItem]) -> None:
        shown = list(items)[:MAX_ITEMS]
        self.delegate.max_answers = max((len(i.answers) for i in shown), default=1)
        self.gallery.set_items(shown)
        missing = [i.path for i in shown if i.path not in self.gallery.thumbnails]
        if missing:
            self.thumbnails_needed.emit(missing)

    def set_thumbnails(self, pairs: Sequence[tuple[str, QImage]]) -> None:
        self.gallery.set_thumbnails(pairs)

    def set_colours(self, colours: dict[str, QColor]) -> None:
        self.delegate.colours = dict(colours)
        self.viewport().update()

    def items(self) -> list[GalleryItem]:
        return list(self.gallery.items)


class DisagreementGallery(QWidget):
    """The gallery with a filter (disagree / all wrong / either) and a line saying how many there are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._results: list = []
        self.mode_box = QComboBox()
        for key, text in MODES:
            self.mode_box.addItem(QCoreApplication.translate("DisagreementGallery", text), key)
        self.mode_box.currentIndexChanged.connect(lambda _i: self._refill())
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.PlaceholderText)
        self.legend = QLabel()
        self.gallery = Gallery()
        self.count_label.setWordWrap(True)
        self.mode_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # its choices read whole
        self.legend.setWordWrap(True)  # the models' colours on a row of their own: beside the choice they were cut
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.mode_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.count_label)
        layout.addWidget(self.gallery, 1)

    def set_results(self, names: Sequence[str], results: Sequence, colours: Sequence[QColor] = ()) -> None:
        self._names, self._results = list(names), list(results)
        colours = list(colours) or [model_colour(i) for i in range(len(names))]
        self.gallery.set_colours(dict(zip(names, colours)))
        self.legend.setText(legend_html(names, colours))
        self._refill()

    def mode(self) -> str:
        return self.mode_box.currentData()

    def _refill(self) -> None:
        items = disagreements(self._names, self._results, self.mode()) if self._results else []
        total = len(aligned_items(self._names, self._results)) if self._results else 0
        self.gallery.set_items(items)
        if not self._results:
            self.count_label.setText("")
        elif not items:
            self.count_label.setText(self.tr("None of the {total} test images: the models agree and are right.").format(
                total=number(total)))
        else:
            line = (self.tr("{count} of {total} test images (showing the first {shown}); double-click one to see "
                            "where each model looked") if len(items) > MAX_ITEMS else
                    self.tr("{count} of {total} test images; double-click one to see where each model looked"))
            self.count_label.setText(line.format(count=number(len(items)), total=number(total), shown=MAX_ITEMS))
