"""At 1024×700 every view fits: the window keeps its size and no button, label or list is cut (issue 26.6)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QStyle, QStyleOptionComboBox
import pytest

SMALL = (1024, 700)


def cut_widgets(page) -> list[str]:
    """Visible buttons, one-line labels and combo boxes narrower than the text they hold."""
    found = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel) + page.findChildren(QComboBox):
        if not widget.isVisible() or (isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text())):
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        needed = widget.sizeHint().width()
        if isinstance(widget, QComboBox):  # its hint may follow a minimum length, not the text shown
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            content = QSize(widget.fontMetrics().horizontalAdvance(text), widget.height())
            measured = widget.style().sizeFromContents(QStyle.CT_ComboBox, option, content, widget).width()
            needed = max(needed, measured - 2)  # the style's sum rounds a pixel or two above what it draws
        if widget.width() < needed:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed} px")
    return found


@pytest.fixture
def small_window(qtbot, tiny_model):
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_every_view_fits_a_1024_by_700_window_without_cuts(qtbot, small_window):
    for name in small_window.page_names():
        small_window.show_page(name)
        qtbot.wait(20)  # layouts settle
        assert (small_window.width(), small_window.height()) == SMALL, name  # opening Train widened it to 1263
        assert cut_widgets(small_window.page(name)) == [], name
