"""The confusion matrix as the Compare view paints it: rows are the classes the folder holds.

A model that can answer "Not one of my fruits" scored on a folder with no such photos used to show an
all-empty row for it, which reads as a class the folder holds; it now gets a column only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
import numpy as np

from fruitclassifier.core.evaluation.metrics import shown_classes
from fruitclassifier.gui.compare.confusion_view import ConfusionMatrix
from fruitclassifier.gui.widgets.colors import error_color

LABELS = ["Apple 10", "Kiwi 1", "Lemon 1", "_other"]
#: Apple and Kiwi photos; one Apple answered "not one of mine"; no Lemon and no "other" photo in the folder.
CONFUSION = np.array([[3, 0, 0, 1], [1, 4, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def test_rows_are_the_folders_classes_and_columns_add_what_was_answered():
    rows, cols = shown_classes(CONFUSION)
    assert rows.tolist() == [0, 1] and cols.tolist() == [0, 1, 3]


def test_the_other_class_gets_a_column_not_an_empty_row(qtbot):
    matrix = ConfusionMatrix()
    qtbot.addWidget(matrix)
    matrix.resize(420, 360)
    matrix.set_matrix("tiny cnn", LABELS, CONFUSION)
    assert matrix.row_labels == ["Apple 10", "Kiwi 1"] and matrix.col_labels == ["Apple 10", "Kiwi 1", "_other"]
    assert matrix.matrix.tolist() == [[3, 0, 1], [1, 4, 0]]
    assert matrix.accessibleDescription().startswith("7 of 9 images on the diagonal") and "2 classes" in \
        matrix.accessibleDescription()
    assert matrix.is_right(1, 1) and not matrix.is_right(0, 2)
    right, wrong = matrix.palette().color(QPalette.Highlight).hue(), error_color(matrix.palette()).hue()
    hues = [matrix.cell_colour(r, c).hue() for r, c in ((0, 0), (1, 1), (0, 2), (1, 0))]
    assert np.allclose(hues, [right, right, wrong, wrong], atol=3)  # (mixed with the base: rounding)
    assert matrix.cell_at(matrix.cell_rect(1, 2).center()) == (1, 2)
    assert matrix.cell_at(matrix.cell_rect(2, 0).center()) is None  # no third row
    assert matrix._cell_tooltip(0, 2).startswith("1 image(s) of Red apple (10) taken for Not one of my fruits (25% of")
    with qtbot.waitSignal(matrix.cell_clicked) as clicked:
        qtbot.mouseClick(matrix, Qt.LeftButton, pos=matrix.cell_rect(0, 2).center().toPoint())
    assert clicked.args == ["Apple 10", "_other"]
    assert not matrix.select("_other", "Apple 10")  # not a row: the folder holds none
    image = matrix.grab().toImage()
    assert image.width() == 420 and not image.isNull()


def test_matrices_wrap_below_each_other_where_two_do_not_fit_side_by_side(qtbot):
    from types import SimpleNamespace

    from PySide6.QtGui import QColor
    from gui_helpers import show_sized

    from fruitclassifier.gui.compare.confusion_view import ConfusionView

    labels = [f"Class {i}" for i in range(14)] + ["_other"]
    result = SimpleNamespace(labels=labels, confusion=np.eye(15, dtype=int) * 5, accuracy=1.0)
    view = show_sized(qtbot, ConfusionView(), 1400, 600)
    view.set_results(["custom_cnn", "compact_cnn"], [result, result], [QColor("red"), QColor("blue")])
    wide = view.matrices[0].sizeHint().width()
    assert 2 * wide < 1400 and view.columns() == 2
    view.resize(int(1.5 * wide), 600)  # the Compare view at 1024 px: the second one was half out of view
    qtbot.waitUntil(lambda: view.columns() == 1)
    positions = [view._grid.getItemPosition(view._grid.indexOf(m))[:2] for m in view.matrices]
    assert positions == [(0, 0), (1, 0)]
