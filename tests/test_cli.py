"""The CLI end to end: train one epoch on a tiny folder, predict, evaluate, compare, models; exit codes."""

import json
import os
import subprocess
import sys

import pytest

from fruitclassifier.cli import main
from fruitclassifier.core.verdict import verdict


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _train_tiny(capsys, folder, name):
    code, out, err = _run(capsys, "train", str(folder), "--arch", "custom_cnn", "--epochs", "1",
                          "--image-size", "24", "--batch-size", "8", "--name", name, "--json")
    assert code == 0, err
    return json.loads(out)


def test_train_predict_evaluate_compare_models(capsys, tiny_fruits360, tmp_path):
    meta = _train_tiny(capsys, tiny_fruits360, "first")
    assert meta["name"] == "first" and meta["train_images_per_s"] > 0
    assert "test_accuracy" in meta["metrics"]  # the Test/ beside Training/ was evaluated
    _train_tiny(capsys, tiny_fruits360, "second")

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    code, out, _ = _run(capsys, "predict", "first", str(tiny_fruits360 / "Test" / "kiwi"), str(broken), "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert all("top" in r and len(r["top"]) == 3 for r in rows[:4]) and "error" in rows[4]

    code, out, _ = _run(capsys, "evaluate", "first", str(tiny_fruits360 / "Test"), "--json")
    result = json.loads(out)
    assert code == 0 and result["n"] == 12
    assert {"accuracy", "labels", "per_class", "confusion", "ms_per_image"} <= set(result)

    report = tmp_path / "report"
    code, out, _ = _run(capsys, "compare", "first", "second", "--data", str(tiny_fruits360 / "Test"),
                        "--report", str(report), "--json")
    compared = json.loads(out)
    assert code == 0 and [m["name"] for m in compared["models"]] == ["first", "second"]
    assert compared["verdict"] == verdict(compared["models"])
    for file in ("report.md", "metrics.json", "curves.png", "per_class_f1.png", "confusion_first.png"):
        assert (report / file).stat().st_size > 0
    assert compared["verdict"] in (report / "report.md").read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "compare", "first", "second", "--data", str(tiny_fruits360 / "Test"))
    last = out.strip().splitlines()[-1]  # the table, then the verdict (timings differ from the first run)
    assert code == 0 and ("first" in last or "second" in last) and "overfit" in last

    code, out, _ = _run(capsys, "models", "--json")
    assert code == 0 and {"first", "second"} <= {m["name"] for m in json.loads(out)}


@pytest.mark.parametrize("argv, message", [
    (["predict", "no-such-model", "x.jpg"], "no saved model"),
    (["evaluate", "no-such-model", "."], "no saved model"),
    (["train", "/definitely/not/here", "--epochs", "1"], "not"),
    (["train", ".", "--epochs", "0"], "epochs"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err.lower()
    assert "Traceback" not in err


def test_predict_on_unsafe_model_file_is_a_clear_error(capsys, tmp_path):
    fake = tmp_path / "model.keras"
    fake.write_bytes(b"PK\x03\x04 definitely not a keras archive")
    code, _, err = _run(capsys, "predict", str(fake), str(fake))
    assert code == 2 and "Traceback" not in err


def test_module_entry_point_runs_without_traceback(tmp_path):
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "models"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", "nope", "x"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
