"""Compare reads one answer per photo: Try a Photo states what Disagreements and the matrices recorded."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import WORK_TIMEOUT_MS, copy_model
from helpers import make_image_folder

from fruitclassifier.core import store
from fruitclassifier.core.evaluation.metrics import evaluate
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.compare.jobs import Comparison
from fruitclassifier.gui.compare.page import ComparePage


def test_try_a_photo_says_not_one_of_my_fruits_where_the_evaluation_refused_it(qtbot, tiny_model_dir, tmp_path):
    info = copy_model(tiny_model_dir, "picky cnn", ["apple", "banana", "_other"])  # its third class: "not mine"
    info = store.update_metadata(info.name, {"open_set": {"other_class": "_other", "threshold": 1.0}})
    test = make_image_folder(tmp_path / "test", per_class=4, classes=["apple", "banana"], seed=3)
    result = evaluate(Classifier.load(info), test)
    refused = next(p for p in result.predictions if p["pred"] == "_other" and p["true"] == "apple")
    tasks = TaskManager()
    page = ComparePage(tasks)
    qtbot.addWidget(page)
    page.comparison = Comparison([info], [result], Path(test), [False])
    page.try_image(refused["path"])
    card = page.answers.cards[0]
    qtbot.waitUntil(lambda: card.answer != "", timeout=WORK_TIMEOUT_MS)
    assert card.answer == refused["pred"]  # the answer the gallery and the matrix show for this photo
    assert card.status.text().startswith("Says Not one of my fruits (closest: ")
    tasks.cancel_all_and_wait()
