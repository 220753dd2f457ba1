"""A large area that takes dropped image files, folders and image data; shows a hint while empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, QUrl, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QStackedLayout, QVBoxLayout, QWidget

from fruitclassifier.gui.base.icons import app_icon
from fruitclassifier.gui.widgets.colors import muted
from fruitclassifier.text import QT_TRANSLATE_NOOP

EMPTY_TEXT = QT_TRANSLATE_NOOP("DropZone", "Drop fruit photos here — or press Ctrl+O")
EMPTY_DETAIL = QT_TRANSLATE_NOOP("DropZone", "Whole folders work too, and so does pasting a picture with Ctrl+V.")
#: The image files the open dialogs offer (what core/data/images decodes).
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic *.heif"


def image_file_filter() -> str:
    """The name filter of a dialog that opens photos, its descriptions in the user's language."""
    return (QCoreApplication.translate("DropZone", "Images ({patterns})").format(patterns=IMAGE_PATTERNS) + ";;"
            + QCoreApplication.translate("DropZone", "All files (*)"))


def paths_from_mime(mime: QMimeData) -> list[str]:
    """Local files and folders named by a drag or the clipboard: file URLs, or text lines that are paths."""
    found: list[str] = []
    if mime.hasUrls():
        found = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    elif mime.hasText():
        for line in mime.text().splitlines():
            line = line.strip()
            candidate = QUrl(line).toLocalFile() if line.startswith("file:") else line
            if candidate and Path(candidate).exists():
                found.append(candidate)
    return [p for p in found if p]


def image_from_mime(mime: QMimeData) -> QImage | None:
    """Picture data (from a browser or a screenshot tool) when no files are named."""
    if mime.hasImage():
        image = QImage(mime.imageData())
        return None if image.isNull() else image
    return None


def mime_is_usable(mime: QMimeData) -> bool:
    return bool(paths_from_mime(mime)) or mime.hasImage()


class DropZone(QFrame):
    """Accepts drops anywhere inside it (its children pass drops up); emits what was dropped."""

    paths_dropped = Signal(list)  # list[str]
    image_dropped = Signal(QImage)

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Photos: drop photos or folders here to classify them"))
        self._hovering = False
        self._stack = QStackedLayout()
        self._stack.addWidget(self._make_hint())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(3, 3, 3, 3)
        outer.addLayout(self._stack)
        if content is not None:
            self.set_content(content)
        self.setMinimumSize(260, 200)

    def _make_hint(self) -> QWidget:
        hint = QWidget()
        layout = QVBoxLayout(hint)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignCenter)
        title = QLabel(QCoreApplication.translate("DropZone", EMPTY_TEXT))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        title.setAlignment(Qt.AlignCenter)
        title.setWordWrap(True)
        detail = QLabel(QCoreApplication.translate("DropZone", EMPTY_DETAIL))
        detail.setAlignment(Qt.AlignCenter)
        detail.setWordWrap(True)
        detail.setForegroundRole(QPalette.PlaceholderText)
        for widget in (picture, title, detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        hint.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.hint_label, self.detail_label = title, detail
        return hint

    def set_content(self, content: QWidget) -> None:
        content.setAcceptDrops(False)  # let drops reach this zone
        self._stack.addWidget(content)

    def set_empty(self, empty: bool) -> None:
        """Show the hint (nothing dropped yet) or the content."""
        self._stack.setCurrentIndex(0 if empty or self._stack.count() < 2 else 1)
        self.update()

    @property
    def showing_hint(self) -> bool:
        return self._stack.currentIndex() == 0

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if mime_is_usable(event.mimeData()):
            event.acceptProposedAction()
            self._set_hovering(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if mime_is_usable(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._set_hovering(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_hovering(False)
        mime = event.mimeData()
        paths = paths_from_mime(mime)
        image = None if paths else image_from_mime(mime)
        if not paths and image is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if paths:
            self.paths_dropped.emit(paths)
        else:
            self.image_dropped.emit(image)

    def _set_hovering(self, hovering: bool) -> None:
        self._hovering = hovering
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        """A dashed outline while empty; a highlighted one while something is dragged over."""
        if not (self.showing_hint or self._hovering):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        colour = pal.color(QPalette.Highlight) if self._hovering else muted(pal)
        pen = QPen(colour, 2.5 if self._hovering else 1.5, Qt.SolidLine if self._hovering else Qt.DashLine)
        painter.setPen(pen)
        fill = QColor(pal.color(QPalette.Highlight))
        fill.setAlphaF(0.10 if self._hovering else 0.0)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 12, 12)
