"""The window's converter helper: a real child process makes each model's .tflite, so saving never runs the
GIL-holding TFLite converter in the app's own process; a helper that dies or hangs costs a slower save, never a
model; and the helper never outlives the app."""

from __future__ import annotations

import json
import os
from pathlib import Path
import shutil
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.core.conversion import converter_process, tflite
from fruitclassifier.core.inference import lite
from fruitclassifier.core.inference.classifier import Classifier

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def helper():
    """The app's helper turned on for one test, and off (stopped) after it."""
    converter_process.use_child_process()
    yield converter_process._service
    converter_process.use_child_process(False)


def _no_conversion_here(monkeypatch) -> None:
    def refuse(model):
        raise AssertionError("converted in the app's own process")

    monkeypatch.setattr(tflite, "convert_checked", refuse)


def _tiny_keras(tiny_model_dir):
    from fruitclassifier.core.models.registry import load_keras

    return load_keras(tiny_model_dir / store.MODEL_FILE)


def _metadata(tiny_model_dir) -> dict:
    return json.loads((tiny_model_dir / store.METADATA_FILE).read_text(encoding="utf-8"))


def _batch() -> np.ndarray:
    return np.random.default_rng(3).integers(0, 255, (4, 24, 24, 3), dtype=np.uint8)


def test_saving_a_model_converts_it_in_the_helper_and_the_copy_answers_like_keras(tiny_model_dir, helper,
                                                                                 monkeypatch):
    _no_conversion_here(monkeypatch)
    model = _tiny_keras(tiny_model_dir)
    info = store.save_model(model, _metadata(tiny_model_dir), name="saved through the helper")
    assert helper.pid is not None and helper.pid != os.getpid()
    assert info.metadata[lite.SHA_KEY] == info.metadata["sha256"] and "tflite_note" not in info.metadata
    clf = Classifier.load(info)
    assert clf.backend == "tflite" and clf._model is None
    expected = model.predict(_batch().astype("float32"), verbose=0)
    np.testing.assert_allclose(clf.predict_arrays(_batch()), expected, atol=1e-5)
    first = helper.pid
    store.save_model(model, _metadata(tiny_model_dir), name="second save")
    assert helper.pid == first  # one helper serves every save (a Tune study saves many models)


def test_a_model_without_a_copy_is_converted_by_the_helper_when_opened(tiny_model_dir, helper, monkeypatch):
    _no_conversion_here(monkeypatch)
    target = paths.models_dir() / "no copy yet"
    shutil.copytree(tiny_model_dir, target)
    (target / lite.TFLITE_FILE).unlink()
    clf = Classifier.load(str(target))
    assert clf.backend == "tflite" and clf._model is None  # neither converted nor loaded by Keras here
    assert (target / lite.TFLITE_FILE).is_file()  # kept for next time
    assert store.find_model(str(target)).metadata[lite.SHA_KEY] == store.sha256_file(target / store.MODEL_FILE)


@pytest.mark.parametrize("child", ["import sys; sys.exit(3)", "import time; time.sleep(60)"],
                         ids=["helper-dies", "helper-hangs"])
def test_a_helper_that_dies_or_hangs_costs_a_slower_save_never_the_model(tiny_model_dir, helper, monkeypatch,
                                                                         child):
    monkeypatch.setattr(converter_process, "child_command", lambda: [sys.executable, "-c", child])
    monkeypatch.setattr(converter_process, "TIMEOUT_S", 2.0)
    info = store.save_model(_tiny_keras(tiny_model_dir), _metadata(tiny_model_dir), name="saved anyway")
    assert (info.path / lite.TFLITE_FILE).is_file() and info.metadata[lite.SHA_KEY] == info.metadata["sha256"]
    assert helper.pid is None  # the broken helper was ended, not left behind


def test_a_model_tflite_cannot_run_is_saved_with_the_helpers_reason(tiny_model_dir, helper, monkeypatch):
    """The helper's verdict "TFLite cannot run this" is final: the model is kept, answered by Keras."""
    def unconvertible(keras_path, out_path, timeout=None):
        raise tflite.ConversionError("TFLite cannot run this model (test: an op it lacks)")

    monkeypatch.setattr(helper, "convert", unconvertible)
    _no_conversion_here(monkeypatch)
    info = store.save_model(_tiny_keras(tiny_model_dir), _metadata(tiny_model_dir), name="keras only")
    assert "an op it lacks" in info.metadata["tflite_note"] and lite.SHA_KEY not in info.metadata
    assert not (info.path / lite.TFLITE_FILE).exists()


def test_the_helper_ends_when_the_app_is_killed(tmp_path):
    """No orphan: the helper reads its requests from the app, and a closed pipe ends it."""
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        import sys, time
        from fruitclassifier.core.conversion import converter_process
        converter_process.use_child_process()
        converter_process.prestart()
        print(converter_process._service.pid, flush=True)
        time.sleep(120)
    """), encoding="utf-8")
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        helper_pid = int(app.stdout.readline())
        assert _running(helper_pid)
        app.kill()
        app.wait(timeout=10)
        deadline = time.monotonic() + 60  # it may still be importing TensorFlow when the app dies
        while _running(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _running(helper_pid)
    finally:
        app.kill()


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (an orphaned helper is reaped by init, not by us)."""
    if not Path("/proc").is_dir():
        try:
            os.kill(pid, 0)
            return True
        except OSError:
            return False
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_the_packaged_app_can_be_the_converter_helper(tiny_model_dir, helper, monkeypatch):
    """The frozen app has no ``-m``: its helper is the entry script with a flag, and that helper converts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fc_entry_converter", ROOT / "packaging" / "fruitclassifier_app.py")
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert converter_process.child_command() == [sys.executable, entry.CONVERTER_FLAG]
    monkeypatch.undo()
    entry_command = [sys.executable, str(ROOT / "packaging" / "fruitclassifier_app.py"), entry.CONVERTER_FLAG]
    monkeypatch.setattr(converter_process, "child_command", lambda: entry_command)
    _no_conversion_here(monkeypatch)
    info = store.save_model(_tiny_keras(tiny_model_dir), _metadata(tiny_model_dir), name="frozen helper")
    assert info.metadata[lite.SHA_KEY] == info.metadata["sha256"] and helper.pid is not None


def test_a_run_started_from_the_window_starts_the_helper_first(helper):
    """Training, teaching and tuning jobs begin with prepare_for_run: the helper's TensorFlow import then
    overlaps the run, and the save at its end only waits for the conversion."""
    from fruitclassifier.gui.base.tf_loader import prepare_for_run

    assert helper.pid is None
    prepare_for_run()
    assert helper.pid is not None
