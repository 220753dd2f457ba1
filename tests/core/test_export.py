"""Exports re-load what they wrote and refuse to keep a copy that answers differently."""

import numpy as np
import pytest

from fruitclassifier.core.inference import export
from fruitclassifier.core.inference.export import ExportError, export_savedmodel, export_tflite, sample_batch
from fruitclassifier.core.store import find_model


@pytest.fixture(scope="module")
def samples(tiny_model_dir) -> np.ndarray:
    return np.random.default_rng(3).integers(0, 256, (6, 24, 24, 3), dtype=np.uint8)


def test_savedmodel_export_matches_original(tiny_model_dir, tmp_path, samples):
    import tensorflow as tf

    info = find_model(str(tiny_model_dir))
    out = tmp_path / "exported"
    report = export_savedmodel(info, out, samples)
    assert report["format"] == "savedmodel" and report["max_abs_diff"] < 1e-4 and report["samples"] == 6
    assert (out / "saved_model.pb").is_file()
    assert (out / "labels.txt").read_text().split() == info.class_names
    loaded = tf.saved_model.load(str(out))  # keep a reference: its variables die with it
    probs = loaded.serve(tf.constant(samples.astype("float32"))).numpy()
    assert probs.shape == (6, 3)
    assert not list(tmp_path.glob(".tmp-*"))


def test_tflite_export_matches_original_on_sample_photos(tiny_model_dir, tmp_path, real_images_dir):
    report = export_tflite(str(tiny_model_dir), tmp_path / "tiny", sorted(real_images_dir.glob("*.jpg")))
    out = tmp_path / "tiny.tflite"
    assert report["path"] == str(out) and out.stat().st_size > 1000
    assert report["max_abs_diff"] < 1e-3 and report["samples"] == 4
    assert (tmp_path / "tiny-labels.txt").read_text().split() == ["apple", "banana", "kiwi"]


def test_disagreeing_export_is_refused_and_leaves_nothing(tiny_model_dir, tmp_path, samples, monkeypatch):
    monkeypatch.setattr(export, "TFLITE_TOLERANCE", -1.0)  # any difference, even 0, now counts as wrong
    with pytest.raises(ExportError, match="disagrees"):
        export_tflite(str(tiny_model_dir), tmp_path / "bad.tflite", samples)
    assert list(tmp_path.iterdir()) == []


def test_savedmodel_refuses_a_non_empty_folder(tiny_model_dir, tmp_path, samples):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        export_savedmodel(str(tiny_model_dir), tmp_path / "taken", samples)
    assert (tmp_path / "taken" / "file.txt").read_text() == "mine"


def test_sample_batch_falls_back_to_random_pictures_when_nothing_is_readable(tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg")
    batch = sample_batch([broken], 24)
    assert batch.shape == (8, 24, 24, 3) and batch.dtype == np.uint8
    assert sample_batch(None, 24).shape[1:] == (24, 24, 3)
