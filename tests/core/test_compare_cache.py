"""The evaluation cache: round trip, hits and misses, moved folders, cancelled runs, and the defaults.

A stub classifier stands in for a Keras model (evaluate only needs class_names,
classify_paths and count_params), so these tests need no TensorFlow.
"""

import shutil
from types import SimpleNamespace

from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier.core.evaluation import compare_cache
from fruitclassifier.core.evaluation.metrics import EvalResult
from fruitclassifier.core.inference.classifier import Prediction
from fruitclassifier.core.inference.open_set import OpenSet
from fruitclassifier.core.store import ModelInfo


class StubClassifier:
    """Answers by folder name, except that every kiwi is taken for an apple; counts its calls."""

    def __init__(self) -> None:
        self.class_names, self.name, self.info = ["apple", "banana", "kiwi"], "stub", None
        self.model = SimpleNamespace(count_params=lambda: 1234)
        self.params = 1234
        self.open_set = OpenSet()  # no "not one of mine" class, like the app's older models
        self.calls = 0

    def classify_paths(self, paths, top_k=1, batch_size=64, on_result=None, should_stop=None):
        self.calls += 1
        out = []
        for path in paths:
            if should_stop and should_stop():
                break
            truth = path.parent.name
            pred = Prediction(str(path), [("apple" if truth == "kiwi" else truth, 0.75)])
            out.append(pred)
            if on_result:
                on_result(pred)
        return out


def _info(tmp_path, sha="ab" * 32, name="stub model", **meta):
    return ModelInfo(name, tmp_path / "model", False, {"sha256": sha, **meta})


def test_result_round_trip_rebases_paths(tmp_path):
    root = tmp_path / "Test"
    result = EvalResult("m", str(root), ["a", "b"], np.array([[2, 1], [0, 3]]),
                        [{"path": str(root / "a" / "x.jpg"), "true": "a", "pred": "b", "probability": 0.6}],
                        seconds=0.5, params=10, file_size=99, skipped=["bad.jpg: not an image"])
    moved = tmp_path / "elsewhere"
    back = compare_cache.result_from_dict(compare_cache.result_to_dict(result, root), moved, name="renamed")
    assert back.model == "renamed" and back.folder == str(moved)
    assert back.predictions[0]["path"] == str(moved / "a" / "x.jpg")
    assert np.array_equal(back.confusion, result.confusion) and back.accuracy == result.accuracy
    assert back.ms_per_image == result.ms_per_image and back.macro_f1 == result.macro_f1
    assert (back.params, back.file_size, back.skipped) == (10, 99, result.skipped)


def test_second_evaluation_comes_from_the_cache(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=3, size=16)
    info, stub = _info(tmp_path), StubClassifier()
    test = compare_cache.resolve_test_folder(folder)
    first, hit = compare_cache.evaluate_cached(info, test, lambda _info: stub)
    assert not hit and stub.calls == 1 and first.n == 9
    assert first.accuracy == pytest.approx(6 / 9) and first.confusion[2, 0] == 3
    again, hit = compare_cache.evaluate_cached(info, test, lambda _info: pytest.fail("the model was loaded"))
    assert hit and again.to_dict()["per_class"] == first.to_dict()["per_class"]
    assert [p["path"] for p in again.predictions] == [p["path"] for p in first.predictions]


def test_moved_folder_hits_and_changed_folder_or_model_misses(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=3, size=16)
    info, stub = _info(tmp_path), StubClassifier()
    compare_cache.evaluate_cached(info, compare_cache.resolve_test_folder(folder), lambda _i: stub)
    moved = tmp_path / "moved"
    shutil.copytree(folder, moved)
    test = compare_cache.resolve_test_folder(moved)
    result, hit = compare_cache.evaluate_cached(info, test, lambda _i: stub)
    assert hit and all(p["path"].startswith(str(moved)) for p in result.predictions)
    _, hit = compare_cache.evaluate_cached(_info(tmp_path, sha="cd" * 32), test, lambda _i: stub)
    assert not hit  # a different model file
    shutil.copy(next((moved / "apple").iterdir()), moved / "apple" / "extra.png")
    _, hit = compare_cache.evaluate_cached(info, compare_cache.resolve_test_folder(moved), lambda _i: stub)
    assert not hit and stub.calls == 3


def test_cancelled_evaluation_is_not_cached(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=3, size=16)
    info, test = _info(tmp_path), compare_cache.resolve_test_folder(folder)
    result, hit = compare_cache.evaluate_cached(info, test, lambda _i: StubClassifier(), should_stop=lambda: True)
    assert result is None and not hit and compare_cache.load(info, test) is None


def test_damaged_cache_file_is_a_miss(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=2, size=16)
    info, test = _info(tmp_path), compare_cache.resolve_test_folder(folder)
    compare_cache.evaluate_cached(info, test, lambda _i: StubClassifier())
    compare_cache.cache_file(compare_cache.model_key(info), test).write_text("{not json", encoding="utf-8")
    assert compare_cache.load(info, test) is None
    assert compare_cache.clear() == 1


def test_fruits360_root_is_evaluated_on_its_test_split(tiny_fruits360, tmp_path):
    test = compare_cache.resolve_test_folder(tiny_fruits360)
    assert test.root == tiny_fruits360 / "Test" and test.num_images == 12


def test_default_test_dir_follows_the_training_data(tiny_fruits360, tmp_path):
    beside = _info(tmp_path, config={"data_dir": str(tiny_fruits360 / "Training")})
    assert compare_cache.default_test_dir(beside) == (tiny_fruits360 / "Test").resolve()
    inside = _info(tmp_path, config={"data_dir": str(tiny_fruits360)})
    assert compare_cache.default_test_dir(inside) == (tiny_fruits360 / "Test").resolve()
    explicit = _info(tmp_path, config={"data_dir": str(tiny_fruits360), "test_dir": str(tmp_path)})
    assert compare_cache.default_test_dir(explicit) == tmp_path.resolve()
    gone = _info(tmp_path, config={"data_dir": str(tmp_path / "missing")})
    assert compare_cache.default_test_dir(gone) is None and compare_cache.default_test_dir(_info(tmp_path)) is None


def test_newest_model_of_each_architecture(tmp_path):
    def make(name, arch, created):
        return ModelInfo(name, tmp_path / name, False, {"arch": arch, "created": created})

    infos = [make("old cnn", "custom_cnn", "2025-01-01T10:00:00+00:00"),
             make("new cnn", "custom_cnn", "2025-03-01T10:00:00+00:00"),
             make("resnet", "resnet50", "2025-02-01T10:00:00+00:00"), make("undated", "vgg16", "")]
    assert [i.name for i in compare_cache.newest_per_arch(infos)] == ["new cnn", "resnet", "undated"]
    only_cnns = [infos[0], infos[1], make("mid cnn", "custom_cnn", "2025-02-01T10:00:00+00:00")]
    assert [i.name for i in compare_cache.newest_per_arch(only_cnns)] == ["new cnn", "mid cnn"]
