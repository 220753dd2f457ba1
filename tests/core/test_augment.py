"""core.augment: shapes and ranges kept, images really changed, graph-mode safe, background compositing."""

from __future__ import annotations

from PIL import Image
import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")
import keras  # noqa: E402

from fruitclassifier.config import AugmentConfig, ConfigError  # noqa: E402
from fruitclassifier.core.data import augment  # noqa: E402

#: Everything off, so a test can switch on exactly one effect.
NOTHING = dict(enabled=True, flip=False, rotation=0.0, zoom=0.0, brightness=0.0, contrast=0.0, color=0.0,
               blur_noise=0.0)


def _fruit_batch(n: int = 6, size: int = 24) -> np.ndarray:
    """Red squares of varying size on pure white, float32 0..255."""
    x = np.full((n, size, size, 3), 255.0, np.float32)
    for i in range(n):
        lo = 4 + i % 3
        x[i, lo:size - lo, lo:size - lo] = (200.0, 30.0, 30.0)
    return x


@pytest.fixture
def backgrounds(tmp_path):
    folder = tmp_path / "backgrounds"
    folder.mkdir()
    for i in range(3):
        Image.new("RGB", (40 + 10 * i, 30), (0, 0, 200 + 10 * i)).save(folder / f"bg{i}.jpg", quality=95)
    (folder / "readme.txt").write_text("not a photo")
    return folder


def test_default_augmenter_keeps_shape_and_range_and_changes_images():
    aug = augment.build_augmenter(AugmentConfig(enabled=True, blur_noise=0.5), 24, seed=0)
    x = _fruit_batch()
    y = aug(tf.constant(x), True).numpy()
    assert y.shape == x.shape and y.dtype == np.float32
    assert 0.0 <= y.min() and y.max() <= 255.0
    assert np.abs(y - x).mean() > 1.0
    assert np.array_equal(aug(tf.constant(x), False).numpy(), x)


def test_runs_inside_tf_data_map_in_graph_mode(backgrounds):
    cfg = AugmentConfig(enabled=True, blur_noise=0.5, backgrounds_dir=str(backgrounds))
    aug = augment.build_augmenter(cfg, 24, seed=1)
    ds = tf.data.Dataset.from_tensor_slices(_fruit_batch(8)).batch(4)
    ds = ds.map(lambda b: aug(b, True), num_parallel_calls=tf.data.AUTOTUNE)
    batches = [b.numpy() for b in ds]
    assert [b.shape for b in batches] == [(4, 24, 24, 3)] * 2
    assert all(0.0 <= b.min() and b.max() <= 255.0 and b.dtype == np.float32 for b in batches)
    again = [b.numpy() for b in ds]  # a second epoch draws new randomness
    assert not np.array_equal(batches[0], again[0])


def test_same_seed_same_first_batch():
    cfg = AugmentConfig(enabled=True, blur_noise=0.5)
    x = tf.constant(_fruit_batch())
    a = augment.build_augmenter(cfg, 24, seed=5)(x, True).numpy()
    b = augment.build_augmenter(cfg, 24, seed=5)(x, True).numpy()
    np.testing.assert_allclose(a, b, atol=1e-3)


def test_output_stays_float32_under_mixed_precision():
    previous = keras.mixed_precision.global_policy()
    keras.mixed_precision.set_global_policy("mixed_float16")
    try:
        aug = augment.build_augmenter(AugmentConfig(enabled=True), 24, seed=0)
        assert aug(tf.constant(_fruit_batch()), True).dtype == tf.float32
    finally:
        keras.mixed_precision.set_global_policy(previous)


def test_single_effects_change_images():
    x = tf.constant(_fruit_batch())
    for field, value in [("flip", True), ("rotation", 0.25), ("zoom", 0.5), ("brightness", 0.5),
                         ("contrast", 0.5), ("color", 0.5), ("blur_noise", 1.0)]:
        aug = augment.build_augmenter(AugmentConfig(**{**NOTHING, field: value}), 24, seed=2)
        y = aug(x, True).numpy()
        assert 0.0 <= y.min() and y.max() <= 255.0, field
        if field != "flip":  # symmetric squares look the same flipped
            assert np.abs(y - x.numpy()).max() > 1.0, field
    plain = augment.build_augmenter(AugmentConfig(**NOTHING), 24, seed=2)
    np.testing.assert_allclose(plain(x, True).numpy(), x.numpy())


def test_fruit_mask():
    mask = augment.fruit_mask(tf.constant(_fruit_batch(1))).numpy()[0, ..., 0]
    assert mask.shape == (24, 24)
    assert mask[0, 0] == 0.0 and mask[12, 12] == 1.0


def test_compositing_puts_background_where_the_image_was_white(backgrounds):
    cfg = AugmentConfig(**NOTHING, backgrounds_dir=str(backgrounds), background_probability=1.0)
    aug = augment.build_augmenter(cfg, 24, seed=0)
    y = aug(tf.constant(_fruit_batch()), True).numpy()
    corners = y[:, :2, :2].reshape(-1, 3)
    assert (corners[:, 2] > 180).all() and (corners[:, 0] < 40).all()  # blue background photo
    centre = y[:, 10:14, 10:14].reshape(-1, 3)
    np.testing.assert_allclose(centre, np.tile([200.0, 30.0, 30.0], (len(centre), 1)), atol=1.0)  # fruit kept


def test_compositing_probability_zero_keeps_white(backgrounds):
    cfg = AugmentConfig(**NOTHING, backgrounds_dir=str(backgrounds), background_probability=0.0)
    x = _fruit_batch()
    np.testing.assert_allclose(augment.build_augmenter(cfg, 24, seed=0)(tf.constant(x), True).numpy(), x)


def test_load_backgrounds(backgrounds):
    bank = augment.load_backgrounds(backgrounds, 16, seed=0)
    assert bank.dtype == np.uint8 and bank.shape[1:] == (16, 16, 3)
    assert 3 <= len(bank) <= augment.MAX_BACKGROUNDS
    assert (bank[..., 2] > 180).all()


def test_bad_backgrounds_folder(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        augment.build_augmenter(AugmentConfig(enabled=True, backgrounds_dir=str(tmp_path / "nope")), 16, 0)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.jpg").write_text("not a photo")
    with pytest.raises(ConfigError, match="no readable background"):
        augment.build_augmenter(AugmentConfig(enabled=True, backgrounds_dir=str(tmp_path / "empty")), 16, 0)
