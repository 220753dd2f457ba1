"""The real start-up path in a fresh process: window and first answers before TensorFlow, and the self-test end
to end."""

import json
import os
import subprocess
import sys

from gui_helpers import copy_model


def test_self_test_shows_the_window_and_answers_before_tensorflow_then_loads_it(tiny_model_dir, fc_home, tmp_path):
    copy_model(tiny_model_dir, "tiny cnn")  # the self-test uses the first listed model
    probe = tmp_path / "probe.json"
    env = {
        **os.environ,
        "FRUITCLASSIFIER_HOME": str(fc_home),
        "QT_QPA_PLATFORM": "offscreen",
        "FRUITCLASSIFIER_SHOW_PROBE": str(probe),
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    code = "import sys; from fruitclassifier.gui.app import run_gui; sys.exit(run_gui(self_test=True))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=180)
    lines = done.stdout.strip().splitlines()  # stdout carries the JSON line and nothing else
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert set(report) == {
        "window_shown_ms",
        "tensorflow_ready_ms",
        "first_result_ms",
        "tensorflow_at_first_result",
        "classified",
        "errors",
    }
    assert report["errors"] == 0 and report["classified"] >= 10
    # Answers first, without TensorFlow (LiteRT); then TensorFlow loads, proving training would work.
    assert report["tensorflow_at_first_result"] is False
    assert 0 < report["window_shown_ms"] < report["first_result_ms"] < report["tensorflow_ready_ms"]
    shown = json.loads(probe.read_text())
    assert shown == {"tensorflow_imported": False, "visible": True, "shown_ms": shown["shown_ms"]}


def test_self_test_fails_clearly_without_a_model(fc_home, monkeypatch, tmp_path):
    env = {
        **os.environ,
        "FRUITCLASSIFIER_HOME": str(fc_home),
        "QT_QPA_PLATFORM": "offscreen",
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    code = (
        "import sys; from fruitclassifier import paths; from pathlib import Path;"
        f"paths.bundled_models_dir = lambda: Path({str(tmp_path / 'none')!r});"
        "from fruitclassifier.gui.app import run_gui; sys.exit(run_gui(self_test=True))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 1
    assert "no model" in json.loads(done.stdout.strip().splitlines()[-1])["failure"]
