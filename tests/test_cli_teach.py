"""`fruitclassifier teach`: the new model's name or metadata, and exit 2 with one line for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from helpers import make_image_folder
import pytest

from fruitclassifier.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _one_line_exit_2(code: int, err: str, message: str) -> None:
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert "Traceback" not in err


def test_teach_prints_the_new_model_and_its_scores(capsys, tiny_model_dir, tmp_path):
    photos = make_image_folder(tmp_path / "photos", per_class=6, classes=["plum"], seed=3)
    make_image_folder(photos, per_class=5, classes=["apple"], seed=4)
    replay = make_image_folder(tmp_path / "replay", per_class=8, seed=5)
    code, out, err = _run(capsys, "teach", str(tiny_model_dir), str(photos), "--replay", str(replay),
                          "--epochs", "5", "--top-passes", "0", "--json")
    assert code == 0, err
    meta = json.loads(out)
    assert meta["teach"]["options"]["tune_epochs"] == 0
    assert meta["class_names"] == ["apple", "banana", "kiwi", "plum"]
    assert meta["teach"]["held_back"] == 2 and meta["teach"]["before"] is not None
    assert len(meta["history"]["loss"]) == 5
    code, out, err = _run(capsys, "teach", str(tiny_model_dir), str(photos), "--replay", str(replay),
                          "--epochs", "2", "--name", "My plums")
    assert code == 0, err
    assert out.strip() == "My plums"
    code, out, _ = _run(capsys, "models")
    assert "My plums" in out


def test_teach_exit_codes(capsys, tiny_model_dir, tmp_path):
    empty = tmp_path / "empty"
    (empty / "apple").mkdir(parents=True)
    replay = make_image_folder(tmp_path / "replay", per_class=4, seed=5)
    _one_line_exit_2(*_run(capsys, "teach", str(tiny_model_dir), str(empty), "--replay", str(replay))[::2],
                     "holds no photos")
    broken = make_image_folder(tmp_path / "broken", per_class=3, classes=["apple"])
    (broken / "pear").mkdir()
    (broken / "pear" / "pear.jpg").write_bytes(b"\xff\xd8\xff but truncated")
    _one_line_exit_2(*_run(capsys, "teach", str(tiny_model_dir), str(broken), "--replay", str(replay))[::2],
                     "'pear' has no readable photo")
    # The tiny model records no training folder (like an imported one): say what to pass.
    ok = make_image_folder(tmp_path / "ok", per_class=3, classes=["apple"])
    _one_line_exit_2(*_run(capsys, "teach", str(tiny_model_dir), str(ok))[::2], "--replay DIR")
    _one_line_exit_2(*_run(capsys, "teach", "no-such-model", str(broken))[::2], "No saved model")
    _one_line_exit_2(*_run(capsys, "teach", str(tiny_model_dir), str(broken), "--epochs", "0")[::2], "--epochs")
    _one_line_exit_2(*_run(capsys, "teach", str(tiny_model_dir), str(broken), "--top-passes", "-1")[::2],
                     "--top-passes")


def test_teach_in_a_subprocess_fails_cleanly(tmp_path, tiny_model_dir):
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "teach", str(tiny_model_dir),
                           str(tmp_path / "missing")], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert "is not a folder" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_teach_on_pytorch_runs_in_a_child_and_records_the_backend(capsys, tiny_model_dir, tmp_path):
    """`teach --backend torch` from a process holding TensorFlow: a real child on Keras's PyTorch backend, its
    .tflite made by the TensorFlow converter helper, answered by LiteRT like any model."""
    pytest.importorskip("torch")
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.store import find_model

    photos = make_image_folder(tmp_path / "photos", per_class=8, classes=["plum"], seed=21)
    replay = make_image_folder(tmp_path / "replay", per_class=8, seed=11)
    code, out, err = _run(capsys, "teach", str(tiny_model_dir), str(photos), "--replay", str(replay),
                          "--backend", "torch", "--epochs", "30", "--top-passes", "0", "--json")
    assert code == 0, err
    meta = json.loads(out)
    assert meta["class_names"] == ["apple", "banana", "kiwi", "plum"]
    assert meta["backend"] == "torch" and meta["device"].startswith("CPU (PyTorch)")
    assert meta["teach"]["options"]["backend"] == "torch" and meta["teach"]["after"] >= meta["teach"]["before"]
    info = find_model(meta["name"])
    assert (info.path / "model.tflite").is_file()
    others = make_image_folder(tmp_path / "test", per_class=6, classes=["plum"], seed=31)
    answers = Classifier.load(info)
    assert answers.backend == "tflite"
    named = [p.label for p in answers.classify_paths(sorted((others / "plum").iterdir()))]
    assert named.count("plum") >= 5, named
