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


def _with_shipped(tiny_model_dir, tmp_path, flatbuffer: bytes, for_sha: str | None = None):
    """A copy of the tiny model folder that ships ``flatbuffer`` as its model.tflite."""
    import json
    import shutil

    folder = tmp_path / "shipped"
    shutil.copytree(tiny_model_dir, folder)
    (folder / lite.SHIPPED_FILE).write_bytes(flatbuffer)
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    meta["tflite_for_sha256"] = for_sha or meta["sha256"]
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def _no_conversion(monkeypatch):
    def refuse(model):
        raise AssertionError("converted although a usable copy was shipped")

    monkeypatch.setattr(lite, "convert", refuse)


def test_a_shipped_conversion_is_used_without_converting(tiny_model_dir, tmp_path, monkeypatch):
    flatbuffer = lite.convert(Classifier.load(tiny_model_dir, fast_path=False).model)
    folder = _with_shipped(tiny_model_dir, tmp_path, flatbuffer)
    _no_conversion(monkeypatch)
    clf = Classifier.load(folder)
    assert clf.backend == "tflite"
    batch = np.random.default_rng(2).integers(0, 255, (3, 24, 24, 3), dtype=np.uint8)
    np.testing.assert_allclose(clf.predict_arrays(batch), clf.model.predict(batch.astype("float32"), verbose=0),
                               atol=1e-5)


def test_a_shipped_copy_of_another_model_or_a_broken_one_is_ignored(tiny_model_dir, tmp_path, monkeypatch):
    flatbuffer = lite.convert(Classifier.load(tiny_model_dir, fast_path=False).model)
    stale = _with_shipped(tiny_model_dir, tmp_path / "a", flatbuffer, for_sha="0" * 64)
    broken = _with_shipped(tiny_model_dir, tmp_path / "b", b"TFL3 not really a flatbuffer")
    assert Classifier.load(broken).backend == "tflite"  # fell through to a fresh conversion
    _no_conversion(monkeypatch)
    for folder in (stale, broken):
        for cached in (paths.cache_dir() / "tflite").glob("*.tflite"):
            cached.unlink()
        assert Classifier.load(folder).backend == "tf.function"  # neither file was trusted, conversion refused


def test_the_bundled_default_model_ships_a_working_conversion(monkeypatch):
    from fruitclassifier.core.store import list_models

    bundled = [m for m in list_models() if m.bundled]
    assert bundled and (bundled[0].path / lite.SHIPPED_FILE).is_file()
    _no_conversion(monkeypatch)
    clf = Classifier.load(bundled[0])
    assert clf.backend == "tflite" and clf.image_size == bundled[0].image_size
