"""The confusion matrix as the Compare view paints it: rows are the classes the folder holds.

A model that can answer "Not one of my fruits" scored on a folder with no such photos used to show an
all-empty row for it, which reads as a class the folder holds; it now gets a column only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from fruitclassifier.core.evaluation.metrics import shown_classes
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.gui.widgets.confusion_view import ConfusionMatrix

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
    assert matrix._cell_tooltip(0, 2).startswith("1 image(s) of Apple 10 taken for Not one of my fruits (25% of")
    with qtbot.waitSignal(matrix.cell_clicked) as clicked:
        qtbot.mouseClick(matrix, Qt.LeftButton, pos=matrix.cell_rect(0, 2).center().toPoint())
    assert clicked.args == ["Apple 10", "_other"]
    assert not matrix.select("_other", "Apple 10")  # not a row: the folder holds none
    image = matrix.grab().toImage()
    assert image.width() == 420 and not image.isNull()
