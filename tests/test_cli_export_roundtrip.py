"""Export to .tflite, then import it with no flags: the copy answers like the original (issue 27, item 3).

Through real CLI processes, as a user runs them: the export must carry what the import cannot guess
(class names, the 0..255 scaling, the "not one of my fruits" class and its calibrated threshold).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import subprocess
import sys

from helpers import edit_metadata, make_image_folder
import pytest

THRESHOLD = 0.8


def _cli(fc_home: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    env.pop("TF_CPP_MIN_LOG_LEVEL", None)  # as a user runs it (conftest sets it)
    return subprocess.run([sys.executable, "-m", "fruitclassifier", *argv], capture_output=True, text=True,
                          timeout=240, env=env)


@pytest.fixture
def open_set_model(tiny_model_dir, tmp_path) -> Path:
    """The tiny model with its kiwi column made the "not one of my fruits" class, calibrated at THRESHOLD."""
    folder = tmp_path / "model with open set"
    shutil.copytree(tiny_model_dir, folder)
    edit_metadata(folder, name="fruit with refusals", class_names=["apple", "banana", "_other"],
                  open_set={"other_class": "_other", "threshold": THRESHOLD})
    return folder


def test_export_then_import_without_flags_answers_the_same(open_set_model, tmp_path, fc_home):
    photos = make_image_folder(tmp_path / "photos", per_class=2, size=24, seed=9)
    out = tmp_path / "exported" / "fruit.tflite"
    done = _cli(fc_home, "export", str(open_set_model), str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # -q: no TensorFlow start-up lines either (item 5)
    imported = _cli(fc_home, "import", str(out), "--json")
    assert imported.returncode == 0, imported.stderr
    meta = json.loads(imported.stdout)["metadata"]
    assert meta["open_set"] == {"other_class": "_other", "threshold": THRESHOLD}
    assert meta["source"]["scaling"] == "0-255"
    before, after = (_answers(fc_home, model, photos) for model in (str(open_set_model), meta["name"]))
    assert [a["unknown"] for a in after] == [a["unknown"] for a in before]
    assert any(a["unknown"] for a in after)  # the kiwis: refused as before, not named "_other"
    for old, new in zip(before, after):
        assert [t["label"] for t in new["top"]] == [t["label"] for t in old["top"]]
        assert new["top"][0]["probability"] == pytest.approx(old["top"][0]["probability"], abs=1e-3)
    _check_given_flags_keep_the_refusals(out, tmp_path)


def _check_given_flags_keep_the_refusals(exported: Path, tmp_path: Path) -> None:
    """Names and scaling given by hand (here: the labels file the export wrote) still keep the calibration."""
    from fruitclassifier import cli
    from fruitclassifier.core.store import find_model

    labels = exported.with_name("fruit-labels.txt")
    assert labels.read_text().split() == ["apple", "banana", "_other"]
    assert cli.main(["import", str(exported), "--labels", str(labels), "--scaling", "0-255", "--name", "by hand"]) == 0
    info = find_model("by hand")
    assert info.metadata["open_set"]["threshold"] == THRESHOLD and info.own_class_names == ["apple", "banana"]


def _answers(fc_home: Path, model: str, photos: Path) -> list[dict]:
    done = _cli(fc_home, "predict", model, str(photos), "--json")
    assert done.returncode == 0, done.stderr
    return sorted(json.loads(done.stdout), key=lambda a: a["path"])
