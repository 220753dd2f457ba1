"""Decode images and feed them to Keras as a tf.data pipeline.

Split from data.py (scanning and splitting, TensorFlow-free) because this half
needs TensorFlow and is the training hot path: "memory" decodes every image
once into one uint8 tensor (each batch is one gather); "disk" streams through
Pillow once and replays a tf.data file cache for folders too big for RAM.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
import glob
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from fruitclassifier.config import AugmentConfig
from fruitclassifier.core.data import images
from fruitclassifier.core.data.folders import DataError, Errors, decode_workers, drop_broken

if TYPE_CHECKING:  # pragma: no cover
    import tensorflow as tf

#: "auto" caching decodes everything into RAM below this many bytes of uint8 pixels.
MEMORY_CACHE_LIMIT = 1.5e9
#: Shuffle buffer of the disk pipeline, in bytes of decoded pixels.
DISK_SHUFFLE_BYTES = 256e6


# ----------------------------------------------------------------------------- decoding


def load_images(
    files: Sequence[str | os.PathLike],
    size: int,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray, Errors]:
    """Decode files into one uint8 (N, size, size, 3) array with a thread pool.

    Returns (images, ok mask, errors). Broken files leave a zero slot with ok=False.
    When should_stop() turns true the remaining files are not decoded (ok=False,
    not listed in errors). on_progress(done, total) runs in the calling thread.
    """
    n = len(files)
    out = np.zeros((n, size, size, 3), dtype=np.uint8)
    ok = np.zeros(n, dtype=bool)
    failures: list[tuple[int, str]] = []

    def decode(start: int, stop: int) -> int:
        for i in range(start, stop):
            try:
                out[i] = images.load_array(files[i], size)
                ok[i] = True
            except images.ImageError as exc:
                failures.append((i, exc.reason))  # list.append is atomic under the GIL
        return stop - start

    chunk = max(8, min(128, n // (decode_workers() * 4) or 1))
    with ThreadPoolExecutor(max_workers=decode_workers()) as pool:
        futures = [pool.submit(decode, s, min(s + chunk, n)) for s in range(0, n, chunk)]
        done = 0
        for future in as_completed(futures):
            done += future.result()
            if on_progress:
                on_progress(done, n)
            if should_stop and should_stop():
                for f in futures:
                    f.cancel()
                break
    errors = [(Path(files[i]), reason) for i, reason in sorted(failures)]
    return out, ok, errors


# ----------------------------------------------------------------------------- tf.data


def make_dataset(
    files: Sequence[str | os.PathLike],
    labels: Sequence[int],
    size: int,
    batch_size: int,
    *,
    training: bool,
    seed: int,
    augment: AugmentConfig | None = None,
    cache: str = "auto",
) -> tuple[tf.data.Dataset, Errors]:
    """Batches of (float32 0..255 images (B,size,size,3), int32 labels (B,)) plus the files dropped.

    "memory" decodes everything once into RAM (fast epochs; auto-chosen below
    1.5 GB); "disk" streams through Pillow once and replays a file cache under
    paths.cache_dir(). Training datasets reshuffle each epoch and are augmented.
    Order is kept otherwise, so predictions line up with the files minus errors.
    """
    import tensorflow as tf

    files = [Path(f) for f in files]
    labels_arr = np.asarray(labels, dtype=np.int32).reshape(-1)
    if len(files) != len(labels_arr):
        raise ValueError(f"{len(files)} files but {len(labels_arr)} labels")
    if not files:
        raise DataError("no images to read: the folder or split is empty; add images or lower the validation share")
    augmenter = _augmenter(augment, size, seed) if training else None
    if _cache_mode(cache, len(files), size) == "memory":
        ds, errors = _memory_dataset(files, labels_arr, size, batch_size, training, seed)
    else:
        ds, errors = _disk_dataset(files, labels_arr, size, batch_size, training, seed)

    def finish(x, y):
        x = tf.cast(x, tf.float32)
        return (augmenter(x, True) if augmenter else x), y

    return ds.map(finish, num_parallel_calls=tf.data.AUTOTUNE).prefetch(tf.data.AUTOTUNE), errors


def _augmenter(augment: AugmentConfig | None, size: int, seed: int) -> Callable | None:
    if augment is None or not augment.enabled:
        return None
    from fruitclassifier.core.data.augment import build_augmenter  # imports TensorFlow/Keras

    return build_augmenter(augment, size, seed)


def _cache_mode(cache: str, n: int, size: int) -> str:
    if cache not in ("auto", "memory", "disk"):
        raise ValueError(f"cache must be 'auto', 'memory' or 'disk', not {cache!r}")
    if cache == "auto":
        return "memory" if n * size * size * 3 < MEMORY_CACHE_LIMIT else "disk"
    return cache


def _none_readable(files: list[Path], errors: Errors) -> DataError:
    path, reason = errors[0] if errors else (files[0], "unknown error")
    return DataError(f"none of the {len(files)} images could be read (e.g. {path.name}: {reason}); "
                     "check that the folder holds photos")


def _memory_dataset(files, labels, size, batch_size, training, seed):
    """All pixels in one uint8 tensor; each batch is one gather (far cheaper than per-image slicing)."""
    import tensorflow as tf

    arrays, ok, errors = load_images(files, size)
    keep = np.flatnonzero(ok)
    if not len(keep):
        raise _none_readable(files, errors)
    pixels = tf.constant(arrays)
    del arrays  # TF holds its own copy now
    targets = tf.constant(labels)
    ds = tf.data.Dataset.from_tensor_slices(keep.astype(np.int64))
    if training:
        ds = ds.shuffle(len(keep), seed=seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size)
    ds = ds.map(lambda idx: (tf.gather(pixels, idx), tf.gather(targets, idx)), num_parallel_calls=tf.data.AUTOTUNE)
    return ds, errors


def _disk_dataset(files, labels, size, batch_size, training, seed):
    """Pillow decode once through tf.numpy_function, then replay from a cache file.

    Files are checked up front (cheap 1/8-scale decode, remembered beside the
    cache) so the caller hears about broken files before training starts; a file
    that breaks later is still dropped by the ok-flag filter and added to errors.
    """
    import tensorflow as tf

    if training:  # a fixed mix so the cache is not one class after another (shuffle buffer is finite)
        order = np.random.default_rng(0).permutation(len(files))
        files, labels = [files[i] for i in order], labels[order]
    stem = _cache_stem(files, labels, size)
    _remove_stale_cache(stem)
    errors = _checked_errors(files, stem)
    bad = {p for p, _ in errors}
    keep = [i for i, f in enumerate(files) if f not in bad]
    if not keep:
        raise _none_readable(files, errors)

    def decode(path: bytes):
        try:
            return images.load_array(os.fsdecode(path), size), True
        except images.ImageError as exc:
            entry = (Path(os.fsdecode(path)), exc.reason)
            if entry not in errors:
                errors.append(entry)
            return np.zeros((size, size, 3), np.uint8), False

    def load(path, label):
        pixels, ok = tf.numpy_function(decode, [path], (tf.uint8, tf.bool), stateful=False)
        return tf.ensure_shape(pixels, (size, size, 3)), label, tf.ensure_shape(ok, ())

    ds = tf.data.Dataset.from_tensor_slices(([os.fsencode(files[i]) for i in keep], labels[keep]))
    ds = ds.map(load, num_parallel_calls=tf.data.AUTOTUNE).filter(lambda x, y, ok: ok)
    ds = ds.map(lambda x, y, ok: (x, y)).cache(str(stem))
    if training:
        buffer = int(min(len(keep), max(batch_size * 8, DISK_SHUFFLE_BYTES // (size * size * 3))))
        ds = ds.shuffle(buffer, seed=seed, reshuffle_each_iteration=True)
    return ds.batch(batch_size), errors


def _cache_stem(files: list[Path], labels: np.ndarray, size: int) -> Path:
    """Cache file prefix keyed by the exact file list, order, sizes, mtimes, labels and pixel size."""
    from fruitclassifier import paths

    digest = hashlib.sha256(f"v1 {size}\n".encode())
    for path, label in zip(files, labels):
        try:
            st = os.stat(path)
            stamp = f"{st.st_size} {st.st_mtime_ns}"
        except OSError:
            stamp = "missing"
        digest.update(f"{os.path.abspath(path)}\t{stamp}\t{int(label)}\n".encode("utf-8", "surrogateescape"))
    return paths.cache_dir() / f"tfdata-{digest.hexdigest()[:20]}-{size}px"


def _remove_stale_cache(stem: Path) -> None:
    """Drop a half-written cache (a killed run leaves a lockfile that would make tf.data refuse to start)."""
    if stem.with_name(stem.name + ".index").exists():
        return
    for leftover in stem.parent.glob(glob.escape(stem.name) + "_*"):
        try:
            leftover.unlink()
        except OSError:
            pass


def _checked_errors(files: list[Path], stem: Path) -> Errors:
    """Broken files among `files`, from the note beside the cache or by checking them now."""
    note = stem.with_name(stem.name + ".errors.json")
    try:
        return [(Path(p), r) for p, r in json.loads(note.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    _, _, errors = drop_broken(files, [0] * len(files))
    try:
        note.write_text(json.dumps([[str(p), r] for p, r in errors]), encoding="utf-8")
    except OSError:
        pass  # only a speed-up for next time
    return errors
