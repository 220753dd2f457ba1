"""Teaching on Keras's PyTorch backend (issue 33): this test process holds Keras on TensorFlow, so a teaching
asking for PyTorch runs in a real child process (core/training/backend_child.py) whose events, errors and stop
come through here, as they do for the window and the CLI."""

from __future__ import annotations

import sys

from helpers import make_image_folder
import pytest

from fruitclassifier.core import store
from fruitclassifier.core.events import EpochEnded, LogLine, Progress, RunStarted
from fruitclassifier.core.teach.errors import TeachCancelled, TeachError
from fruitclassifier.core.teach.run import TeachOptions, teach
from fruitclassifier.core.training import backend_child

FAST = TeachOptions(epochs=20, copies=2, replay_per_class=8, tune_epochs=0, seed=1, backend="torch")


@pytest.fixture
def photos(tmp_path):
    root = make_image_folder(tmp_path / "photos", per_class=6, classes=["plum"], seed=21)
    return make_image_folder(root, per_class=5, classes=["kiwi"], seed=22)


@pytest.mark.slow
def test_a_stop_mid_teach_on_pytorch_ends_cleanly_and_saves_nothing(tiny_model_dir, photos, tmp_path):
    pytest.importorskip("torch")
    replay = make_image_folder(tmp_path / "replay", per_class=8, seed=11)
    before = {info.name for info in store.list_models()}
    events: list = []
    with pytest.raises(TeachCancelled):  # its own type, as in-process: the window says "cancelled"
        teach(tiny_model_dir, photos, TeachOptions(**{**FAST.__dict__, "replay_dir": str(replay), "epochs": 400}),
              events.append, lambda: any(isinstance(e, EpochEnded) for e in events))
    started = next(e for e in events if isinstance(e, RunStarted))
    assert started.device.startswith("CPU (PyTorch)"), started.device
    assert any(isinstance(e, Progress) for e in events) and any(isinstance(e, LogLine) for e in events)
    assert len([e for e in events if isinstance(e, EpochEnded)]) < 400  # it stopped between passes
    assert {info.name for info in store.list_models()} == before


@pytest.mark.slow
def test_a_refusal_in_the_pytorch_child_keeps_its_type(tiny_model_dir, photos):
    """The tiny model records no training folder: the child refuses without --replay, as teach here would."""
    pytest.importorskip("torch")
    with pytest.raises(TeachError, match="--replay DIR") as refused:
        teach(tiny_model_dir, photos, FAST)
    assert not isinstance(refused.value, TeachCancelled)


def test_a_child_that_dies_is_said_in_one_line(tiny_model_dir, photos, monkeypatch):
    """Killed (out of memory, say) before it reports anything: one line naming the backend, no hang."""
    pytest.importorskip("torch")
    suicide = "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"
    monkeypatch.setattr(backend_child, "command", lambda args: [sys.executable, "-c", suicide])
    with pytest.raises(RuntimeError, match=r"^the PyTorch teaching process was ended by SIGKILL") as died:
        teach(tiny_model_dir, photos, FAST)
    assert "\n" not in str(died.value)
