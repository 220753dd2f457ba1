"""Teaching on tiny generated data: a real tiny CNN, real files, real saves in a temporary store."""

from __future__ import annotations

import json
from pathlib import Path
import shutil

from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.core.events import EpochEnded, RunFinished
from fruitclassifier.core.teach.errors import TeachCancelled, TeachError
from fruitclassifier.core.teach.fitting import sample_weights
from fruitclassifier.core.teach.run import TeachOptions, read_photos, teach
from fruitclassifier.core.teach.teaching_set import NOT_MINE, TeachingSet, resolve_class_name

FAST = TeachOptions(epochs=30, copies=3, replay_per_class=12, seed=1)


@pytest.fixture
def replay_dir(tmp_path) -> Path:
    """The tiny model's own classes, as replay images (different draws from its training set)."""
    return make_image_folder(tmp_path / "replay", per_class=12, seed=11)


@pytest.fixture
def photos_with_new_class(tmp_path) -> Path:
    """Ten photos of a class the tiny model has never seen ("plum", dark discs) plus a few kiwis."""
    root = tmp_path / "photos"
    make_image_folder(root, per_class=10, classes=["plum"], seed=21)
    make_image_folder(root, per_class=5, classes=["kiwi"], seed=22)
    return root


def _accuracy(classifier, folder: Path, label: str) -> float:
    preds = classifier.classify_paths(sorted((folder / label).iterdir()))
    return float(np.mean([p.label == label for p in preds]))


def test_teaching_adds_a_new_class_and_keeps_the_old_ones(tiny_model_dir, replay_dir, photos_with_new_class,
                                                          tmp_path):
    from fruitclassifier.core.inference.classifier import Classifier

    events: list = []
    before = {i.name for i in store.list_models()}
    info = teach(
        tiny_model_dir,
        photos_with_new_class,
        TeachOptions(**{**FAST.__dict__, "replay_dir": str(replay_dir)}),
        on_event=events.append,
    )
    assert info.class_names == ["apple", "banana", "kiwi", "plum"]  # new classes at the end
    assert {i.name for i in store.list_models()} == before | {info.name}
    assert info.name.startswith("tiny cnn (taught ")
    assert info.metadata["parent"] == "tiny cnn"
    teach_meta = info.metadata["teach"]
    assert teach_meta["new_classes"] == ["plum"] and teach_meta["counts"] == {"kiwi": 5, "plum": 10}
    assert teach_meta["held_back"] == 3  # 2 of 10 plums, 1 of 5 kiwis
    assert teach_meta["before"] < teach_meta["after"]  # the parent could not know "plum"
    assert len(teach_meta["teaching_fingerprint"]) == 16
    assert [type(e) for e in events if isinstance(e, EpochEnded)] == [EpochEnded] * FAST.epochs
    assert isinstance(events[-1], RunFinished) and events[-1].model == info.name
    # Other photos of the new class, and each old class on its own tiny test set.
    test = make_image_folder(tmp_path / "test", per_class=8, classes=["plum"], seed=31)
    make_image_folder(test, per_class=8, seed=32)
    classifier = Classifier.load(info)
    assert _accuracy(classifier, test, "plum") >= 0.85
    for old in ("apple", "banana", "kiwi"):
        assert _accuracy(classifier, test, old) >= 0.75, old


def test_teaching_a_taught_model_replays_what_it_was_taught(
    tiny_model_dir, replay_dir, photos_with_new_class, tmp_path
):
    first = teach(
        tiny_model_dir, photos_with_new_class, TeachOptions(**{**FAST.__dict__, "replay_dir": str(replay_dir)})
    )
    kept = Path(first.metadata["teach"]["replay_dirs"][-1])
    assert sorted(p.name for p in kept.iterdir()) == ["kiwi", "plum"]
    more = make_image_folder(tmp_path / "more", per_class=4, classes=["banana"], seed=41)
    second = teach(first, more, FAST)  # no replay folder given: the recorded ones are used
    assert second.class_names == first.class_names
    taught = second.metadata["teach"]
    assert taught["replay_images"] + taught["others_held_back"] >= 12 * 3 + 10
    assert taught["others_held_back"] == 2 * 3  # apple, kiwi, plum (not banana, being taught): 2 each aside
    assert taught["others_before"] is not None and taught["others_after"] is not None
    assert not second.name.count("taught") > 1


def test_cancel_leaves_the_store_unchanged(tiny_model_dir, replay_dir, photos_with_new_class, fc_home):
    calls = {"n": 0}

    def stop_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    before = sorted(p.name for p in paths.models_dir().iterdir())
    with pytest.raises(TeachCancelled):
        teach(
            tiny_model_dir,
            photos_with_new_class,
            TeachOptions(**{**FAST.__dict__, "replay_dir": str(replay_dir)}),
            should_stop=stop_later,
        )
    assert sorted(p.name for p in paths.models_dir().iterdir()) == before
    assert not (fc_home / "replay").exists()


def test_a_model_without_replay_data_cannot_be_taught(tiny_model_dir, photos_with_new_class):
    with pytest.raises(TeachError, match="--replay"):
        teach(tiny_model_dir, photos_with_new_class, FAST)


def test_empty_folders_and_unreadable_classes_are_refused(tmp_path):
    (tmp_path / "empty" / "apple").mkdir(parents=True)
    with pytest.raises(TeachError, match="no photos"):
        read_photos(tmp_path / "empty", {})
    bad = make_image_folder(tmp_path / "bad", per_class=2, classes=["apple"])
    (bad / "pear").mkdir()
    (bad / "pear" / "broken.jpg").write_bytes(b"not a jpeg at all")
    with pytest.raises(TeachError, match="'pear' has no readable photo"):
        read_photos(bad, {})


def test_the_other_class_is_taught_only_as_not_one_of_my_fruits():
    meta = {"class_names": ["Apple", "_other"], "open_set": {"other_class": "_other", "threshold": 0.5}}
    assert resolve_class_name(NOT_MINE, meta) == "_other"
    assert resolve_class_name("apple", meta) == "Apple"
    assert resolve_class_name("  Pear ", meta) == "Pear"
    with pytest.raises(TeachError, match="internal name"):
        resolve_class_name("_other", meta)
    with pytest.raises(TeachError, match="no “Not one of my fruits”"):
        resolve_class_name(NOT_MINE, {"class_names": ["Apple"]})
    for bad in ("", "a/b", ".hidden"):
        with pytest.raises(TeachError):
            resolve_class_name(bad, meta)


def test_teaching_set_copies_photos_and_never_moves_them(tmp_path, tiny_folder):
    photos = sorted((tiny_folder / "apple").iterdir())[:3]
    originals = {p: p.read_bytes() for p in photos}
    teaching = TeachingSet(tmp_path / "set")
    added = teaching.add(photos, "Pear")
    assert all(p.exists() and p.read_bytes() == data for p, data in originals.items())
    assert [a.read_bytes() for a in added] == list(originals.values())
    assert teaching.counts() == {"Pear": 3}
    assert teaching.taught() == {str(p.resolve()): "Pear" for p in photos}
    sources = json.loads((tmp_path / "set" / "sources.json").read_text())
    assert sorted(r["source"] for r in sources.values()) == sorted(str(p.resolve()) for p in photos)
    teaching.add(photos[:1], "apple")  # a correction of a correction moves the copy
    assert teaching.counts() == {"Pear": 2, "apple": 1}
    teaching.remove([e.path for e in teaching.entries() if e.class_name == "apple"])
    assert teaching.counts() == {"Pear": 2} and not (tmp_path / "set" / "apple").exists()
    assert all(p.exists() for p in photos)
    fingerprint = teaching.fingerprint()
    shutil.copy(photos[2], tmp_path / "set" / "Pear" / "extra.jpg")
    assert teaching.fingerprint() != fingerprint


def test_sample_weights_balance_classes_and_sources():
    labels = np.array([0, 0, 0, 0, 1, 1])
    taught = np.array([1, 0, 0, 0, 1, 1])
    w = sample_weights(labels, taught)
    assert w[:4].sum() == pytest.approx(w[4:].sum())  # each class weighs the same
    assert w[0] == pytest.approx(w[1:4].sum())  # the one taught photo weighs as much as the three replays
    assert w.mean() == pytest.approx(1.0)


def test_photos_for_the_other_class_come_only_from_a_not_one_of_my_fruits_folder(tmp_path):
    meta = {"class_names": ["apple", "_other"], "open_set": {"other_class": "_other", "threshold": 0.5}}
    root = make_image_folder(tmp_path / "mine", per_class=2, classes=[NOT_MINE, "apple"])
    assert {name: len(files) for name, files in read_photos(root, meta).items()} == {"_other": 2, "apple": 2}
    (root / NOT_MINE).rename(root / "_other")
    with pytest.raises(TeachError, match="internal name"):
        read_photos(root, meta)


def test_other_replay_images_that_look_like_a_new_class_are_left_out():
    from fruitclassifier.core.store import ModelInfo
    from fruitclassifier.core.teach.fitting import drop_conflicting_other

    meta = {"class_names": ["apple", "_other"], "open_set": {"other_class": "_other", "threshold": 0.5}}
    info = ModelInfo("m", Path("."), False, meta)
    x = np.array([[1, 0, 0], [0, 1, 0], [0, 1, 0.1], [0, 0.1, 1], [0, 0, 1]], np.float32)
    y = np.array([0, 1, 1, 1, 2])  # apple, three "other" replay images, one photo of the new class "shoe"
    data = {"x": x, "y": y, "w": np.ones(5, np.float32)}
    logs = []
    drop_conflicting_other(data, ["apple", "_other", "shoe"], info.metadata, info.class_names, logs.append)
    assert data["y"].tolist() == [0, 1, 1, 2]  # the "other" image pointing at the shoe is gone
    assert len(data["x"]) == len(data["w"]) == 4 and "Left out 1" in logs[0].message
    untouched = {"x": x, "y": y, "w": np.ones(5, np.float32)}
    drop_conflicting_other(untouched, ["apple", "_other", "shoe"], {"class_names": ["apple", "_other"]},
                           ["apple", "_other"], logs.append)
    assert len(untouched["y"]) == 5  # no open set: nothing is "other"


def test_recalibration_lowers_the_threshold_only_where_the_taught_photos_need_it():
    """A class taught from a few photos is answered less surely: its photos must not be 'not one of mine'.
    Only that class's threshold moves; the parent's classes and strangers keep the parent's."""
    from fruitclassifier.core.inference.open_set import OpenSet
    from fruitclassifier.core.teach.fitting import recalibrate_open_set
    from fruitclassifier.core.teach.head import Head

    # two features; class 0 ("Kiwi 1") clear, class 1 ("Shoe", taught) weak against "_other" (index 2)
    trained = Head(kernel=np.array([[4.0, 0.0, 0.0], [0.0, 1.0, 0.6]]), bias=np.zeros(3))
    x = np.array([[1.0, 0.0]] * 30 + [[0.0, 1.0]] * 30)
    data = {
        "x": x,
        "y": np.array([0] * 30 + [1] * 30),
        "held_x": np.zeros((0, 2)),
        "held_y": np.zeros(0, int),
        "taught": np.ones(60, bool),
    }
    meta = {"open_set": {"other_class": "_other", "threshold": 0.76, "temperature": 1.2}}
    recalibrate_open_set(meta, ["Kiwi 1", "Shoe", "_other"], trained, data, lambda e: None)
    shoe_known = 1 - np.exp(0.6) / (1 + np.exp(1.0) + np.exp(0.6))  # known-probability of a Shoe photo
    spec = meta["open_set"]
    assert spec["threshold"] == 0.76 and set(spec["class_thresholds"]) == {"Shoe"}
    assert spec["class_thresholds"]["Shoe"] <= shoe_known < 0.76
    rules = OpenSet.from_metadata(meta, ["Kiwi 1", "Shoe", "_other"])
    shoe = np.array([0.05, 0.65, 0.3])  # known 0.7: named as a Shoe, refused had it looked like a Kiwi
    assert not rules.is_unknown(shoe) and rules.is_unknown(np.array([0.65, 0.05, 0.3]))
    sure = {"open_set": {"other_class": "_other", "threshold": 0.3}}
    recalibrate_open_set(sure, ["Kiwi 1", "Shoe", "_other"], trained, data, lambda e: None)
    assert sure["open_set"] == {"other_class": "_other", "threshold": 0.3}  # never raised


def test_recalibration_uses_the_models_own_score():
    """A model that says 'not one of mine' by its top fruit's softened probability (open_set's "top_fruit"
    score) gets taught thresholds on that score: a taught class torn with a known one is named, not refused."""
    from fruitclassifier.core.inference.open_set import OpenSet
    from fruitclassifier.core.teach.fitting import recalibrate_open_set
    from fruitclassifier.core.teach.head import Head

    trained = Head(kernel=np.array([[2.6, 3.0, 0.0], [0.0, 0.0, 1.0]]), bias=np.zeros(3))  # Lime, close to Lemon
    data = {"x": np.array([[1.0, 0.0]] * 20), "y": np.full(20, 1), "held_x": np.zeros((0, 2)),
            "held_y": np.zeros(0, int), "taught": np.ones(20, bool)}
    meta = {"open_set": {"other_class": "_other", "threshold": 0.6, "score": {"kind": "top_fruit",
                                                                               "temperature": 5.0}}}
    names = ["Lemon 1", "Lime", "_other"]
    probs = trained.probabilities(data["x"][:1])
    assert OpenSet.from_metadata(meta, names).known_probabilities(probs)[0] < 0.6  # refused before
    recalibrate_open_set(meta, names, trained, data, lambda e: None)
    rules = OpenSet.from_metadata(meta, names)
    assert set(meta["open_set"]["class_thresholds"]) == {"Lime"}
    assert not rules.is_unknown(probs[0])  # named Lime now
    assert rules.is_unknown(probs[0][[1, 0, 2]])  # the same doubt about a Lemon is still refused


def test_a_few_odd_teaching_photos_do_not_undo_what_the_parent_head_knew():
    """The parent's columns are pulled firmly back (head.py): 4 photos a class from one odd corner of each
    class (one shop) and a new class must not redraw the borders the parent learned from 900 examples."""
    from fruitclassifier.core.teach import head

    rng = np.random.default_rng(0)
    k, dims = 3, 16
    means = rng.normal(0, 0.45, (k + 1, dims))
    means[k] *= 3  # the new class stands apart

    def draw(c: int, n: int, shift: float | np.ndarray = 0.0) -> np.ndarray:
        return rng.normal(means[c] + shift, 1.0, (n, dims)).astype(np.float32)

    def fit(start, x, y, settings, known=0):
        return head.fit(
            start, x, y, np.ones(len(y), np.float32), settings, lambda *a: None, lambda: False, known_classes=known
        )[0]

    parent = fit(
        head.Head(np.zeros((dims, k), np.float32), np.zeros(k, np.float32)),
        np.concatenate([draw(c, 300) for c in range(k)]),
        np.repeat(np.arange(k), 300),
        head.HeadSettings(epochs=30, anchor=0.0),
    )
    ex, ey = np.concatenate([draw(c, 200) for c in range(k + 1)]), np.repeat(np.arange(k + 1), 200)
    shift = rng.normal(0, 1.0, (k, dims))
    tx = np.concatenate([draw(c, 4, shift[c]) for c in range(k)] + [draw(k, 8)])
    ty = np.concatenate([np.repeat(np.arange(k), 4), np.full(8, k)])
    old_accuracy = lambda h: float(np.mean(h.predict(ex[ey < k]) == ey[ey < k]))  # noqa: E731
    light = fit(head.extended(parent, k + 1), tx, ty, head.HeadSettings(epochs=60))
    firm = fit(head.extended(parent, k + 1), tx, ty, head.HeadSettings(epochs=60), known=k)
    assert old_accuracy(firm) >= old_accuracy(light) + 0.03
    assert old_accuracy(firm) >= old_accuracy(parent) - 0.05
    assert np.mean(firm.predict(ex[ey == k]) == k) >= 0.9  # and the new class is still learned


def test_where_the_network_names_a_split_teaching_also_tunes_the_top_and_leaves_the_rest(
    tiny_model_dir, replay_dir, photos_with_new_class, tmp_path, monkeypatch
):
    """The upper layers train on cached split tensors (core/teach/upper.py): the layers above the split move,
    those below stay as they were, and the new class is still learned."""
    from dataclasses import replace

    from fruitclassifier import architectures
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.models.registry import load_keras

    row = architectures.BY_NAME["custom_cnn"]
    monkeypatch.setitem(architectures.BY_NAME, "custom_cnn", replace(row, teach_split="block2_pool"))
    events: list = []
    options = TeachOptions(**{**FAST.__dict__, "replay_dir": str(replay_dir), "tune_epochs": 3})
    info = teach(tiny_model_dir, photos_with_new_class, options, on_event=events.append)
    parent, taught = load_keras(tiny_model_dir / "model.keras"), load_keras(info.model_file)
    same = lambda name: all(np.array_equal(a, b) for a, b in  # noqa: E731
                            zip(parent.get_layer(name).get_weights(), taught.get_layer(name).get_weights()))
    assert same("block1_conv") and same("block2_conv")
    assert not same("fc")  # above the split: tuned
    assert len([e for e in events if isinstance(e, EpochEnded)]) == FAST.epochs + 3
    test = make_image_folder(tmp_path / "test", per_class=8, classes=["plum"], seed=31)
    assert _accuracy(Classifier.load(info), test, "plum") >= 0.85
