"""`train --backend torch` end to end through real processes (issue 33): the CLI trains on Keras's PyTorch
backend (in its child run), the saved model answers through `predict` (LiteRT, made by the TensorFlow
converter helper) and `info --json` records the backend and the device."""

from __future__ import annotations

import json
import os
from pathlib import Path
import subprocess
import sys

from helpers import make_image_folder
import pytest


def _cli(*argv: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fruitclassifier", *argv], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "FRUITCLASSIFIER_HOME": str(home)})


@pytest.mark.slow
def test_train_on_pytorch_then_predict_and_info(tmp_path):
    pytest.importorskip("torch")
    tiny, home = tmp_path / "TINY", tmp_path / "home"
    make_image_folder(tiny / "Training", per_class=30, seed=1)
    make_image_folder(tiny / "Test", per_class=6, seed=2)

    trained = _cli("train", str(tiny / "Training"), "--arch", "custom_cnn", "--backend", "torch", "--epochs", "3",
                   "--image-size", "32", "--batch-size", "8", "--no-open-set", "--name", "tb", home=home)
    assert trained.returncode == 0, trained.stderr[-800:]
    assert trained.stdout.strip() == "tb" and "CPU (PyTorch)" in trained.stderr  # the device, as the log shows it

    answers = _cli("predict", "tb", str(tiny / "Test"), "--json", home=home)
    assert answers.returncode == 0, answers.stderr[-800:]
    rows = json.loads(answers.stdout)
    right = sum(row["top"][0]["label"] == Path(row["path"]).parent.name for row in rows)
    assert len(rows) == 18 and right / len(rows) >= 0.9, right

    info = json.loads(_cli("info", "tb", "--json", home=home).stdout)
    metadata = info.get("metadata", info)
    assert metadata["backend"] == "torch" and metadata["config"]["backend"] == "torch"
    assert metadata["device"].startswith("CPU (PyTorch)")


def test_an_unknown_backend_is_refused_in_one_line(tmp_path):
    proc = _cli("train", str(tmp_path), "--backend", "jax", home=tmp_path / "home")
    assert proc.returncode == 2 and "invalid choice: 'jax'" in proc.stderr


def test_several_devices_on_pytorch_are_refused_in_one_line(tmp_path):
    """Several-device training is TensorFlow's (core/training/distributed): said before anything loads."""
    data = make_image_folder(tmp_path / "data", per_class=2)
    proc = _cli("train", str(data), "--backend", "torch", "--devices", "2", home=tmp_path / "home")
    assert proc.returncode == 2 and proc.stderr.strip().count("\n") == 0
    assert "TensorFlow only" in proc.stderr
