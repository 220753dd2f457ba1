"""LiteRT answers: the copy saved with each model, same answers as Keras, never a stale copy, Keras only on demand."""

import json
import shutil

import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.core.conversion import runtime, tflite
from fruitclassifier.core.inference import lite
from fruitclassifier.core.inference.classifier import Classifier


def _store_copy(tiny_model_dir, name: str = "tiny copy"):
    """The tiny model copied into this test's store (the fixture's folder is shared by the session)."""
    target = paths.models_dir() / store.slugify(name)
    shutil.copytree(tiny_model_dir, target)
    return store.find_model(str(target))


def _keras_probs(folder, batch):
    from fruitclassifier.core.models.registry import load_keras

    return load_keras(folder / store.MODEL_FILE).predict(batch.astype("float32"), verbose=0)


def _refuse_conversion(monkeypatch):
    def refuse(model):
        raise AssertionError("converted although a trusted copy exists")

    monkeypatch.setattr(tflite, "convert", refuse)


def test_saving_a_model_writes_its_checked_copy_recorded_with_the_keras_files_sha256(tiny_model_dir):
    meta = json.loads((tiny_model_dir / store.METADATA_FILE).read_text(encoding="utf-8"))
    assert (tiny_model_dir / lite.TFLITE_FILE).stat().st_size > 1000
    assert meta[lite.SHA_KEY] == meta["sha256"] == store.sha256_file(tiny_model_dir / store.MODEL_FILE)


def test_a_stored_model_answers_from_its_copy_like_keras_without_loading_keras(tiny_model_dir, monkeypatch):
    _refuse_conversion(monkeypatch)
    clf = Classifier.load(tiny_model_dir)
    assert clf.backend == "tflite" and clf._model is None  # Keras not loaded
    batch = np.random.default_rng(1).integers(0, 255, (5, 24, 24, 3), dtype=np.uint8)
    expected = _keras_probs(tiny_model_dir, batch)
    np.testing.assert_allclose(clf.predict_arrays(batch), expected, atol=1e-5)
    np.testing.assert_allclose(clf.predict_arrays(batch[:1]), expected[:1], atol=1e-5)  # the batch-1 interpreter
    assert clf.params == clf.info.metadata["params"] and clf._model is None
    assert clf.model.count_params() == clf.params  # loaded on demand (Grad-CAM, export)


def test_a_stale_copy_is_never_used_and_is_replaced_once(tiny_model_dir, monkeypatch):
    """model.keras replaced (retrained) behind the metadata's back: its old copy would give old answers."""
    from fruitclassifier.core.models.registry import load_keras

    info = _store_copy(tiny_model_dir)
    model = load_keras(info.model_file)
    kernel, bias = model.layers[-1].get_weights()
    model.layers[-1].set_weights([kernel[:, ::-1], bias[::-1]])  # other answers, same shapes
    model.save(info.model_file)
    new_sha = store.sha256_file(info.model_file)
    assert info.metadata[lite.SHA_KEY] != new_sha
    statuses = []
    clf = Classifier.load(info, on_status=statuses.append)
    assert clf.backend == "tflite" and len(statuses) == 1 and "once" in statuses[0]
    batch = np.random.default_rng(3).integers(0, 255, (4, 24, 24, 3), dtype=np.uint8)
    np.testing.assert_allclose(clf.predict_arrays(batch), model.predict(batch.astype("float32"), verbose=0),
                               atol=1e-5)
    kept = store.find_model(str(info.path))
    assert kept.metadata[lite.SHA_KEY] == new_sha and kept.metadata["sha256"] == info.metadata["sha256"]
    _refuse_conversion(monkeypatch)
    again = Classifier.load(kept, on_status=statuses.append)  # converted once, then trusted
    assert again.backend == "tflite" and len(statuses) == 1
    np.testing.assert_allclose(again.predict_arrays(batch), clf.predict_arrays(batch), atol=1e-6)


def test_a_broken_or_foreign_copy_is_converted_again(tiny_model_dir):
    info = _store_copy(tiny_model_dir)
    (info.path / lite.TFLITE_FILE).write_bytes(b"TFL3 not really a flatbuffer")
    clf = Classifier.load(info)
    assert clf.backend == "tflite"
    assert (info.path / lite.TFLITE_FILE).read_bytes() == (tiny_model_dir / lite.TFLITE_FILE).read_bytes()


def test_a_read_only_model_without_a_copy_keeps_its_conversion_in_the_cache(tiny_model_dir, tmp_path,
                                                                            monkeypatch):
    folder = tmp_path / "elsewhere"  # outside the store: the app never writes there
    shutil.copytree(tiny_model_dir, folder)
    (folder / lite.TFLITE_FILE).unlink()
    before = sorted(p.name for p in folder.iterdir())
    assert Classifier.load(folder).backend == "tflite"
    assert sorted(p.name for p in folder.iterdir()) == before
    sha = store.sha256_file(folder / store.MODEL_FILE)
    assert lite.cache_file(sha).is_file()
    _refuse_conversion(monkeypatch)
    assert Classifier.load(folder).backend == "tflite"


def test_a_model_tflite_cannot_run_is_answered_by_keras(tiny_model_dir, monkeypatch, real_images_dir):
    info = _store_copy(tiny_model_dir)
    (info.path / lite.TFLITE_FILE).unlink()

    def broken(model):
        raise RuntimeError("op not supported\nand a page of converter log")

    monkeypatch.setattr(tflite, "convert", broken)
    clf = Classifier.load(info)
    assert clf.backend == "tf.function"
    photo = next(real_images_dir.rglob("*.jpg"))
    assert clf.classify_paths([photo])[0].ok


def test_saving_a_model_tflite_cannot_run_still_saves_it(tiny_model_dir, monkeypatch):
    from fruitclassifier.core.models.registry import load_keras

    monkeypatch.setattr(tflite, "convert", lambda model: (_ for _ in ()).throw(RuntimeError("op not supported")))
    saved = store.save_model(load_keras(tiny_model_dir / store.MODEL_FILE),
                             {"arch": "custom_cnn", "class_names": ["apple", "banana", "kiwi"], "image_size": 24})
    assert not (saved.path / lite.TFLITE_FILE).exists() and lite.SHA_KEY not in saved.metadata
    assert "op not supported" in saved.metadata["tflite_note"]


def test_the_fast_path_can_be_switched_off(tiny_model_dir, monkeypatch):
    monkeypatch.setenv(runtime.FAST_PATH_ENV, "tf")
    clf = Classifier.load(tiny_model_dir)
    assert clf.backend == "tf.function" and clf._model is not None


def test_a_missing_model_file_is_a_clear_error_without_tensorflow(tiny_model_dir):
    from fruitclassifier.core.models.registry import ModelFileError

    info = _store_copy(tiny_model_dir)
    info.model_file.unlink()
    with pytest.raises(ModelFileError, match="file not found"):
        Classifier.load(info)


def test_the_bundled_default_model_ships_a_trusted_copy(monkeypatch):
    bundled = [m for m in store.list_models() if m.bundled]
    assert bundled and (bundled[0].path / lite.TFLITE_FILE).is_file()
    _refuse_conversion(monkeypatch)
    clf = Classifier.load(bundled[0])
    assert clf.backend == "tflite" and clf.image_size == bundled[0].image_size and clf._model is None


def test_the_interpreter_is_litert_where_it_is_installed():
    pytest.importorskip("ai_edge_litert")
    assert runtime.runtime_name() == "LiteRT"


def test_a_folder_in_chunks_on_parallel_workers_gives_keras_answers_in_order(tiny_model_dir, tiny_folder):
    from fruitclassifier.core.data import images
    from fruitclassifier.core.inference.classifier import expand_paths

    files = expand_paths([tiny_folder])
    clf = Classifier.load(tiny_model_dir)
    preds = clf.classify_paths(files, top_k=3, batch_size=5)  # 8 chunks over the workers
    assert [p.path for p in preds] == [str(f) for f in files]
    expected = _keras_probs(tiny_model_dir, np.stack([images.load_array(f, 24) for f in files]))
    got = np.array([[dict(p.top)[name] for name in clf.class_names] for p in preds])
    np.testing.assert_allclose(got, expected, atol=1e-5)
    stopped = clf.classify_paths(files, batch_size=5, should_stop=lambda: True)
    assert stopped == []


def _logits_copy(keras_file) -> bytes:
    """The bundled model's kind of copy: the same network without its last softmax (quantize.py, in int8)."""
    import keras

    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(keras_file)
    last = model.layers[-1]
    dense = keras.layers.Dense(last.units)
    outputs = dense(last.input)
    dense.set_weights(last.get_weights())
    return tflite.convert(keras.Model(model.input, outputs))


def test_a_copy_that_gives_logits_answers_probabilities_for_the_keras_file_it_names(tiny_model_dir, monkeypatch):
    info = _store_copy(tiny_model_dir, "logits copy")
    (info.path / lite.TFLITE_FILE).write_bytes(_logits_copy(info.model_file))
    batch = np.random.default_rng(2).integers(0, 255, (4, 24, 24, 3), dtype=np.uint8)
    expected = _keras_probs(info.path, batch)
    _refuse_conversion(monkeypatch)

    store.update_metadata(info.name, {lite.LOGITS_KEY: info.metadata["sha256"]})
    clf = Classifier.load(str(info.path))
    assert clf.backend == "tflite"
    np.testing.assert_allclose(clf.predict_arrays(batch), expected, atol=1e-5)  # softmax applied in float
    np.testing.assert_allclose(clf.predict_arrays(batch[:1]), expected[:1], atol=1e-5)

    store.update_metadata(info.name, {lite.LOGITS_KEY: "0" * 64})  # names another Keras file (a parent's)
    raw = Classifier.load(str(info.path)).predict_arrays(batch)
    assert not np.allclose(raw.sum(axis=1), 1.0)  # read as it is: the key, not a guess, decides


def test_the_runner_refuses_an_unknown_output_kind(tiny_model_dir):
    with pytest.raises(ValueError, match="probabilities, logits"):
        runtime.LiteRunner((tiny_model_dir / lite.TFLITE_FILE).read_bytes(), outputs="log-odds")
