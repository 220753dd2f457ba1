"""How the main window builds its pages other than Classify, each the first time it is shown, and wires
their signals to the window. Kept beside main_window.py so that module stays one screenful of jobs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def train_page(window: Any) -> QWidget:
    from fruitclassifier.gui.train.page import TrainPage

    page = TrainPage(window.tasks)
    page.models_changed.connect(window.refresh_models)
    page.open_in_classify.connect(window.open_in_classify)
    page.compare_requested.connect(window.compare_models)
    return page


def tune_page(window: Any) -> QWidget:
    from fruitclassifier.gui.tune.page import TunePage

    page = TunePage(window.tasks)
    page.models_changed.connect(window.refresh_models)  # the best trial's model is kept, worse ones deleted
    page.open_in_classify.connect(window.open_in_classify)
    page.compare_requested.connect(window.compare_models)
    return page


def compare_page(window: Any) -> QWidget:
    from fruitclassifier.gui.compare.page import ComparePage

    page = ComparePage(window.tasks)
    page.classifiers.notify = window.tf.announce  # a model converted on first use: say why TensorFlow loads
    return page


def models_page(window: Any) -> QWidget:
    from fruitclassifier.gui.models.page import ModelsPage

    page = ModelsPage(window.tasks, window.tf)
    page.undo_changed.connect(window.show_undo)
    page.models_changed.connect(window.refresh_models)
    page.open_in_classify.connect(window.open_in_classify)
    return page
