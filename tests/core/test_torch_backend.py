"""Keras's PyTorch backend for training (issue 33): the choice, the device shown, and a real run on the CPU.

The real run goes the way the product goes: this test process holds Keras on TensorFlow, so a run asking
for PyTorch trains in a child process (core/training/backend_child.py) whose events come back here; it is
stopped after its first epoch, resumed to its last, answered through its .tflite (made by the TensorFlow
converter helper) and compared with the same run on TensorFlow.
"""

from __future__ import annotations

from helpers import make_image_folder
import pytest

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.events import EpochEnded, LogLine, RunStarted
from fruitclassifier.core.training import backend
from fruitclassifier.core.training.device import DeviceInfo
from fruitclassifier.errors import UserError


def test_auto_takes_pytorch_only_for_a_gpu_tensorflow_does_not_see(monkeypatch):
    for torch_gpu, tf_gpu, wanted in ((True, False, "torch"), (True, True, "tensorflow"),
                                      (False, False, "tensorflow"), (False, True, "tensorflow")):
        monkeypatch.setattr(backend, "_torch_sees_gpu", lambda seen=torch_gpu: seen)
        monkeypatch.setattr(backend, "_tensorflow_sees_gpu", lambda seen=tf_gpu: seen)
        assert backend.resolve("auto") == wanted, (torch_gpu, tf_gpu)
    assert backend.resolve("tensorflow") == "tensorflow"


def test_a_cpu_only_pytorch_is_not_imported_to_answer_auto(monkeypatch):
    """Asking 'auto' on a machine with a '+cpu' PyTorch build costs nothing: it cannot see a GPU."""
    monkeypatch.setattr(backend.platform, "system", lambda: "Linux")
    monkeypatch.setattr(backend, "_torch_version", lambda: "2.13.0+cpu")
    monkeypatch.setattr(backend, "import_torch", lambda: pytest.fail("PyTorch was imported"))
    assert backend._torch_sees_gpu.__wrapped__() is False


def test_the_gpu_probe_asks_pytorch_in_a_child_process():
    """PyTorch's answer comes from a child: this process (TensorFlow's, like the window) never imports it."""
    pytest.importorskip("torch")
    import sys

    before = "torch" in sys.modules
    assert backend._ask_torch_for_a_gpu() is False  # the CPU build CI installs sees no GPU
    assert ("torch" in sys.modules) == before


def test_a_pytorch_child_gets_its_backend_and_passive_openmp_threads():
    env = backend.child_environment("torch", {"PATH": "/bin"})
    assert env["KERAS_BACKEND"] == "torch" and env["PYTORCH_ENABLE_MPS_FALLBACK"] == "1"
    assert env["OMP_WAIT_POLICY"] == "PASSIVE"
    assert backend.child_environment("torch", {"OMP_WAIT_POLICY": "ACTIVE"})["OMP_WAIT_POLICY"] == "ACTIVE"


def test_torch_without_pytorch_says_what_to_install(monkeypatch):
    monkeypatch.setattr(backend, "torch_installed", lambda: False)
    with pytest.raises(UserError, match=r"fruitclassifier\[torch\]"):
        backend.resolve("torch")


def test_a_child_run_stopped_in_its_first_epoch_keeps_the_error_type(tmp_path):
    """The window words a stop before any epoch as 'nothing was saved', not as a failure, by its type."""
    from collections import deque

    from fruitclassifier.core.training import backend_child
    from fruitclassifier.core.training.runs import StoppedBeforeFirstEpoch

    said = deque(["Training with Keras on PyTorch", f"{backend_child.CLI_PREFIX}{StoppedBeforeFirstEpoch()}"])
    with pytest.raises(StoppedBeforeFirstEpoch):
        backend_child._outcome(2, said, [], "torch")
    with pytest.raises(backend_child.ChildTrainingError, match="^no images here$"):
        backend_child._outcome(2, deque([f"{backend_child.CLI_PREFIX}no images here"]), [], "torch")
    with pytest.raises(RuntimeError, match="PyTorch training process failed"):
        backend_child._outcome(1, deque(["Traceback …"]), [], "torch")


def test_backend_is_a_checked_setting():
    assert TrainConfig().backend == "auto"
    assert "backend: must be one of auto, tensorflow, torch" in TrainConfig(backend="jax").validate()[0]


def test_the_device_reads_as_the_train_view_shows_it():
    cpu = DeviceInfo("CPU (PyTorch)", "AMD EPYC", "2.13.0", backend="torch")
    mps = DeviceInfo("Apple GPU (MPS)", "", "2.13.0", backend="torch")
    assert cpu.label == "CPU (PyTorch) · AMD EPYC · PyTorch 2.13.0" and not cpu.is_gpu
    assert mps.label == "Apple GPU (MPS) · PyTorch 2.13.0" and mps.is_gpu
    assert DeviceInfo("CPU", "AMD EPYC", "2.21.0").label == "CPU (AMD EPYC) · TensorFlow 2.21.0"


@pytest.mark.slow
def test_a_pytorch_run_trains_stops_resumes_saves_and_answers(tmp_path):
    pytest.importorskip("torch")
    from fruitclassifier.core.evaluation.metrics import evaluate
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.training.train import train

    data = make_image_folder(tmp_path / "Training", per_class=30, seed=1)
    test = make_image_folder(tmp_path / "Test", per_class=6, seed=2)
    config = TrainConfig(data_dir=str(data), test_dir=str(test), arch="custom_cnn", epochs=3, image_size=32,
                         batch_size=16, open_set=False, mixed_precision=False, seed=3, name="torch run")
    events: list = []
    stopped = train(config.replace(backend="torch"), events.append,
                    lambda: any(isinstance(e, EpochEnded) for e in events))
    started = next(e for e in events if isinstance(e, RunStarted))
    assert started.device.startswith("CPU (PyTorch)"), started.device
    assert any(isinstance(e, LogLine) and "PyTorch" in e.message for e in events)
    assert stopped.metadata["stopped_early"] and stopped.metadata["epochs_trained"] == 1
    assert stopped.metadata["backend"] == "torch"

    resumed = train(None, events.append, resume=started.run)
    assert resumed.metadata["epochs_trained"] == 3 and not resumed.metadata["stopped_early"]
    assert resumed.metadata["backend"] == "torch" and (resumed.path / "model.tflite").is_file()
    answers = Classifier.load(resumed.name)
    assert answers.backend == "tflite"  # answered by LiteRT, like any other model
    torch_accuracy = evaluate(answers, test).accuracy

    on_tf = train(config.replace(backend="tensorflow", name="tf run"))
    tf_accuracy = evaluate(Classifier.load(on_tf.name), test).accuracy
    assert on_tf.metadata["backend"] == "tensorflow"
    assert torch_accuracy >= 0.8 and abs(torch_accuracy - tf_accuracy) <= 0.2, (torch_accuracy, tf_accuracy)


def test_the_models_details_say_what_trained_the_model(tmp_path):
    from fruitclassifier.core.store import ModelInfo
    from fruitclassifier.gui.models.model_details import details_html

    meta = {"arch": "custom_cnn", "class_names": ["apple", "kiwi"], "image_size": 32,
            "device": "Apple GPU (MPS) · PyTorch 2.13.0", "backend": "torch"}
    shown = details_html(ModelInfo("m", tmp_path, False, meta))
    assert "Trained on</b></td><td>Apple GPU (MPS) · PyTorch 2.13.0" in shown
