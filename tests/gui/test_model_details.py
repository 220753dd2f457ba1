"""The Models page's details name a model's stored metrics in words (gui/models/detail_labels.py)."""

from __future__ import annotations

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.gui.models.detail_labels import METRICS, label, metric_value
from fruitclassifier.gui.models.model_details import details_html


def test_the_bundled_models_figures_read_as_words_and_percentages(qapp):
    info = store.find_model(str(paths.resource_path("models") / "fruits360-default"))
    shown = details_html(info)
    metrics = info.metadata["metrics"]
    assert "Accuracy on held-out real photos" in shown and "real photo accuracy" not in shown
    assert metric_value("real_photo_accuracy", metrics["real_photo_accuracy"]) in shown  # e.g. "89.7%"
    assert metric_value("known_refused", 0.0809).replace("\u202f", " ").startswith("8.1")  # a share, as a percentage
    assert set(metrics) <= set(METRICS)  # every figure the bundled model carries has words


def test_a_key_the_window_does_not_know_is_shown_as_written(qapp):
    assert label("my_custom_metric", METRICS) == "my custom metric"
    assert metric_value("my_custom_metric", 0.123456) == "0.1235" and metric_value("epochs", 7) == "7"
