"""The TFLite fast path: same answers as Keras, converted once per model file, and optional."""

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core import lite
from fruitclassifier.core.inference import Classifier


def test_loaded_classifier_runs_tflite_with_keras_answers_and_caches_the_conversion(tiny_model_dir):
    clf = Classifier.load(tiny_model_dir)
    assert clf.backend == "tflite"
    batch = np.random.default_rng(1).integers(0, 255, (5, 24, 24, 3), dtype=np.uint8)
    expected = clf.model.predict(batch.astype("float32"), verbose=0)
    np.testing.assert_allclose(clf.predict_arrays(batch), expected, atol=1e-5)
    np.testing.assert_allclose(clf.predict_arrays(batch[:1]), expected[:1], atol=1e-5)  # the batch-1 interpreter
    cached = list((paths.cache_dir() / "tflite").glob("*.tflite"))
    assert len(cached) == 1
    again = Classifier.load(tiny_model_dir)  # reads the cached flatbuffer instead of converting
    np.testing.assert_allclose(again.predict_arrays(batch), expected, atol=1e-5)


def test_fast_path_can_be_switched_off(tiny_model_dir, monkeypatch):
    monkeypatch.setenv(lite.FAST_PATH_ENV, "tf")
    assert Classifier.load(tiny_model_dir).backend == "tf.function"


def test_a_model_tflite_cannot_run_falls_back_to_the_tf_function(tiny_model_dir, monkeypatch):
    def broken(model):
        raise RuntimeError("op not supported")

    monkeypatch.setattr(lite, "convert", broken)
    clf = Classifier.load(tiny_model_dir)
    assert clf.backend == "tf.function"
    assert clf.classify_paths([]) == []
