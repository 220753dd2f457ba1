"""Shared fixtures: an isolated app home and user folders, no network, tiny generated image folders.

Every test runs with FRUITCLASSIFIER_HOME, HOME, KERAS_HOME, MPLCONFIGDIR and the XDG folders
in a temporary folder, so the user's real models, settings and caches are never touched; any
connection to a non-loopback address fails the test (an accidental download must be loud).
Helpers that test files import live in helpers.py, not here.
"""

from __future__ import annotations

import os
from pathlib import Path
import tempfile

from helpers import CLASS_COLOURS, make_image_folder
import numpy as np
import pytest
from suite_guards import NETWORK_ATTEMPTS, install_network_guard, user_dirs_under

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# The window in English whatever the machine's language (gui/base/i18n.py); a test that wants another sets it.
os.environ["FRUITCLASSIFIER_LANGUAGE"] = "en"

# Session-wide first: Keras reads KERAS_HOME and matplotlib MPLCONFIGDIR once, when first imported.
os.environ.update(user_dirs_under(Path(tempfile.mkdtemp(prefix="fc-user-"))))


def pytest_configure(config):
    """Forbid non-loopback connections in the test process (subprocesses inherit the isolated folders)."""
    install_network_guard()


@pytest.fixture(autouse=True)
def no_network():
    """Fail the test that tried the network, even when the code under test swallowed the refusal."""
    NETWORK_ATTEMPTS.clear()
    yield
    attempts, NETWORK_ATTEMPTS[:] = list(NETWORK_ATTEMPTS), []
    assert not attempts, f"the test tried to reach the network: {attempts}"


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory, monkeypatch) -> dict[str, str]:
    """HOME, KERAS_HOME, MPLCONFIGDIR and XDG_* in a fresh temp folder for this test."""
    dirs = user_dirs_under(tmp_path_factory.mktemp("user"))
    for name, value in dirs.items():
        monkeypatch.setenv(name, value)
    return dirs


@pytest.fixture(autouse=True)
def fc_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("fc_home")
    monkeypatch.setenv("FRUITCLASSIFIER_HOME", str(home))
    return home


@pytest.fixture
def tiny_folder(tmp_path) -> Path:
    """Three separable classes, 12 images each, 24x24 pixels."""
    return make_image_folder(tmp_path / "tiny")


@pytest.fixture
def tiny_fruits360(tmp_path) -> Path:
    """The Fruits-360 layout: Training/ and Test/ of the same classes."""
    root = tmp_path / "fruits"
    make_image_folder(root / "Training", per_class=12, seed=1)
    make_image_folder(root / "Test", per_class=4, seed=2)
    return root


@pytest.fixture(scope="session")
def real_images_dir() -> Path:
    """A handful of real Fruits-360 photos committed with attribution (tests/data/README.md)."""
    return Path(__file__).parent / "data" / "fruits360"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A real custom_cnn trained on tiny 24-px discs, saved as a store model folder (model.keras + metadata.json).

    Session-scoped because building and fitting even a tiny Keras model costs seconds; tests
    open it by folder path, so it does not depend on the per-test FRUITCLASSIFIER_HOME.
    """
    import keras

    from fruitclassifier.core.data import images
    from fruitclassifier.core.models.registry import build_model
    from fruitclassifier.core.store import save_model

    root = make_image_folder(tmp_path_factory.mktemp("tiny_model_data"), per_class=16, seed=5)
    classes = sorted(CLASS_COLOURS)
    x = np.stack([images.load_array(p, 24) for c in classes for p in sorted((root / c).iterdir())])
    y = np.array([i for i, c in enumerate(classes) for _ in sorted((root / c).iterdir())])
    keras.utils.set_random_seed(0)
    model = build_model("custom_cnn", len(classes), 24, dropout=0.0, seed=0)
    model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    hist = model.fit(x.astype("float32"), y, epochs=25, batch_size=16, verbose=0, validation_split=0.0)
    home = tmp_path_factory.mktemp("tiny_model_home")
    old = os.environ.get("FRUITCLASSIFIER_HOME")
    os.environ["FRUITCLASSIFIER_HOME"] = str(home)
    try:
        history = {k: [float(v) for v in vals] for k, vals in hist.history.items()}
        history["val_accuracy"], history["val_loss"] = history["accuracy"], history["loss"]
        info = save_model(model, {"arch": "custom_cnn", "class_names": classes, "image_size": 24,
                                  "preprocessing": "rescale", "history": history,
                                  "metrics": {"val_accuracy": history["accuracy"][-1]}}, name="tiny cnn")
    finally:
        if old is None:
            os.environ.pop("FRUITCLASSIFIER_HOME", None)
        else:
            os.environ["FRUITCLASSIFIER_HOME"] = old
    return info.path


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config):
    """Leave without interpreter teardown once pytest has reported.

    TensorFlow's and Qt's native threads can crash while Python tears modules down
    (exit 139 after every test had passed); the result is already printed, so exit
    with pytest's own status and skip the teardown.
    """
    if _EXIT_STATUS:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
