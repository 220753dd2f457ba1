"""The saved-model store: atomic saves, listing without TensorFlow, names, import, bundled models."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import keras
import numpy as np
import pytest

from fruitclassifier import __version__, paths
from fruitclassifier.core import store
from fruitclassifier.core.importers.app_model import import_model
from fruitclassifier.core.models import build_model
from fruitclassifier.core.store import (
    StoreError,
    delete_model,
    find_model,
    list_models,
    rename_model,
    reveal_path,
    save_model,
    update_metadata,
)

CLASSES = ["apple", "banana"]


@pytest.fixture(autouse=True)
def no_bundled_models(tmp_path, monkeypatch):
    """Tests see no real bundled models (resources/models may hold the app's default one)."""
    monkeypatch.setattr(paths, "bundled_models_dir", lambda: tmp_path / "no-bundled-models")


@pytest.fixture(scope="module")
def model() -> keras.Model:
    return build_model("custom_cnn", 2, 16, seed=0)


def _meta(**extra) -> dict:
    return {"arch": "custom_cnn", "class_names": CLASSES, "image_size": 16, "preprocessing": "rescale", **extra}


def _fake_model_folder(root, name: str, meta: dict | None = None, created: str = "2024-01-01T00:00:00+00:00"):
    """A model folder without TensorFlow: listing only reads metadata.json."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "model.keras").write_bytes(b"PK fake")
    meta = {"name": name, "created": created, **_meta()} if meta is None else meta
    (folder / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_listing_does_not_import_tensorflow(fc_home):
    _fake_model_folder(paths.models_dir(), "fruits")
    code = (
        "import sys; from fruitclassifier.core.store import list_models, find_model; "
        "infos = list_models(); assert [i.name for i in infos if not i.bundled] == ['fruits'], infos; "
        "assert find_model('fruits').class_names == ['apple', 'banana']; "
        "bad = [k for k in ('tensorflow', 'keras') if k in sys.modules]; assert not bad, bad"
    )
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_save_writes_model_and_complete_metadata(model):
    metrics = {"val_accuracy": np.float32(0.75)}  # numpy values from training must be JSON-safe
    info = save_model(model, _meta(metrics=metrics, history={"loss": [np.float64(1.0), 0.5]}), name="My Fruits!")
    assert info.name == "My Fruits!" and info.path.name == "my-fruits"
    assert info.path.parent == paths.models_dir() and not info.bundled
    meta = json.loads((info.path / "metadata.json").read_text(encoding="utf-8"))
    assert meta["name"] == "My Fruits!" and meta["app_version"] == __version__
    assert meta["sha256"] == store.sha256_file(info.model_file)
    assert meta["size"] == info.size_bytes == info.model_file.stat().st_size
    assert meta["params"] == model.count_params() and meta["created"]
    assert info.accuracy == pytest.approx(0.75) and info.history == {"loss": [1.0, 0.5]}
    assert info.arch == "custom_cnn" and info.image_size == 16 and info.class_names == CLASSES
    json.dumps(info.to_dict())
    assert reveal_path(info) == info.model_file
    assert not [p for p in paths.models_dir().iterdir() if p.name.startswith(".tmp-")]


def test_name_collisions_get_a_number(model):
    first = save_model(model, _meta(), name="Fruits")
    second = save_model(model, _meta(), name="fruits")
    third = save_model(model, _meta(), name="Fruits")
    assert [first.name, second.name, third.name] == ["Fruits", "fruits (2)", "Fruits (3)"]
    assert len({first.path, second.path, third.path}) == 3


def test_default_name_and_metadata_name(model):
    assert save_model(model, _meta(name="From metadata")).name == "From metadata"
    assert save_model(model, _meta()).name.startswith("custom_cnn ")


def test_find_by_display_name_folder_name_paths_and_case(model):
    info = save_model(model, _meta(), name="Summer Fruit")
    for query in ("Summer Fruit", "summer-fruit", "SUMMER FRUIT", str(info.path), str(info.model_file)):
        assert find_model(query).path == info.path, query
    with pytest.raises(StoreError, match="No saved model called 'winter'.*Summer Fruit"):
        find_model("winter")


def test_loose_keras_file_with_sibling_metadata_is_found(model, tmp_path):
    model.save(tmp_path / "fruit.keras")
    (tmp_path / "metadata.json").write_text(json.dumps({"name": "loose", **_meta()}), encoding="utf-8")
    info = find_model(tmp_path / "fruit.keras")
    assert info.model_file == tmp_path / "fruit.keras" and info.name == "loose"
    with pytest.raises(StoreError, match="not in the app's model folder"):
        delete_model(str(tmp_path / "fruit.keras"))


def test_list_is_newest_first_and_skips_broken_and_leftover_folders(fc_home):
    root = paths.models_dir()
    _fake_model_folder(root, "old", created="2023-05-01T10:00:00+00:00")
    _fake_model_folder(root, "new", created="2025-05-01T10:00:00+00:00")
    _fake_model_folder(root, ".tmp-0123abcd")  # a save killed after writing everything
    (root / "broken").mkdir()
    (root / "broken" / "metadata.json").write_text("{not json", encoding="utf-8")
    (root / "list").mkdir()
    (root / "list" / "metadata.json").write_text("[1, 2]", encoding="utf-8")
    _fake_model_folder(root, "no-model-file").joinpath("model.keras").unlink()
    (root / "stray.txt").write_text("x", encoding="utf-8")
    assert [i.name for i in list_models()] == ["new", "old"]


def test_stale_temp_folders_are_cleaned_by_the_next_save(model):
    root = paths.models_dir()
    stale = _fake_model_folder(root, ".tmp-stale")
    fresh = _fake_model_folder(root, ".tmp-fresh")  # maybe another process saving right now
    old = time.time() - store.STALE_TMP_SECONDS - 60
    os.utime(stale, (old, old))
    save_model(model, _meta(), name="x")
    assert not stale.exists() and fresh.exists()


def test_failed_save_leaves_nothing_behind(model, monkeypatch):
    def disk_full(path, *args, **kwargs):
        path.write_bytes(b"half a model")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model, "save", disk_full)
    with pytest.raises(StoreError, match="No space left on device.*free disk space"):
        save_model(model, _meta(), name="doomed")
    assert list(paths.models_dir().iterdir()) == [] and list_models() == []


def test_rename_moves_folder_and_keeps_metadata(model):
    info = save_model(model, _meta(notes="keep me"), name="Apples")
    other = save_model(model, _meta(), name="Pears")
    renamed = rename_model("Apples", "Green Apples")
    assert renamed.name == "Green Apples" and renamed.path.name == "green-apples"
    assert not info.path.exists() and renamed.model_file.is_file()
    assert find_model("green apples").metadata["notes"] == "keep me"
    assert rename_model("Green Apples", "Green Apples").path == renamed.path
    with pytest.raises(StoreError, match="already exists"):
        rename_model("Green Apples", "pears")
    with pytest.raises(StoreError, match="empty"):
        rename_model("Green Apples", "  ")
    assert other.path.exists()


def test_delete_removes_the_model(model):
    info = save_model(model, _meta(), name="Doomed")
    delete_model("Doomed")
    assert not info.path.exists() and list_models() == []
    assert list(paths.models_dir().iterdir()) == []
    with pytest.raises(StoreError, match="No saved model"):
        delete_model("Doomed")


def test_update_metadata_merges_atomically(model):
    save_model(model, _meta(metrics={"val_accuracy": 0.5}), name="m")
    updated = update_metadata("m", {"metrics": {"val_accuracy": 0.5, "test_accuracy": 0.9}, "notes": "tested"})
    assert updated.accuracy == pytest.approx(0.9)
    reread = find_model("m")
    assert reread.metadata["notes"] == "tested" and reread.metadata["sha256"]
    assert sorted(p.name for p in reread.path.iterdir()) == ["metadata.json", "model.keras", "model.tflite"]
    with pytest.raises(StoreError, match="rename_model"):
        update_metadata("m", {"name": "other"})


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """A fake resources/models folder holding one read-only model."""
    root = tmp_path / "resources" / "models"
    _fake_model_folder(root, "default-fruits", {"name": "Default Fruits", "created": "2020-01-01T00:00:00", **_meta()})
    monkeypatch.setattr(paths, "bundled_models_dir", lambda: root)
    return root


def test_bundled_models_are_listed_first_and_read_only(bundled, model):
    save_model(model, _meta(), name="Mine")
    infos = list_models()
    assert [(i.name, i.bundled) for i in infos] == [("Default Fruits", True), ("Mine", False)]
    assert find_model(str(bundled / "default-fruits")).bundled
    with pytest.raises(StoreError, match="bundled model and cannot be renamed"):
        rename_model("Default Fruits", "x")
    with pytest.raises(StoreError, match="bundled model and cannot be deleted"):
        delete_model("default-fruits")
    with pytest.raises(StoreError, match="bundled"):
        update_metadata("Default Fruits", {"notes": "x"})
    assert (bundled / "default-fruits" / "model.keras").is_file()
    assert save_model(model, _meta(), name="Default Fruits").name == "Default Fruits (2)"


# --- import -----------------------------------------------------------------------------------


@pytest.fixture
def loose_model(model, tmp_path):
    folder = tmp_path / "download"
    folder.mkdir()
    path = folder / "fruit-net.keras"
    model.save(path)
    return path


def test_import_with_class_list_copies_the_file(loose_model, model):
    info = import_model(loose_model, CLASSES)
    assert info.name == "fruit-net" and info.class_names == CLASSES and info.image_size == 16
    assert info.arch == "imported" and info.metadata["sha256"] == store.sha256_file(loose_model)
    assert info.metadata["params"] == model.count_params()
    assert find_model("fruit-net").path == info.path


@pytest.mark.parametrize("kind", ["txt", "json_list", "json_meta"])
def test_import_reads_class_names_from_files(loose_model, kind):
    names = loose_model.parent / ("names.txt" if kind == "txt" else "names.json")
    if kind == "txt":
        names.write_text("apple\n\nbanana\n", encoding="utf-8")
    else:
        names.write_text(json.dumps(CLASSES if kind == "json_list" else {"class_names": CLASSES}), encoding="utf-8")
    assert import_model(loose_model, names, name="Imported").class_names == CLASSES


def test_import_uses_sibling_metadata(loose_model):
    meta = {"name": "Trained elsewhere", "sha256": "stale", **_meta(metrics={"test_accuracy": 0.8})}
    (loose_model.parent / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    info = import_model(loose_model)
    assert info.name == "Trained elsewhere" and info.arch == "custom_cnn" and info.accuracy == 0.8
    assert info.metadata["sha256"] == store.sha256_file(loose_model)


def test_import_refuses_wrong_class_count_and_missing_names(loose_model):
    with pytest.raises(StoreError, match="has 2 outputs but 3 class names"):
        import_model(loose_model, ["a", "b", "c"])
    with pytest.raises(StoreError, match="No class names"):
        import_model(loose_model)
    with pytest.raises(StoreError, match="unique.*repeated: apple"):
        import_model(loose_model, ["apple", "apple"])
    assert list_models() == []


def test_import_refuses_files_that_are_not_models(tmp_path):
    bad = tmp_path / "photo.keras"
    bad.write_bytes(os.urandom(2048))
    with pytest.raises(StoreError, match="photo.keras: not a Keras model file"):
        import_model(bad, CLASSES)
    assert list(paths.models_dir().iterdir()) == []


def test_slugify_is_filesystem_safe():
    assert store.slugify("Äpfel / Birnen: v2?") == "apfel-birnen-v2"
    assert store.slugify("苹果") == "model"
    assert store.slugify("CON") == "con-model"
    assert store.slugify("...") == "model"
    assert len(store.slugify("x" * 300)) <= 64


def test_store_never_touches_the_real_home(fc_home):
    assert paths.models_dir().is_relative_to(fc_home)
    shutil.rmtree(paths.models_dir())
    assert list_models() == []


def test_accuracy_is_labelled_with_where_it_was_measured(tmp_path):
    """Fruits-360 Test accuracy flatters any model: it is named, and a real-photo figure comes first."""
    from fruitclassifier.core.store import ModelInfo

    def info(metadata):
        return ModelInfo(name="m", path=tmp_path, metadata=metadata, bundled=False)

    fruits = info({"metrics": {"test_accuracy": 1.0, "realistic_accuracy": 0.781},
                   "config": {"data_dir": "../shared/datasets/fruits360-subset/Training"}})
    assert fruits.accuracy_text() == "78.1% on real photos · 100.0% on Fruits-360 Test"
    assert info({"metrics": {"test_accuracy": 0.9}, "config": {"data_dir": "/my/shop"}}).accuracy_text() == \
        "90.0% on test set"
    assert info({"metrics": {"val_accuracy": 0.5}}).accuracy_text() == "50.0% on validation"
    assert info({}).accuracy_text() == ""


def test_the_not_one_of_mine_class_is_not_counted_as_a_class(tmp_path):
    from fruitclassifier.core.store import ModelInfo

    info = ModelInfo(name="m", path=tmp_path, bundled=False,
                     metadata={"class_names": ["Kiwi 1", "Lemon 1", "_other"], "open_set": {"other_class": "_other"}})
    assert info.own_class_names == ["Kiwi 1", "Lemon 1"]
    assert info.classes_text() == "2 classes + not one of mine"
    assert ModelInfo(name="n", path=tmp_path, bundled=False, metadata={"class_names": ["a", "b", "c"]}).classes_text() \
        == "3 classes"
