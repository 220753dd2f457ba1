"""A doctored model folder gets exit 2 and one line naming the problem, in bounded time and memory (issue 19).

The issue's table, from the CLI, on copies of a real trained model: image_size 100000 (which once
allocated 24 GB) and 64, an extra class name, class_names as a string, image_size "big", no
metadata.json, plus the other cases found since (huge metadata, too many names, unknown
preprocessing, a broken open_set, a foreign model.tflite). And the store: a broken folder is listed
with its reason (only when asked), never offered to open, and can be deleted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import resource
import shutil
import subprocess
import sys
import time

from helpers import edit_metadata
import pytest

from fruitclassifier import paths
from fruitclassifier.cli import main
from fruitclassifier.core import store
from fruitclassifier.core.models.model_check import ModelMetadataError

#: (metadata changes, words the one line must hold)
TABLE = [
    ({"image_size": 64}, "image_size 64 but the network takes 24×24"),
    ({"class_names": ["apple", "banana", "kiwi", "mango"]}, "lists 4 class_names but the network has 3"),
    ({"class_names": "apple"}, "no class_names list (found 'apple')"),
    ({"image_size": "big"}, "image_size must be a positive whole number of pixels, not 'big'"),
    ({"class_names": [f"c{i}" for i in range(6000)]}, "6000 class_names, more than the 5000"),
    ({"class_names": ["apple", "banana", "k" * 300]}, "class_names must be non-empty one-line texts of at most 200"),
    ({"preprocessing": "sharpen"}, "preprocessing 'sharpen' is not one this app knows"),
    ({"open_set": {"other_class": "_other", "threshold": 0.3}}, "open_set names the class '_other'"),
    ({"open_set": {"other_class": "kiwi", "threshold": "high"}}, "open_set threshold must be a number"),
]


@pytest.fixture
def doctored(tiny_model_dir, tmp_path):
    def copy(**changes) -> Path:
        folder = tmp_path / "doctored"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(tiny_model_dir, folder)
        edit_metadata(folder, **changes)
        return folder
    return copy


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "unexpected" not in err, err
    return err


@pytest.mark.parametrize("changes, words", TABLE)
def test_each_doctored_folder_exits_2_with_one_line(doctored, tiny_folder, capsys, changes, words):
    folder = doctored(**changes)
    before = sorted(os.listdir(folder))
    assert main(["predict", str(folder), str(tiny_folder / "kiwi" / "kiwi_001.jpg")]) == 2
    assert words in _one_line(capsys)
    assert sorted(os.listdir(folder)) == before  # nothing written


def test_no_metadata_and_huge_metadata_exit_2(doctored, tiny_folder, capsys):
    photo = str(tiny_folder / "kiwi" / "kiwi_001.jpg")
    folder = doctored()
    (folder / "metadata.json").write_text(json.dumps({"class_names": ["a", "b", "c"], "image_size": 24,
                                                      "notes": "x" * (9 << 20)}))
    assert main(["predict", str(folder), photo]) == 2
    assert "metadata.json is 9 MB, more than the 8 MB" in _one_line(capsys)
    (folder / "metadata.json").unlink()
    assert main(["predict", str(folder), photo]) == 2
    assert "has no metadata.json" in _one_line(capsys)


def test_a_foreign_tflite_is_named_in_the_next_step(doctored, tiny_folder, tmp_path, capsys):
    """A model.tflite swapped for another network's (its record still says it is model.keras's copy)."""
    folder = doctored()
    other = json.loads((folder / "metadata.json").read_text())
    (folder / "model.tflite").write_bytes(_other_tflite(tmp_path))
    capsys.readouterr()  # the converter's own chatter
    assert main(["predict", str(folder), str(tiny_folder / "kiwi" / "kiwi_001.jpg")]) == 2
    line = _one_line(capsys)
    assert "the network has 5 outputs" in line and "delete model.tflite" in line, line
    assert json.loads((folder / "metadata.json").read_text()) == other


def _other_tflite(tmp_path: Path) -> bytes:
    import keras

    from fruitclassifier.core.conversion import tflite

    model = keras.Sequential([keras.Input((24, 24, 3)), keras.layers.Flatten(), keras.layers.Dense(5)])
    return tflite.convert(model)


def test_image_size_100000_is_refused_before_anything_is_allocated(doctored, tiny_folder):
    """The issue's worst case, in a process that may not take 3 GB: one 100000-px photo would need 28 GB."""
    folder = doctored(image_size=100000)
    started = time.perf_counter()
    done = _limited_predict(folder, tiny_folder / "kiwi" / "kiwi_001.jpg")
    assert done.returncode == 2, done.stderr[-2000:]
    assert "image_size 100000 is outside 16..1024 pixels" in done.stderr
    assert time.perf_counter() - started < 60


def _limited_predict(folder: Path, photo: Path) -> subprocess.CompletedProcess:
    """``predict`` in a process that may not take 3 GB (the address-space limit also covers LiteRT's arena)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    return subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(folder), str(photo)],
                          capture_output=True, text=True, timeout=120, preexec_fn=limit,
                          env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})


def test_a_tflite_declaring_gigabytes_is_refused_before_litert_allocates_them(doctored, tiny_folder):
    """A 2 KB flatbuffer declaring a 12000-px input (2.9 GB of tensors), recorded as model.keras's copy."""
    import keras

    from fruitclassifier.core.conversion import tflite

    folder = doctored()
    model = keras.Sequential([keras.Input((12000, 12000, 3), batch_size=1), keras.layers.Conv2D(2, 3),
                              keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(3)])
    (folder / "model.tflite").write_bytes(tflite.convert(model))
    done = _limited_predict(folder, tiny_folder / "kiwi" / "kiwi_001.jpg")
    assert done.returncode == 2, done.stderr[-2000:]
    assert "tiny cnn: model.tflite declares 2.9 GB of tensors" in done.stderr, done.stderr
    assert "delete model.tflite" in done.stderr and len(done.stderr.strip().splitlines()) == 1


# --- the store: broken folders listed with a reason, never opened, deletable ------------------------------


def _store_with_broken(tiny_model_dir) -> dict[str, Path]:
    root = paths.models_dir()
    good = Path(shutil.copytree(tiny_model_dir, root / "good"))
    folders = {"good": good}
    for name, changes in (("huge-size", {"image_size": 100000}), ("string-names", {"class_names": "apple"})):
        folders[name] = Path(shutil.copytree(tiny_model_dir, root / name))
        edit_metadata(folders[name], name=name, **changes)
    folders["no-model"] = root / "no-model"
    folders["no-model"].mkdir()
    (folders["no-model"] / "metadata.json").write_text(json.dumps({"class_names": ["a", "b"], "image_size": 24}))
    folders["garbage"] = root / "garbage"
    folders["garbage"].mkdir()
    (folders["garbage"] / "metadata.json").write_bytes(b"\xff\xfe not json")
    return folders


def test_listing_keeps_broken_folders_out_of_pickers_and_says_why(tiny_model_dir):
    folders = _store_with_broken(tiny_model_dir)
    assert [i.path for i in store.list_models() if not i.bundled] == [folders["good"]]
    listed = {i.path.name: i for i in store.list_models(include_broken=True) if not i.bundled}
    assert set(listed) == set(folders)
    assert listed["good"].problem == ""
    assert "image_size 100000 is outside" in listed["huge-size"].problem
    assert "no class_names list" in listed["string-names"].problem
    assert "model.keras: file not found" in listed["no-model"].problem
    assert "metadata.json is not valid JSON" in listed["garbage"].problem
    with pytest.raises(ModelMetadataError, match="image_size 100000"):
        store.find_model("huge-size")


def test_a_broken_folder_can_be_deleted_but_not_renamed(tiny_model_dir):
    folders = _store_with_broken(tiny_model_dir)
    with pytest.raises(ModelMetadataError):
        store.rename_model("huge-size", "fixed")
    for name in ("huge-size", "garbage", "no-model"):
        store.delete_model(str(folders[name]))
        assert not folders[name].exists()
    assert {i.path.name for i in store.list_models(include_broken=True) if not i.bundled} == {"good",
                                                                                              "string-names"}


def test_the_models_command_says_which_folders_cannot_be_opened(tiny_model_dir, capsys):
    _store_with_broken(tiny_model_dir)
    assert main(["models"]) == 0
    out, err = capsys.readouterr()
    assert "tiny cnn" in out and "huge-size" not in out
    assert "huge-size\tcannot be opened: huge-size: metadata.json image_size 100000 is outside" in err
    assert len(err.strip().splitlines()) == 4  # one line per broken folder
