"""View › Appearance switches the whole app between light and dark and remembers it (issue 26.7)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fruitclassifier.gui.base import appearance


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.Window).lightness()


def test_dark_and_light_from_the_view_menu_and_remembered(qtbot, tiny_model):
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.appearance_actions["dark"].trigger()
        qtbot.wait(20)  # the palette reaches every widget through posted events
        assert _window_lightness() < 80 and appearance.current() == "dark"
        plot = window.page("train").monitor.plot  # built now: it reads the dark palette too
        assert plot.palette().color(QPalette.Base).lightness() < 80
        assert window.palette().color(QPalette.Base).lightness() < 80
        window.appearance_actions["light"].trigger()
        assert _window_lightness() > 180 and appearance.current() == "light"
        again = MainWindow()  # the next start keeps the choice
        qtbot.addWidget(again)
        assert again.appearance_actions["light"].isChecked()
    finally:
        appearance.apply("system")
