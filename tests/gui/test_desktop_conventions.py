"""Desktop conventions: an Edit menu on the standard keys, File › Close Window and Open Recent, and a model
deleted to the trash that Edit › Undo (or the status bar's Undo) brings back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from fruitclassifier.core import store
from fruitclassifier.gui.base import settings
from fruitclassifier.gui.widgets.result_list import ResultItem


def _menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)


def _actions(menu) -> dict:
    return {a.text(): a for a in menu.actions() if a.text()}


def test_edit_menu_uses_the_platforms_standard_keys(window):
    edit = _actions(_menu(window, "Edit"))
    for text, key in (("Undo", QKeySequence.Undo), ("Copy Results", QKeySequence.Copy),
                      ("Paste Images", QKeySequence.Paste), ("Select All", QKeySequence.SelectAll),
                      ("Delete", QKeySequence.Delete)):
        assert edit[text].shortcut() == QKeySequence(key), text
    assert not edit["Undo"].isEnabled()
    rows = dict(window.shortcut_rows())
    assert rows[QKeySequence(QKeySequence.Copy).toString(QKeySequence.NativeText)] == "Copy Results"


def _items() -> list[ResultItem]:
    """A sure answer, an unsure one, one that is none of the fruits, and an unreadable file."""
    return [ResultItem("a", "apple.jpg", top=[("Apple 10", 0.97), ("Tomato 1", 0.02)]),
            ResultItem("b", "mystery.jpg", top=[("Lemon 1", 0.41), ("Banana 1", 0.35)], unsure=True),
            ResultItem("e", "portrait.jpg", top=[("Strawberry 1", 0.08)], unknown=True, known_probability=0.13),
            ResultItem("c", "broken.jpg", error="broken.jpg: truncated or damaged image")]


def test_copy_results_select_all_and_delete_act_on_the_classify_list(window):
    page = window.page("classify")
    window.show_page("classify")
    items = _items()
    page.results.upsert(items)
    edit = _actions(_menu(window, "Edit"))
    edit["Copy Results"].trigger()  # nothing selected: every result
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:4] == ["path", "label", "name", "probability"] and len(lines) == len(items) + 1
    page.view.setCurrentIndex(page.results.index(1))
    edit["Copy Results"].trigger()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 2 and copied[1].split("\t")[1] == items[1].label
    edit["Select All"].trigger()
    assert len(page.view.selectionModel().selectedRows()) == len(items)
    edit["Delete"].trigger()
    assert page.results.rowCount() == 0


def test_a_deleted_model_goes_to_the_trash_and_undo_brings_it_back(window, qtbot):
    page = window.page("models")
    window.show_page("models")
    info = page.current_info()
    with qtbot.waitSignal(page.models_changed, timeout=5000):
        page.delete_current(confirm=False)
    assert store.list_models() == []
    trash = Path(os.environ["XDG_DATA_HOME"]) / "Trash"
    assert (trash / "files" / info.path.name / "metadata.json").is_file()
    assert window.undo_action.isEnabled() and info.name in window.undo_action.text()
    assert window.undo_button.isVisibleTo(window) and not window.undo_button.isFlat()  # a button, not text

    with qtbot.waitSignal(page.models_changed, timeout=5000):
        window.undo_button.click()
    assert [m.name for m in store.list_models()] == [info.name]
    assert not (trash / "files" / info.path.name).exists()
    assert not (trash / "info" / f"{info.path.name}.trashinfo").exists()
    assert not window.undo_action.isEnabled() and not window.undo_button.isVisibleTo(window)
    assert window.page("classify").picker.current_model().name == info.name


def test_open_recent_lists_folders_and_models_and_reopens_a_model(window, tmp_path):
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    settings.remember_recent("paths", str(tmp_path / "gone"))  # no longer there: not offered
    settings.remember_recent("paths", str(folder))
    model = window.page("classify").picker.current_model().name
    window.recent_menu.aboutToShow.emit()  # as the menu opening does
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts == [str(folder), f"Model: {model}", "Clear Menu"]
    window.show_page("models")
    next(a for a in window.recent_menu.actions() if a.text() == f"Model: {model}").trigger()
    assert window.current_page_name() == "classify"
    next(a for a in window.recent_menu.actions() if a.text() == "Clear Menu").trigger()
    window.recent_menu.aboutToShow.emit()  # as the menu opening does
    assert [a.text() for a in window.recent_menu.actions()] == ["No Recent Items"]


def test_plots_follow_a_palette_change_while_the_app_runs(qapp, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from fruitclassifier.gui.widgets.live_plot import LivePlot

    plots = LivePlot()
    qtbot.addWidget(plots)
    plot = next(iter(plots._plots.values()))
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.Text, QColor("#eeeeee"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: plot.backgroundBrush().color() == QColor("#1e1e1e"), timeout=2000)
        assert plot.getAxis("left").textPen().color() == QColor("#eeeeee")
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: plot.backgroundBrush().color() == light.color(QPalette.Base), timeout=2000)


def test_painted_widgets_say_what_they_show_to_a_screen_reader(qtbot):
    import numpy as np

    from fruitclassifier.gui.compare.confusion_view import ConfusionMatrix
    from fruitclassifier.gui.widgets.prob_bars import ProbBars

    bars, matrix = ProbBars(), ConfusionMatrix()
    qtbot.addWidget(bars)
    qtbot.addWidget(matrix)
    bars.set_top([("Banana 1", 0.93), ("Lemon 1", 0.05)])
    assert bars.accessibleName() == "Top answers" and bars.accessibleDescription() == "Banana 93%, Lemon 5%"
    matrix.set_matrix("tiny cnn", ["apple", "kiwi"], np.array([[3, 1], [0, 4]]))
    assert matrix.accessibleName() == "Confusion matrix: tiny cnn"
    assert matrix.accessibleDescription().startswith("7 of 8 images on the diagonal")
