"""Shows one picture scaled to fit (aspect kept, never blurred upwards past 4x), or a placeholder line."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from fruitclassifier.gui.widgets.colors import muted


class ImageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._message = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Selected photo"))

    def set_image(self, image: QImage | None) -> None:
        self._image = image if image is not None else QImage()
        self._message = ""
        self.update()

    def set_message(self, message: str) -> None:
        """Replace the picture by a line of text (loading…, could not read…)."""
        self._image = QImage()
        self._message = message
        self.update()

    def image(self) -> QImage:
        return self._image

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 320)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if self._image.isNull():
            painter.setPen(muted(self.palette()))
            painter.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self._message)
            return
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        bound = self._image.size()
        bound.scale(min(self.width(), 4 * bound.width()), min(self.height(), 4 * bound.height()),
                    Qt.KeepAspectRatio)
        size = bound.scaled(self.size(), Qt.KeepAspectRatio)
        target = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                        size.width(), size.height())
        painter.drawImage(target, self._image)
        painter.setPen(self.palette().color(QPalette.Mid))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
