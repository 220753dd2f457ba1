"""Classifier: load once, classify files and folders, per-file errors never stop a batch."""

from PIL import Image
import numpy as np
import pytest

from fruitclassifier.core.inference.classifier import UNSURE_THRESHOLD, Classifier, Prediction, expand_paths


def test_classifies_files_and_reports_broken_ones_inline(tiny_model_dir, tmp_path):
    clf = Classifier.load(tiny_model_dir)
    good = tmp_path / "kiwi.png"
    arr = np.full((40, 60, 3), 255, np.uint8)
    arr[8:32, 18:42] = (60, 140, 40)
    Image.fromarray(arr).save(good)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("hello")
    streamed = []
    preds = clf.classify_paths([good, empty, text, tmp_path / "missing.png"], on_result=streamed.append)
    assert [p.path for p in streamed] == [p.path for p in preds]
    assert preds[0].ok and preds[0].label == "kiwi"
    top = preds[0].top
    assert [label for label, _ in top][0] == "kiwi" and sorted(label for label, _ in top) == clf.class_names
    assert [p for _, p in top] == sorted((p for _, p in top), reverse=True)  # best first
    assert sum(p for _, p in top) == pytest.approx(1.0, abs=1e-4)  # all 3 classes: the whole softmax
    assert len(clf.classify_paths([good], top_k=2)[0].top) == 2
    assert [bool(p.error) for p in preds] == [False, True, True, True]
    assert "empty" in preds[1].error and "not an image" in preds[2].error


def test_batches_larger_than_one_chunk_keep_order(tiny_model_dir, tiny_folder):
    clf = Classifier.load(tiny_model_dir)
    files = expand_paths([tiny_folder])
    preds = clf.classify_paths(files, batch_size=5)
    assert [p.path for p in preds] == [str(f) for f in files]
    accuracy = np.mean([p.label == f.parent.name for p, f in zip(preds, files)])
    assert accuracy > 0.8


def test_stop_ends_the_batch_early(tiny_model_dir, tiny_folder):
    clf = Classifier.load(tiny_model_dir)
    files = expand_paths([tiny_folder])
    seen = []
    preds = clf.classify_paths(files, batch_size=4, on_result=seen.append, should_stop=lambda: len(seen) >= 4)
    assert len(preds) == 4


def test_single_image_fast_path_matches_keras(tiny_model_dir):
    clf = Classifier.load(tiny_model_dir)
    batch = np.random.default_rng(0).integers(0, 255, (3, 24, 24, 3), dtype=np.uint8)
    expected = clf.model.predict(batch.astype("float32"), verbose=0)
    np.testing.assert_allclose(clf.predict_arrays(batch), expected, atol=1e-5)


def test_expand_paths_walks_folders_and_skips_hidden(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    Image.new("RGB", (4, 4)).save(tmp_path / "a" / "b" / "x.png")
    Image.new("RGB", (4, 4)).save(tmp_path / "a" / ".hidden.png")
    (tmp_path / "a" / "readme.txt").write_text("x")
    assert expand_paths([tmp_path / "a"]) == [tmp_path / "a" / "b" / "x.png"]


def test_prediction_dicts_and_unsure_flag():
    sure = Prediction("x.jpg", [("kiwi", 0.9), ("apple", 0.1)])
    unsure = Prediction("y.jpg", [("kiwi", UNSURE_THRESHOLD - 0.01)])
    assert not sure.unsure and unsure.unsure
    assert sure.to_dict()["top"][0] == {"label": "kiwi", "name": "kiwi", "probability": 0.9}
    assert sure.to_dict()["known_probability"] is None and sure.to_dict()["unknown"] is False
    assert Prediction("z", error="empty file").to_dict() == {"path": "z", "error": "empty file"}
