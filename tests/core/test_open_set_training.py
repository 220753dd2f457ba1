"""New models learn "Not one of my classes" (open_set, on by default), calibrated, argmax kept."""

from __future__ import annotations

from PIL import Image
from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.inference import open_set
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.training.open_set_data import recolour, shipped_photos
from fruitclassifier.core.training.train import train


def _config(folder, **kw):
    base = dict(data_dir=str(folder), arch="compact_cnn", epochs=4, batch_size=8, image_size=24, val_split=0.25,
                seed=2, learning_rate=3e-3, dropout=0.0)
    return TrainConfig(**{**base, **kw})


def _textures(folder, n=12, size=24):
    """Fruit-free pictures the model never saw: stripes and noise in grey-blue tones."""
    rng = np.random.default_rng(5)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        yy, xx = np.mgrid[:size, :size]
        img = 90 + 60 * np.sign(np.sin((xx + yy * rng.uniform(-1, 1)) / rng.uniform(1, 4)))[..., None]
        img = img + rng.normal(0, 20, (size, size, 3))
        Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(folder / f"t{i}.png")
    return sorted(folder.iterdir())


def test_shipped_fruit_free_photos_are_there():
    assert len(shipped_photos()) >= 100


def test_recolour_turns_the_hue_and_keeps_greys():
    red = Image.new("RGB", (8, 8), (200, 30, 30))
    turned = np.asarray(recolour(red, 120)).reshape(-1, 3)[0]
    assert turned[1] > turned[0]  # red turned a third of the way round: green dominates
    grey = np.asarray(recolour(Image.new("RGB", (8, 8), (128, 128, 128)), 180)).reshape(-1, 3)[0]
    assert np.abs(grey.astype(int) - 128).max() <= 2


def test_temperature_is_fitted_by_hand_and_folding_keeps_argmax():
    import keras

    labels = np.array([0, 1, 0, 1] * 10)
    right = np.tile([[0.99, 0.01], [0.01, 0.99]], (20, 1))
    probs = np.where(np.arange(40)[:, None] % 5 == 0, right[:, ::-1], right)  # 20 % confidently wrong
    assert open_set.fit_temperature(probs, labels) > 1.5  # overconfident → softened
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="softmax", name="predictions")])
    x = np.random.default_rng(0).normal(size=(20, 3)).astype("float32")
    before = model.predict(x, verbose=0)
    open_set.fold_temperature(model, 3.0)
    after = model.predict(x, verbose=0)
    assert (before.argmax(1) == after.argmax(1)).all() and after.max(1).mean() < before.max(1).mean()
    np.testing.assert_allclose(open_set.apply_temperature(before, 3.0), after, atol=1e-5)  # the same maths


def test_threshold_rejects_the_chosen_share_of_own_photos():
    probs = np.stack([1 - np.linspace(0.0, 0.5, 100), np.linspace(0.0, 0.5, 100)], axis=1)  # col 1 = other
    threshold = open_set.choose_threshold(probs, np.zeros(100, int), other_index=1, rejected=0.1)
    known = 1 - probs[:, 1]
    assert np.mean(known < threshold) == pytest.approx(0.1, abs=0.011)
    assert open_set.choose_threshold(probs[:5], np.zeros(5, int), 1) == open_set.DEFAULT_THRESHOLD  # too few to tell


@pytest.mark.slow
def test_a_new_model_says_not_one_of_mine_for_fruit_free_pictures(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=24, size=24)
    info = train(_config(folder))
    assert info.class_names[-1] == "_other" and info.metadata["open_set"]["other_class"] == "_other"
    classifier = Classifier.load(info.name)
    own = classifier.classify_paths(sorted(folder.glob("*/*"))[::3])
    strange = classifier.classify_paths(_textures(tmp_path / "textures"))
    assert all(p.label != "_other" for p in own + strange)  # "_other" is an answer, never a named class
    own_known = np.mean([p.known_probability for p in own])
    strange_known = np.mean([p.known_probability for p in strange])
    assert own_known > strange_known + 0.3, (own_known, strange_known)
    assert np.mean([p.unknown for p in own]) <= 0.2
    assert np.mean([p.unknown for p in strange]) >= 0.6


def test_open_set_off_keeps_only_the_users_classes(tmp_path):
    folder = make_image_folder(tmp_path / "data", per_class=8, size=24)
    info = train(_config(folder, epochs=1, open_set=False))
    assert info.class_names == ["apple", "banana", "kiwi"] and "open_set" not in info.metadata
