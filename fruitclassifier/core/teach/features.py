"""The frozen backbone, run once: photos (plus augmented copies) -> the feature vectors the head sees.

The feature vector is the tensor feeding the model's final ``Dense(..., name="predictions")`` layer
(house models: backbone -> global pooling -> Dropout -> predictions). Running the backbone is nearly
all the cost of teaching, so each view of each photo goes through it exactly once; the head is then
fitted on the cached vectors in milliseconds per epoch (head.py).

Augmented copies are made the way a phone photo differs from another: a random square crop (60-100 %
of the short side, anywhere in the frame) and flips from the decoded photo, then the project's
colour, brightness, contrast and mild blur/noise jitter (core/data/augment.py) on the batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
import numpy as np

from fruitclassifier.core.data import images
from fruitclassifier.core.teach.errors import TeachCancelled, TeachError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

HEAD_LAYER = "predictions"
BATCH = 32
#: The share of the short side a random crop keeps (smallest, largest).
CROP_RANGE = (0.6, 1.0)
#: Share of augmented replay images pasted onto crops of the user's photos.
COMPOSITE_SHARE = 0.8
#: What to do with a model whose head cannot be taught.
_TEACH_ANOTHER = QT_TRANSLATE_NOOP("core", "Teach a model trained in this app, or the bundled one.")


def head_layer(model: Any) -> Any:
    """The model's final softmax Dense layer, or TeachError saying why this model cannot be taught."""
    import keras

    try:
        layer = model.get_layer(HEAD_LAYER)
    except ValueError:
        layer = None
    if not isinstance(layer, keras.layers.Dense):
        raise TeachError(QT_TRANSLATE_NOOP("core", "This model cannot be taught: it has no final Dense layer named "
                                                   "“predictions”."), _TEACH_ANOTHER)
    if len(layer.input.shape) != 2 or getattr(layer.activation, "__name__", "") != "softmax":
        raise TeachError(QT_TRANSLATE_NOOP("core", "This model cannot be taught: its “predictions” layer is not a "
                                                   "softmax over a feature vector."), _TEACH_ANOTHER)
    return layer


def feature_extractor(model: Any, split: str = "") -> Callable[[np.ndarray], np.ndarray]:
    """image batch (uint8/float 0..255) -> features (the head's input, or layer ``split``'s output), one
    compiled function for any batch size."""
    import keras

    from fruitclassifier.core.training.feature_cache import feature_function

    out = model.get_layer(split).output if split else head_layer(model).input
    backbone = keras.Model(model.inputs[0], out, name="teach_backbone")
    forward = feature_function(backbone)
    return lambda batch: np.asarray(forward(np.asarray(batch, np.float32)))  # a tensor on TensorFlow, numpy on torch


def plain_view(path: Path, size: int) -> np.ndarray:
    """Exactly what the Classify page feeds the model for this file."""
    return images.load_array(path, size)


def random_views(path: Path, size: int, copies: int, rng: np.random.Generator) -> list[np.ndarray]:
    """``copies`` random crops with random flips, decoded once at twice the model's size."""
    if copies <= 0:
        return []
    photo = images.thumbnail(path, 2 * size)
    w, h = photo.size
    out = []
    for _ in range(copies):
        side = max(1, int(min(w, h) * rng.uniform(*CROP_RANGE)))
        left, top = int(rng.integers(0, w - side + 1)), int(rng.integers(0, h - side + 1))
        crop = photo.crop((left, top, left + side, top + side))
        if rng.random() < 0.5:
            crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if rng.random() < 0.5:
            crop = crop.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        out.append(images.to_square_array(crop, size))
    return out


def colour_jitter(size: int, seed: int, backgrounds: Path | None = None) -> Callable[[np.ndarray], np.ndarray]:
    """The project's photometric augmentation (no geometry: the crops above did that).

    With ``backgrounds`` (a folder of photos), white-background replay images are also pasted onto crops
    of them (core/data/augment.py's compositing): otherwise only the user's classes would ever be seen in a
    real scene, and the model would learn "a real background means one of the taught classes".
    """
    from fruitclassifier.config import AugmentConfig
    from fruitclassifier.core.data.augment import build_augmenter

    cfg = AugmentConfig(enabled=True, flip=False, rotation=0.0, zoom=0.0, brightness=0.15, contrast=0.15,
                        color=0.04, blur_noise=0.15, backgrounds_dir=str(backgrounds or ""),
                        background_probability=COMPOSITE_SHARE)
    import tensorflow as tf

    augment = build_augmenter(cfg, size, seed)
    # One traced graph instead of eager ops per batch: 3x faster at 160 px on 2 cores.
    graph = tf.function(lambda x: augment(x, True), input_signature=[tf.TensorSpec([None, size, size, 3], tf.float32)])
    return lambda batch: graph(np.asarray(batch, np.float32)).numpy()


def run_backbone(forward: Callable[[np.ndarray], np.ndarray], arrays: list[np.ndarray],
                 should_stop: Callable[[], bool], on_batch: Callable[[int], None],
                 jitter: Callable[[np.ndarray], np.ndarray] | None = None) -> np.ndarray:
    """Features for a list of (S, S, 3) arrays, BATCH at a time; stops between batches when asked."""
    if not arrays:
        return np.zeros((0, 0), np.float32)
    chunks = []
    for start in range(0, len(arrays), BATCH):
        if should_stop():
            raise TeachCancelled
        batch = np.stack(arrays[start:start + BATCH]).astype(np.float32)
        chunks.append(forward(jitter(batch) if jitter is not None else batch))
        on_batch(len(batch))
    return np.concatenate(chunks).astype(np.float32)


def teaching_views(forward: Callable[[np.ndarray], np.ndarray], size: int, train: list[tuple[Path, int]],
                   held: list[tuple[Path, int]], replayed: list[tuple[Path, int]], copies: int, replay_copies: int,
                   root: Path, seed: int, emit: Callable[[Any], None],
                   stop: Callable[[], bool]) -> dict[str, np.ndarray]:
    """``forward`` over every view, once: teaching photos and copies, replay images and copies, held-back.

    Returns x, y, taught (a view of the user's photos) and held_x, held_y. Replay copies are pasted into
    crops of the user's scenes (``root``).
    """
    from fruitclassifier.core.events import Progress

    rng = np.random.default_rng(seed + 1)
    jitters = {1: colour_jitter(size, seed), 0: colour_jitter(size, seed, backgrounds=root)}
    groups = [(train, copies, 1), (replayed, replay_copies, 0)]
    total = sum(len(items) * (1 + n) for items, n, _ in groups) + len(held)
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        emit(Progress(done[0], total, Text(QT_TRANSLATE_NOOP("core", "Looking at your photos: {done} of {total} views"),
                                           done=done[0], total=total)))

    xs, ys, taught = [], [], []
    for items, n, is_teaching in groups:
        plain = [plain_view(p, size) for p, _ in items]
        extra = [(view, label) for p, label in items for view in random_views(p, size, n, rng)]
        xs += [run_backbone(forward, plain, stop, tick), run_backbone(forward, [v for v, _ in extra], stop, tick,
                                                                      jitters[is_teaching])]
        ys += [np.array([label for _, label in items], int), np.array([label for _, label in extra], int)]
        taught += [np.full(len(items), is_teaching), np.full(len(extra), is_teaching)]
    held_x = run_backbone(forward, [plain_view(p, size) for p, _ in held], stop, tick)
    x = np.concatenate([a for a in xs if a.size])
    if not held_x.size:
        held_x = np.zeros((0, *x.shape[1:]), np.float32)
    return {"x": x, "y": np.concatenate(ys), "taught": np.concatenate(taught).astype(bool), "held_x": held_x,
            "held_y": np.array([label for _, label in held], int)}
