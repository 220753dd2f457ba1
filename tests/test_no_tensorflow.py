"""Answering photos imports neither TensorFlow nor Keras: `predict`, `evaluate` and the Classify page, each
in a fresh process, checked through ``sys.modules`` after real work on a real saved model."""

import json
import os
import subprocess
import sys

import pytest

FORBIDDEN = ("tensorflow", "keras", "tf_keras")

_REPORT = ("import json, sys; print('MODULES ' + json.dumps(sorted({m.split('.')[0] for m in sys.modules} & "
           f"{set(FORBIDDEN)!r})))")


def _run(code: str, fc_home) -> tuple[list[str], str]:
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "QT_QPA_PLATFORM": "offscreen",
           "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "-c", code + "\n" + _REPORT], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return json.loads(line[len("MODULES "):]), done.stdout


def test_predict_and_evaluate_import_neither_tensorflow_nor_keras(tiny_model_dir, tiny_folder, fc_home):
    photo = next((tiny_folder / "kiwi").iterdir())
    code = ("from fruitclassifier.cli import main\n"
            f"assert main(['predict', {str(tiny_model_dir)!r}, {str(photo)!r}, '--json']) == 0\n"
            f"assert main(['evaluate', {str(tiny_model_dir)!r}, {str(tiny_folder)!r}, '--json']) == 0")
    loaded, out = _run(code, fc_home)
    assert loaded == []
    assert '"label": "kiwi"' in out and '"accuracy"' in out


@pytest.mark.slow
def test_the_classify_page_answers_a_drop_without_tensorflow(tiny_model_dir, tiny_folder, fc_home):
    """The window as launched, a folder added as a drop adds it: every answer arrives, TensorFlow never loads (nor
    pyqtgraph, which only the curves need)."""
    code = f"""
import shutil, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from fruitclassifier import paths
from fruitclassifier.core import store
shutil.copytree({str(tiny_model_dir)!r}, paths.models_dir() / "tiny")
from fruitclassifier.gui.app import make_app
from fruitclassifier.gui.main_window import MainWindow
app = make_app([])
window = MainWindow()
window.show()
page = window.page("classify")
page.select_model(str(paths.models_dir() / "tiny"))
done = {{}}
page.classification_finished.connect(lambda counts: (done.update(counts), app.quit()))
QTimer.singleShot(60000, app.quit)
page.add_paths([{str(tiny_folder)!r}])
app.exec()
assert done.get("classified") == 36 and done.get("errors") == 0, done
assert window.tf.state == "idle"
assert "pyqtgraph" not in sys.modules, "the plot library (~0.3 s) loaded on the way to the first answers"
print("STATUS " + window.tf_status.text())
window.close()
"""
    loaded, out = _run(code, fc_home)
    assert loaded == []
    assert "STATUS Answers: LiteRT · CPU" in out


def test_predict_prints_answers_and_nothing_from_the_runtime(tiny_model_dir, tiny_folder, fc_home):
    """LiteRT's native "INFO: Created TensorFlow Lite XNNPACK delegate" line never reaches the terminal."""
    photo = next((tiny_folder / "kiwi").iterdir())
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(tiny_model_dir), str(photo)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "kiwi" in done.stdout
    assert "XNNPACK" not in done.stderr and "INFO:" not in done.stderr, done.stderr
