"""Convert between Pillow images and QImage. Safe on worker threads (QImage, never QPixmap)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
import numpy as np


def array_to_qimage(array: np.ndarray) -> QImage:
    """uint8 (H, W, 3) RGB array -> QImage that owns a copy of the pixels."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width = array.shape[:2]
    image = QImage(array.data, width, height, 3 * width, QImage.Format_RGB888)
    return image.copy()  # detach from the numpy buffer before it is freed


def pil_to_qimage(image: Any) -> QImage:
    return array_to_qimage(np.asarray(image.convert("RGB")))


def qimage_to_png_bytes(image: QImage) -> bytes:
    """Encode a QImage (e.g. from the clipboard) as PNG, the lossless route into core.images."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
