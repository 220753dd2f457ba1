"""core.data: folder scanning, splitting, decoding and the tf.data pipelines."""

from __future__ import annotations

from pathlib import Path
import shutil
import subprocess
import sys
import time

from PIL import Image
from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.config import AugmentConfig
from fruitclassifier.core.data import folders, images, pipeline
from fruitclassifier.core.data.folders import DataError


def _truncate(path: Path) -> Path:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


# ----------------------------------------------------------------------------- scan


def test_scan_flat_folder(tiny_folder):
    s = folders.scan(tiny_folder)
    assert s.root == tiny_folder and s.test_dir is None
    assert s.class_names == ["apple", "banana", "kiwi"] and s.num_classes == 3
    assert s.counts == {"apple": 12, "banana": 12, "kiwi": 12}
    assert len(s.files) == len(s.labels) == 36
    assert all(s.files[i].parent.name == s.class_names[s.labels[i]] for i in range(36))
    assert s.unreadable == [] and s.warnings == []
    assert len(s.fingerprint) == 16
    assert s.image_sizes["min_width"] == s.image_sizes["max_height"] == 24
    d = s.to_dict()
    assert d["num_images"] == 36 and d["root"] == str(tiny_folder) and "files" not in d
    assert len(s.to_dict(include_files=True)["files"]) == 36


def test_scan_fruits360_layout(tiny_fruits360):
    s = folders.scan(tiny_fruits360)
    assert s.root == tiny_fruits360 / "Training"
    assert s.test_dir == tiny_fruits360 / "Test"
    assert s.counts["kiwi"] == 12
    assert folders.scan(s.test_dir).counts["kiwi"] == 4


def test_scan_training_without_test(tmp_path):
    make_image_folder(tmp_path / "x" / "Training", per_class=3, size=16)
    s = folders.scan(tmp_path / "x")
    assert s.root.name == "Training" and s.test_dir is None


def test_scan_skips_hidden_and_non_images_and_reports_empty(tiny_folder):
    apple = tiny_folder / "apple"
    (apple / ".DS_Store").write_bytes(b"\x00\x00junk")
    (apple / "._apple_000.jpg").write_bytes(b"\x00\x05\x16\x07 appledouble")
    (apple / "notes.txt").write_text("not an image")
    (apple / "empty.jpg").write_bytes(b"")
    shutil.copy(apple / "apple_001.jpg", apple / "no_extension")  # found by its magic bytes
    (apple / "more").mkdir()
    shutil.copy(apple / "apple_002.jpg", apple / "more" / "nested.jpg")
    (tiny_folder / ".hidden_class").mkdir()
    shutil.copy(apple / "apple_002.jpg", tiny_folder / ".hidden_class" / "x.jpg")
    s = folders.scan(tiny_folder)
    assert s.class_names == ["apple", "banana", "kiwi"]
    assert s.counts["apple"] == 14
    names = {p.name for p in s.files}
    assert {"no_extension", "nested.jpg"} <= names and "notes.txt" not in names
    assert s.unreadable == [(apple / "empty.jpg", "empty file (0 bytes)")]
    assert any("cannot be used" in w for w in s.warnings)


def test_scan_verify_finds_broken_files(tiny_folder):
    broken = _truncate(tiny_folder / "kiwi" / "kiwi_001.jpg")
    (tiny_folder / "kiwi" / "fake.png").write_text("hello")
    quick = folders.scan(tiny_folder)
    assert broken in quick.files  # names and sizes only: not opened
    s = folders.scan(tiny_folder, verify=True)
    assert broken not in s.files and s.counts["kiwi"] == 11
    reasons = dict(s.unreadable)
    assert "truncated" in reasons[broken] and reasons[tiny_folder / "kiwi" / "fake.png"].startswith("not an image")
    assert len(s.files) == len(s.labels) == 35
    assert s.fingerprint == quick.fingerprint


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda p: p.mkdir(), "no class folders"),
        (lambda p: make_image_folder(p, per_class=2, classes=["apple"]), "only one class"),
        (lambda p: [(p / c).mkdir(parents=True) for c in ("a", "b")], "no images"),
        (lambda p: (p.parent.mkdir(exist_ok=True), p.write_text("x")), "not a folder"),
        (lambda p: None, "does not exist"),
    ],
)
def test_scan_errors(tmp_path, setup, message):
    target = tmp_path / "data"
    setup(target)
    with pytest.raises(DataError, match=message):
        folders.scan(target)


def test_scan_loose_images_say_what_to_do(tmp_path):
    Image.new("RGB", (8, 8)).save(tmp_path / "a.jpg")
    with pytest.raises(DataError, match="own sub-folder"):
        folders.scan(tmp_path)


def test_scan_warns_about_imbalance_and_tiny_classes(tmp_path):
    make_image_folder(tmp_path, per_class=13, size=16, classes=["apple", "banana"])
    make_image_folder(tmp_path, per_class=3, size=16, classes=["kiwi"])
    (tmp_path / "empty_class").mkdir()
    s = folders.scan(tmp_path)
    text = " ".join(s.warnings)
    assert "unbalanced" in text and "'kiwi' only 3" in text
    assert "fewer than 5" in text and "empty_class" in text
    assert s.class_names == ["apple", "banana", "kiwi"]


def test_fingerprint_is_stable_and_tracks_changes(tiny_folder, tmp_path):
    first = folders.scan(tiny_folder).fingerprint
    assert folders.scan(tiny_folder).fingerprint == first
    clone = shutil.copytree(tiny_folder, tmp_path / "elsewhere" / "clone")
    assert folders.scan(clone).fingerprint == first  # relative paths: same data, same fingerprint
    with open(clone / "kiwi" / "kiwi_003.jpg", "ab") as fh:
        fh.write(b"\x00")
    assert folders.scan(clone).fingerprint != first
    shutil.copy(tiny_folder / "kiwi" / "kiwi_001.jpg", tiny_folder / "kiwi" / "kiwi_999.jpg")
    assert folders.scan(tiny_folder).fingerprint != first


_SCAN_AUDIT = """
import json, sys, time
root = sys.argv[1]
opened = []
sys.addaudithook(lambda event, args: event == "open" and str(args[0]).startswith(root) and opened.append(args[0]))
from fruitclassifier.core.data import folders
start = time.perf_counter()
s = folders.scan(root)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "files": len(s.files), "counts": s.counts, "opened": opened}))
"""


def test_scan_is_listing_only_and_fast(tmp_path):
    """~3,000 files: listed by name and size, only a small header sample ever opened (the approach that makes
    90,000 take < 5 s). Every real open under the folder is counted by an audit hook in a fresh process."""
    import json

    fake = b"\xff\xd8\xff\xe0 not decoded during a scan"
    for c in range(3):
        folder = tmp_path / f"class_{c}"
        folder.mkdir()
        for i in range(1000):
            (folder / f"{i:04d}.jpg").write_bytes(fake)
    done = subprocess.run([sys.executable, "-c", _SCAN_AUDIT, str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["files"] == 3000 and result["counts"] == {"class_0": 1000, "class_1": 1000, "class_2": 1000}
    assert 0 < len(result["opened"]) <= folders.SIZE_SAMPLE  # the size sample's headers, nothing more
    assert result["seconds"] < 3.0, result["seconds"]  # listing 3,000 entries takes ~0.05 s; decoding each, far more


def test_scan_does_not_import_tensorflow(tiny_folder):
    code = (
        "import sys; from fruitclassifier.core.data import folders; "
        f"s = folders.scan({str(tiny_folder)!r}); folders.stratified_split(s.labels, 0.2, 1); "
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules, 'TF imported'; print(len(s.files))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "36"


# ----------------------------------------------------------------------------- split


def test_stratified_split():
    labels = [0] * 50 + [1] * 10 + [2] * 2 + [3]
    train, val = folders.stratified_split(labels, 0.2, seed=7)
    assert sorted(np.concatenate([train, val]).tolist()) == list(range(len(labels)))
    assert not set(train) & set(val)
    lab = np.array(labels)
    assert np.bincount(lab[val], minlength=4).tolist() == [10, 2, 1, 0]
    assert np.bincount(lab[train], minlength=4).tolist() == [40, 8, 1, 1]
    again = folders.stratified_split(labels, 0.2, seed=7)
    assert np.array_equal(again[0], train) and np.array_equal(again[1], val)
    other = folders.stratified_split(labels, 0.2, seed=8)
    assert not np.array_equal(other[1], val)
    none_train, none_val = folders.stratified_split(labels, 0.0, seed=7)
    assert len(none_val) == 0 and len(none_train) == len(labels)
    with pytest.raises(ValueError):
        folders.stratified_split(labels, 1.0, seed=7)


def test_stratified_split_large_share_keeps_one_in_train():
    train, val = folders.stratified_split([0, 0, 1, 1, 1], 0.9, seed=0)
    assert len(train) == 2 and len(val) == 3


# ----------------------------------------------------------------------------- decoding


def test_load_images(tiny_folder):
    s = folders.scan(tiny_folder)
    files = s.files[:10] + [tiny_folder / "missing.jpg"]
    seen = []
    arrays, ok, errors = pipeline.load_images(files, 16, on_progress=lambda done, total: seen.append((done, total)))
    assert arrays.shape == (11, 16, 16, 3) and arrays.dtype == np.uint8
    assert ok.tolist() == [True] * 10 + [False]
    assert errors == [(tiny_folder / "missing.jpg", "file not found")]
    assert np.array_equal(arrays[3], images.load_array(files[3], 16))
    assert seen[-1] == (11, 11)


def test_load_images_stops_when_asked(tiny_folder, monkeypatch):
    files = folders.scan(tiny_folder).files * 10
    real = images.load_array

    def slow(path, size):
        time.sleep(0.002)
        return real(path, size)

    monkeypatch.setattr(images, "load_array", slow)
    _, ok, errors = pipeline.load_images(files, 16, should_stop=lambda: True)
    assert errors == [] and 0 < ok.sum() < len(files) // 2


# ----------------------------------------------------------------------------- tf.data


def _collect(ds):
    xs, ys = [], []
    for x, y in ds:
        assert x.dtype.name == "float32" and y.dtype.name == "int32"
        xs.append(x.numpy())
        ys.append(y.numpy())
    return np.concatenate(xs), np.concatenate(ys)


@pytest.mark.parametrize("cache", ["memory", "disk"])
def test_make_dataset_drops_and_reports_broken_files(tiny_folder, cache):
    broken = _truncate(tiny_folder / "banana" / "banana_004.jpg")
    s = folders.scan(tiny_folder)
    ds, errors = pipeline.make_dataset(s.files, s.labels, 16, 8, training=False, seed=0, cache=cache)
    assert [p for p, _ in errors] == [broken] and "truncated" in errors[0][1]
    x, y = _collect(ds)
    assert x.shape == (35, 16, 16, 3) and 0 <= x.min() and x.max() <= 255
    kept = [i for i, f in enumerate(s.files) if f != broken]
    assert y.tolist() == [s.labels[i] for i in kept]  # evaluation order = file order minus errors
    assert np.array_equal(x[5].astype(np.uint8), images.load_array(s.files[kept[5]], 16))
    first = next(iter(ds))[0]
    assert first.shape == (8, 16, 16, 3)


def test_disk_cache_written_and_reused(tiny_folder, monkeypatch):
    s = folders.scan(tiny_folder)
    ds, _ = pipeline.make_dataset(s.files, s.labels, 16, 8, training=True, seed=1, cache="disk")
    x, y = _collect(ds)
    assert x.shape == (36, 16, 16, 3) and sorted(y.tolist()) == sorted(s.labels)
    cached = {p.suffix for p in paths.cache_dir().iterdir()}
    assert ".index" in cached and ".json" in cached
    monkeypatch.setattr(images, "load_array", lambda *a: pytest.fail("decoded again instead of cache"))
    monkeypatch.setattr(images, "verify", lambda *a: pytest.fail("verified again instead of cache note"))
    ds2, errors = pipeline.make_dataset(s.files, s.labels, 16, 8, training=True, seed=1, cache="disk")
    x2, y2 = _collect(ds2)
    assert errors == [] and sorted(y2.tolist()) == sorted(s.labels)


def test_training_shuffle_is_seeded_and_changes_each_epoch(tiny_folder):
    s = folders.scan(tiny_folder)
    ds, _ = pipeline.make_dataset(s.files, s.labels, 16, 64, training=True, seed=3, cache="memory")
    epoch1, epoch2 = _collect(ds)[1], _collect(ds)[1]
    assert sorted(epoch1.tolist()) == sorted(s.labels)
    assert epoch1.tolist() != epoch2.tolist()
    ds_again, _ = pipeline.make_dataset(s.files, s.labels, 16, 64, training=True, seed=3, cache="memory")
    assert _collect(ds_again)[1].tolist() == epoch1.tolist()


def test_make_dataset_with_augmentation(tiny_folder):
    s = folders.scan(tiny_folder)
    cfg = AugmentConfig(enabled=True, blur_noise=0.5)
    ds, _ = pipeline.make_dataset(s.files, s.labels, 16, 12, training=True, seed=0, augment=cfg)
    x, y = _collect(ds)
    assert x.shape == (36, 16, 16, 3) and 0 <= x.min() and x.max() <= 255
    plain, _ = pipeline.make_dataset(s.files, s.labels, 16, 12, training=False, seed=0, augment=cfg)
    assert np.array_equal(_collect(plain)[0][0].astype(np.uint8), images.load_array(s.files[0], 16))


def test_make_dataset_auto_picks_memory_for_small_sets(tiny_folder, monkeypatch):
    s = folders.scan(tiny_folder)
    monkeypatch.setattr(pipeline, "_disk_dataset", lambda *a: pytest.fail("small data should stay in memory"))
    ds, _ = pipeline.make_dataset(s.files, s.labels, 16, 8, training=False, seed=0)
    assert _collect(ds)[0].shape[0] == 36
    assert pipeline._cache_mode("auto", 200_000, 100) == "disk"


def test_make_dataset_errors(tmp_path):
    bad = tmp_path / "bad.jpg"
    bad.write_text("nope")
    with pytest.raises(DataError, match="none of the 1 images"):
        pipeline.make_dataset([bad], [0], 16, 4, training=False, seed=0)
    with pytest.raises(DataError):
        pipeline.make_dataset([], [], 16, 4, training=False, seed=0)
    with pytest.raises(ValueError, match="cache"):
        pipeline.make_dataset([bad], [0], 16, 4, training=False, seed=0, cache="gpu")
