"""Training-time augmentation aimed at one gap: Fruits-360 is studio photos on white, users send real photos.

Besides the usual flips, rotations, zooms and colour changes, the fruit can be
cut out of its white background and pasted onto crops of real background
photos, and blur/sensor noise can be added, so a model trained on the studio
set has seen clutter, soft focus and grain before it meets a phone picture.

Everything runs on float32 batches in 0..255 inside ``tf.data`` (graph mode),
built from Keras preprocessing layers plus a few ``tf.image`` ops.
"""

from __future__ import annotations

from collections.abc import Callable
import os
from pathlib import Path

from PIL import Image
import keras
import numpy as np
import tensorflow as tf

from fruitclassifier.config import AugmentConfig, ConfigError
from fruitclassifier.core.data import images

Augmenter = Callable[[tf.Tensor, bool], tf.Tensor]

#: A pixel whose darkest channel is at least this bright counts as white background.
WHITE_THRESHOLD = 235.0
#: Background crops kept in memory (size×size×3 bytes each), and photos they come from.
MAX_BACKGROUNDS = 256
MAX_BACKGROUND_FILES = 64


def build_augmenter(cfg: AugmentConfig, size: int, seed: int) -> Augmenter:
    """A batch function (images float32 0..255 (B,S,S,3), training) -> images, seeded and graph-safe.

    With training=False the images come back unchanged. Order: geometry (on the
    white-background fruit), background compositing, colour, then blur and noise,
    so the pasted background gets the same lighting and camera effects as the fruit.
    """
    composite = _compositor(cfg, size, seed) if cfg.backgrounds_dir else None
    # White fill keeps rotated/zoomed-out corners "background" for the cut-out mask.
    fill = {"fill_mode": "constant", "fill_value": 255.0} if composite else {"fill_mode": "reflect"}
    geometry = _geometry_layers(cfg, seed, fill)
    photometric = _photometric_layers(cfg, seed)
    rng = tf.random.Generator.from_seed(seed + 7919)
    color, blur_noise = cfg.color, cfg.blur_noise

    def augment(batch: tf.Tensor, training: bool = True) -> tf.Tensor:
        if not training:
            return batch
        x = tf.cast(batch, tf.float32)
        for layer in geometry:
            x = layer(x, training=True)
        if composite is not None:
            x = composite(x, rng)
        for layer in photometric:
            x = layer(x, training=True)
        if color > 0:
            x = _color_jitter(x, color, rng)
        if blur_noise > 0:
            x = _blur_and_noise(x, blur_noise, rng)
        return tf.clip_by_value(x, 0.0, 255.0)

    return augment


def _geometry_layers(cfg: AugmentConfig, seed: int, fill: dict) -> list[keras.layers.Layer]:
    # dtype pinned to float32: a mixed_float16 global policy must not turn the data pipeline into float16.
    layers: list[keras.layers.Layer] = []
    if cfg.flip:  # fruit has no "up": both flips are fair
        layers.append(keras.layers.RandomFlip("horizontal_and_vertical", seed=seed, dtype="float32"))
    if cfg.rotation > 0:
        layers.append(keras.layers.RandomRotation(cfg.rotation, seed=seed + 1, dtype="float32", **fill))
    if cfg.zoom > 0:
        # Mostly zoom OUT: users' photos show the fruit smaller than Fruits-360's frame-filling crops.
        zoom_in = -min(cfg.zoom, 0.25)
        layers.append(keras.layers.RandomZoom((zoom_in, cfg.zoom), seed=seed + 2, dtype="float32", **fill))
    return layers


def _photometric_layers(cfg: AugmentConfig, seed: int) -> list[keras.layers.Layer]:
    layers: list[keras.layers.Layer] = []
    if cfg.brightness > 0:
        layers.append(keras.layers.RandomBrightness(cfg.brightness, value_range=(0, 255), seed=seed + 3,
                                                    dtype="float32"))
    if cfg.contrast > 0:
        layers.append(keras.layers.RandomContrast(cfg.contrast, value_range=(0, 255), seed=seed + 4,
                                                  dtype="float32"))
    return layers


def _color_jitter(x: tf.Tensor, amount: float, rng: tf.random.Generator) -> tf.Tensor:
    """Per-image hue shift of up to ±amount/2 turns (keras RandomHue's scale) and saturation ×(1 ± amount)."""
    n = tf.shape(x)[0]
    hsv = tf.image.rgb_to_hsv(x / 255.0)
    hue, sat, val = tf.unstack(hsv, axis=-1)
    hue = tf.math.floormod(hue + rng.uniform([n, 1, 1], -amount / 2, amount / 2), 1.0)
    sat = tf.clip_by_value(sat * rng.uniform([n, 1, 1], 1.0 - amount, 1.0 + amount), 0.0, 1.0)
    return tf.image.hsv_to_rgb(tf.stack([hue, sat, val], axis=-1)) * 255.0


def _blur_and_noise(x: tf.Tensor, p: float, rng: tf.random.Generator) -> tf.Tensor:
    """With probability p each: Gaussian blur of random strength, and sensor noise (σ 2–10 levels)."""
    n = tf.shape(x)[0]
    kernel = _gaussian_kernel(5, 1.2)
    padded = tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]], mode="REFLECT")  # zero padding would darken edges
    blurred = tf.nn.depthwise_conv2d(padded, kernel, strides=[1, 1, 1, 1], padding="VALID")
    strength = tf.where(rng.uniform([n, 1, 1, 1]) < p, rng.uniform([n, 1, 1, 1], 0.4, 1.0), 0.0)
    x = x + strength * (blurred - x)
    sigma = tf.where(rng.uniform([n, 1, 1, 1]) < p, rng.uniform([n, 1, 1, 1], 2.0, 10.0), 0.0)
    return x + sigma * rng.normal(tf.shape(x))


def _gaussian_kernel(width: int, sigma: float) -> tf.Tensor:
    ax = np.arange(width, dtype=np.float32) - (width - 1) / 2
    g = np.exp(-(ax**2) / (2 * sigma**2))
    k2 = np.outer(g, g) / np.outer(g, g).sum()
    return tf.constant(np.tile(k2[:, :, None, None], (1, 1, 3, 1)), dtype=tf.float32)


# ----------------------------------------------------------------------------- background compositing


def fruit_mask(x: tf.Tensor) -> tf.Tensor:
    """Soft alpha (B,H,W,1) in 0..1: 1 on the fruit, 0 on the near-white studio background.

    Small bright holes (highlights) are closed, then the edge is eroded by a pixel
    (removing the pale JPEG halo around the fruit) and softened.
    """
    fg = tf.cast(tf.reduce_min(x, axis=-1, keepdims=True) < WHITE_THRESHOLD, tf.float32)
    grow = lambda m, k: tf.nn.max_pool2d(m, k, 1, "SAME")  # noqa: E731
    shrink = lambda m, k: -tf.nn.max_pool2d(-m, k, 1, "SAME")  # noqa: E731
    fg = shrink(shrink(grow(fg, 5), 5), 3)
    return tf.nn.avg_pool2d(fg, 3, 1, "SAME")


def _compositor(cfg: AugmentConfig, size: int, seed: int) -> Callable[[tf.Tensor, tf.random.Generator], tf.Tensor]:
    bank = tf.constant(load_backgrounds(cfg.backgrounds_dir, size, seed))
    count, share = int(bank.shape[0]), float(cfg.background_probability)

    def composite(x: tf.Tensor, rng: tf.random.Generator) -> tf.Tensor:
        n = tf.shape(x)[0]
        picks = rng.uniform([n], 0, count, dtype=tf.int32)
        background = tf.cast(tf.gather(bank, picks), tf.float32)
        chosen = tf.cast(rng.uniform([n, 1, 1, 1]) < share, tf.float32)
        alpha = 1.0 - chosen * (1.0 - fruit_mask(x))  # images not chosen keep alpha 1 everywhere
        return alpha * x + (1.0 - alpha) * background

    return composite


def load_backgrounds(folder: str | os.PathLike, size: int, seed: int) -> np.ndarray:
    """Random square crops of the photos in `folder`, resized to size: uint8 (K, size, size, 3).

    Read once per training run; at most MAX_BACKGROUND_FILES photos, MAX_BACKGROUNDS crops.
    """
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ConfigError(f"backgrounds folder {folder} does not exist: choose a folder of background photos, "
                          "or leave 'backgrounds' empty")
    photos = sorted(p for p in folder.rglob("*") if p.suffix.lower() in images.IMAGE_EXTENSIONS
                    and not p.name.startswith("."))
    rng = np.random.default_rng(seed)
    picks = rng.permutation(len(photos))[:MAX_BACKGROUND_FILES]
    per_photo = max(1, MAX_BACKGROUNDS // max(1, len(picks)))
    crops = []
    for i in picks:
        try:
            photo = images.thumbnail(photos[i], 4 * size)  # same loader as everything else, decoded small
        except images.ImageError:
            continue
        crops += [_random_crop(photo, size, rng) for _ in range(per_photo)]
    if not crops:
        raise ConfigError(f"no readable background photos in {folder}: add some .jpg or .png photos there, "
                          "or leave 'backgrounds' empty")
    return np.stack(crops[:MAX_BACKGROUNDS])


def _random_crop(photo, size: int, rng: np.random.Generator) -> np.ndarray:
    w, h = photo.size
    side = max(1, int(min(w, h) * rng.uniform(0.3, 1.0)))
    left, top = int(rng.integers(0, w - side + 1)), int(rng.integers(0, h - side + 1))
    crop = photo.crop((left, top, left + side, top + side))
    if rng.random() < 0.5:
        crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return images.to_square_array(crop, size)
