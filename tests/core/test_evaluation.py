"""Evaluation metrics against hand-computed values, on a real tiny model and folder."""

import shutil

from helpers import edit_metadata, make_image_folder
import numpy as np
import pytest

from fruitclassifier.core.data.folders import DataError
from fruitclassifier.core.data.images import load_array
from fruitclassifier.core.evaluation.metrics import EvalResult, compare, evaluate
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.inference.explain import gradcam, overlay


def test_metrics_from_a_known_confusion_matrix():
    confusion = np.array([[3, 1], [0, 4]])
    result = EvalResult("m", "f", ["a", "b"], confusion, [], 1.0)
    assert result.accuracy == pytest.approx(7 / 8)
    per = result.per_class()
    assert per["a"]["precision"] == pytest.approx(1.0) and per["a"]["recall"] == pytest.approx(0.75)
    assert per["b"]["precision"] == pytest.approx(0.8) and per["b"]["support"] == 4
    f1_a, f1_b = 2 * 0.75 / 1.75, 2 * 0.8 / 1.8
    assert result.macro_f1 == pytest.approx((f1_a + f1_b) / 2)


def test_evaluate_tiny_model_on_fruits360_layout(tiny_model_dir, tiny_fruits360):
    result = evaluate(Classifier.load(tiny_model_dir), tiny_fruits360)
    assert result.n == 12  # the Test/ split, 4 per class
    assert result.accuracy > 0.8
    assert result.confusion.sum() == 12 and result.params > 0 and result.file_size > 0
    data = result.to_dict()
    assert set(data["per_class"]) == {"apple", "banana", "kiwi"}
    clf = Classifier.load(tiny_model_dir)
    for p in result.predictions:  # the true class's probability, for the folder's cross-entropy (Test loss)
        probs = clf.predict_arrays(load_array(p["path"], clf.image_size)[None])[0]
        assert p["true_probability"] == pytest.approx(probs[clf.class_names.index(p["true"])], abs=1e-5)


def test_unknown_classes_are_skipped_or_refused(tiny_model_dir, tmp_path):
    clf = Classifier.load(tiny_model_dir)
    mixed = make_image_folder(tmp_path / "mixed", per_class=3, classes=["apple", "pear"])
    result = evaluate(clf, mixed)
    assert result.n == 3 and any("pear" in s for s in result.skipped)
    strangers = make_image_folder(tmp_path / "strangers", per_class=3, classes=["pear", "plum"])
    with pytest.raises(DataError, match="same class names"):
        evaluate(clf, strangers)


def test_compare_two_models(tiny_model_dir, tiny_folder, tmp_path):
    """Two different models: the second is the first with apple and kiwi's names swapped, so each of its
    answers is known by hand from the first's, and so is its accuracy."""
    swapped = tmp_path / "swapped"
    shutil.copytree(tiny_model_dir, swapped)
    edit_metadata(swapped, name="swapped", class_names=["kiwi", "banana", "apple"])
    first, second = compare([str(tiny_model_dir), str(swapped)], tiny_folder)
    assert (first.model, second.model) == ("tiny cnn", "swapped") and first.n == second.n == 36
    swap = {"apple": "kiwi", "kiwi": "apple", "banana": "banana"}
    by_path = {p["path"]: p for p in second.predictions}
    assert all(by_path[p["path"]]["pred"] == swap[p["pred"]] for p in first.predictions)
    right = sum(swap[p["pred"]] == p["true"] for p in first.predictions)
    assert second.accuracy == pytest.approx(right / 36) and first.accuracy > 0.8 > 0.5 > second.accuracy


def test_gradcam_heatmap_shape_and_overlay(tiny_model_dir, tiny_folder):
    clf = Classifier.load(tiny_model_dir)
    image = load_array(next((tiny_folder / "kiwi").iterdir()), 24)
    heat = gradcam(clf, image)
    assert heat.shape == (24, 24) and 0 <= heat.min() and heat.max() <= 1
    blended = overlay(image, heat)
    assert blended.shape == image.shape and blended.dtype == np.uint8


def test_report_figures_show_display_names(tmp_path):
    from fruitclassifier.core.evaluation.figures import confusion_matrix

    labels = ["Banana 1", "Apple Golden 1", "_other"]
    result = EvalResult("m", "f", labels, np.array([[3, 0, 1], [1, 2, 0], [0, 0, 0]]), [], 1.0)
    fig = confusion_matrix(result, tmp_path / "c.png")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Banana", "Golden apple"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Banana", "Golden apple", "Not one of my fruits"]
    assert (tmp_path / "c.png").stat().st_size > 0
