"""Shared fixtures: an isolated app home, and tiny generated image folders.

Every test runs with FRUITCLASSIFIER_HOME in a temporary folder, so the user's
real models and settings are never touched.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

#: Colours that make tiny classes trivially separable, so a 1-epoch model learns them.
CLASS_COLOURS = {"apple": (200, 30, 30), "banana": (230, 210, 40), "kiwi": (60, 140, 40)}


@pytest.fixture(autouse=True)
def fc_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("fc_home")
    monkeypatch.setenv("FRUITCLASSIFIER_HOME", str(home))
    return home


def make_image_folder(root: Path, per_class: int = 12, size: int = 24, classes=None, seed: int = 0) -> Path:
    """Write a folder of class folders with noisy solid-colour discs on white, as JPEG/PNG."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    classes = classes or list(CLASS_COLOURS)
    for ci, name in enumerate(classes):
        colour = np.array(CLASS_COLOURS.get(name, ((ci * 80) % 255, (ci * 140) % 255, (ci * 200) % 255)))
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        yy, xx = np.mgrid[:size, :size]
        for i in range(per_class):
            img = np.full((size, size, 3), 255.0)
            cx, cy = rng.uniform(size * 0.35, size * 0.65, 2)
            r = rng.uniform(size * 0.25, size * 0.4)
            disc = (xx - cx) ** 2 + (yy - cy) ** 2 < r * r
            img[disc] = colour + rng.normal(0, 12, 3)
            img += rng.normal(0, 4, img.shape)
            arr = np.clip(img, 0, 255).astype(np.uint8)
            ext = "png" if i % 3 == 0 else "jpg"
            Image.fromarray(arr).save(folder / f"{name}_{i:03d}.{ext}")
    return root


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

    from fruitclassifier.core import images
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
