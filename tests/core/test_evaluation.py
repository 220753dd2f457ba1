"""Evaluation metrics against hand-computed values, on a real tiny model and folder."""

import numpy as np
import pytest

from fruitclassifier.core.data import DataError
from fruitclassifier.core.evaluation import EvalResult, compare, evaluate
from fruitclassifier.core.explain import gradcam, overlay
from fruitclassifier.core.images import load_array
from fruitclassifier.core.inference import Classifier
from tests.conftest import make_image_folder


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


def test_unknown_classes_are_skipped_or_refused(tiny_model_dir, tmp_path):
    clf = Classifier.load(tiny_model_dir)
    mixed = make_image_folder(tmp_path / "mixed", per_class=3, classes=["apple", "pear"])
    result = evaluate(clf, mixed)
    assert result.n == 3 and any("pear" in s for s in result.skipped)
    strangers = make_image_folder(tmp_path / "strangers", per_class=3, classes=["pear", "plum"])
    with pytest.raises(DataError, match="same class names"):
        evaluate(clf, strangers)


def test_compare_two_models(tiny_model_dir, tiny_folder):
    results = compare([str(tiny_model_dir), str(tiny_model_dir)], tiny_folder)
    assert len(results) == 2 and results[0].accuracy == results[1].accuracy


def test_gradcam_heatmap_shape_and_overlay(tiny_model_dir, tiny_folder):
    clf = Classifier.load(tiny_model_dir)
    image = load_array(next((tiny_folder / "kiwi").iterdir()), 24)
    heat = gradcam(clf, image)
    assert heat.shape == (24, 24) and 0 <= heat.min() and heat.max() <= 1
    blended = overlay(image, heat)
    assert blended.shape == image.shape and blended.dtype == np.uint8
