"""`fruitclassifier import` and predict/evaluate with a model file made elsewhere (issue 20)."""

from __future__ import annotations

import json

import import_formats as F
import pytest

from fruitclassifier.core import store


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    model = F.tiny_model()
    F.save_tm_h5(model, root / "tm")
    F.save_tflite(model, root / "quant" / "model.tflite", quantised=True)
    (root / "quant" / "labels.txt").write_text(F.LABELS_TM)
    model.export(str(root / "saved"), verbose=False)
    return {"root": root}


def test_cli_imports_and_predicts_with_a_file_directly(made, tmp_path, capsys):
    from helpers import make_image_folder

    from fruitclassifier import cli

    photos = make_image_folder(tmp_path / "photos", per_class=1, size=24, classes=["a", "b"])
    tflite = made["root"] / "quant" / "model.tflite"
    assert cli.main(["import", str(tflite), "--name", "TM quant", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["name"] == "TM quant" and out["metadata"]["source"]["scaling_from"] == "uint8 quantisation"
    assert cli.main(["predict", str(made["root"] / "tm" / "keras_model.h5"), str(photos), "--json"]) == 0
    answers = json.loads(capsys.readouterr().out)
    assert len(answers) == 2 and all(a["top"][0]["label"] in F.NAMES for a in answers)
    assert store.find_model("TM quant").error is None and "keras_model" not in [i.name for i in store.list_models()]
    assert cli.main(["predict", str(tmp_path / "fruits_model.h5"), str(photos)]) == 2
    assert "fruits_model.h5: no such file or folder" in capsys.readouterr().err
    assert cli.main(["evaluate", str(made["root"] / "saved"), str(photos), "--labels", str(tmp_path / "none.txt"),
                     "--scaling", "0-1"]) == 2
    assert "none.txt does not exist" in capsys.readouterr().err


def test_predict_with_a_tflite_file_needs_neither_tensorflow_nor_keras(made, tmp_path):
    import os
    import subprocess
    import sys

    from helpers import make_image_folder

    photos = make_image_folder(tmp_path / "photos", per_class=1, size=24, classes=["a"])
    code = ("import sys; from fruitclassifier import cli; rc = cli.main(['predict', sys.argv[1], sys.argv[2]]); "
            "print('loaded', [m for m in ('tensorflow', 'keras', 'PySide6') if m in sys.modules]); sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, str(made["root"] / "quant" / "model.tflite"), str(photos)],
                          capture_output=True, text=True, timeout=120, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert "loaded []" in done.stdout and any(name in done.stdout for name in F.NAMES)
