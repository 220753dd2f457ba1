"""Draw the app's icons with QPainter and save them as PNGs in resources/icons/ (where the app reads them).

Run once after changing a drawing:  QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
Every icon is drawn as vectors on a 1024-unit canvas and rendered at each size, so
small sizes stay crisp (no downscaled bitmaps). The sidebar glyphs are white on a
coloured tile, which reads well on both light and dark palettes.
"""

from __future__ import annotations

from pathlib import Path
import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

HERE = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
GLYPH_SIZES = (16, 24, 32, 48, 64, 128)


def _apple_path() -> QPainterPath:
    """A round apple body with the dip at the top and a small notch at the bottom."""
    p = QPainterPath(QPointF(512, 330))
    p.cubicTo(600, 250, 850, 250, 862, 500)
    p.cubicTo(872, 720, 730, 905, 612, 905)
    p.cubicTo(565, 905, 545, 885, 512, 885)
    p.cubicTo(479, 885, 459, 905, 412, 905)
    p.cubicTo(294, 905, 152, 720, 162, 500)
    p.cubicTo(174, 250, 424, 250, 512, 330)
    return p


def draw_app(p: QPainter) -> None:
    """A friendly red apple with a leaf on a warm rounded tile."""
    tile = QLinearGradient(0, 0, 0, 1024)
    tile.setColorAt(0, QColor("#fff4d6"))
    tile.setColorAt(1, QColor("#ffd98a"))
    p.setPen(Qt.NoPen)
    p.setBrush(tile)
    p.drawRoundedRect(QRectF(40, 40, 944, 944), 210, 210)
    p.setPen(QPen(QColor("#6b3e1f"), 44, Qt.SolidLine, Qt.RoundCap))
    p.drawLine(QPointF(512, 350), QPointF(548, 180))  # stem
    leaf = QPainterPath(QPointF(560, 250))
    leaf.cubicTo(600, 140, 720, 110, 800, 150)
    leaf.cubicTo(760, 250, 650, 290, 560, 250)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#3fa34d"))
    p.drawPath(leaf)
    body = QRadialGradient(QPointF(420, 460), 520)
    body.setColorAt(0, QColor("#ff6b5b"))
    body.setColorAt(1, QColor("#c8202a"))
    p.setBrush(body)
    p.drawPath(_apple_path())
    p.setBrush(QColor(255, 255, 255, 150))
    p.drawEllipse(QRectF(270, 420, 120, 200))  # shine


def _tile(p: QPainter, colour: str) -> None:
    p.setPen(Qt.NoPen)
    grad = QLinearGradient(0, 0, 0, 1024)
    grad.setColorAt(0, QColor(colour).lighter(115))
    grad.setColorAt(1, QColor(colour))
    p.setBrush(grad)
    p.drawRoundedRect(QRectF(32, 32, 960, 960), 220, 220)
    p.setPen(QPen(Qt.white, 90, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    p.setBrush(Qt.NoBrush)


def draw_classify(p: QPainter) -> None:
    """Magnifying glass: look at a photo."""
    _tile(p, "#2f7de1")
    p.drawEllipse(QRectF(230, 220, 400, 400))
    p.drawLine(QPointF(590, 590), QPointF(790, 790))


def draw_train(p: QPainter) -> None:
    """A rising learning curve."""
    _tile(p, "#2e9e5b")
    p.drawPolyline([QPointF(220, 760), QPointF(400, 560), QPointF(560, 620), QPointF(800, 280)])
    p.drawLine(QPointF(800, 280), QPointF(640, 280))
    p.drawLine(QPointF(800, 280), QPointF(800, 440))


def draw_tune(p: QPainter) -> None:
    """Three sliders set to different values: settings searched."""
    _tile(p, "#1f9aa8")
    for y, knob in ((300, 620), (512, 380), (724, 540)):
        p.drawLine(QPointF(230, y), QPointF(794, y))
        p.setBrush(Qt.white)
        p.drawEllipse(QPointF(knob, y), 70, 70)
        p.setBrush(Qt.NoBrush)


def draw_compare(p: QPainter) -> None:
    """Bars of different heights: models side by side."""
    _tile(p, "#e0781f")
    p.setPen(Qt.NoPen)
    p.setBrush(Qt.white)
    for i, height in enumerate((300, 520, 420)):
        x = 230 + i * 205
        p.drawRoundedRect(QRectF(x, 800 - height, 150, height), 40, 40)


def draw_models(p: QPainter) -> None:
    """Stacked layers: the model library."""
    _tile(p, "#7b52c7")
    for dy in (0, 150, 300):
        layer = QPainterPath(QPointF(512, 230 + dy))
        layer.lineTo(800, 370 + dy)
        layer.lineTo(512, 510 + dy)
        layer.lineTo(224, 370 + dy)
        layer.closeSubpath()
        if dy == 0:
            p.setBrush(Qt.white)
        else:
            p.setBrush(Qt.NoBrush)
        p.drawPath(layer)


def render(draw, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(size / 1024, size / 1024)
    draw(p)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # kept alive while painting
    for size in APP_SIZES:
        render(draw_app, size).save(str(HERE / f"app_{size}.png"))
    render(draw_app, 1024).save(str(HERE / "app.png"))
    for name, draw in (("classify", draw_classify), ("train", draw_train), ("tune", draw_tune),
                       ("compare", draw_compare), ("models", draw_models)):
        for size in GLYPH_SIZES:
            render(draw, size).save(str(HERE / f"{name}_{size}.png"))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
