"""Frozen-backbone transfer: the app's cached-feature training against a naive frozen ``fit``.

Ours: ``train()`` with freeze_backbone (weights "none" is fine for timing; the cost is
the same as ImageNet weights), which computes each image's backbone features once
(core/training/feature_cache.py) and fits only the head. Naive: the same model, the same
split and the same in-memory image pipeline, ``model.fit`` for the same epochs, so
the backbone runs on every image every epoch. Epoch times are wall times between
epoch ends (epochs 2..N).

"Same accuracy" is checked where chance cannot blur it: with random backbone weights
(no ImageNet download here) a 3-epoch head fit swings by ±0.3 between shuffles, so two
shuffled runs prove nothing. The naive fit therefore runs without shuffling or dropout,
and the cached-feature method (core.feature_cache: split, compute once, fit the head)
runs on the same batches in the same order from the same initial weights; the two
validation accuracies must agree within one image. The app's own train() run (shuffled,
with dropout) is reported beside them.
"""

from __future__ import annotations

from pathlib import Path
import statistics
import time
from typing import Any

from benchmarks import common

TARGET = 10.0
IMAGE_SIZE = 64  # the app's default for VGG16 and ResNet50
#: Random-weight VGG16 features vary little between images (std ~0.03); at Adam's 1e-3 neither side gets
#: off chance level in 3 epochs, which would make "same accuracy" meaningless. Same rate on both sides.
LEARNING_RATE = 1e-2


def _config(arch: str, folder: Path, epochs: int) -> Any:
    from fruitclassifier.config import TrainConfig

    return TrainConfig(data_dir=str(folder), arch=arch, weights="none", freeze_backbone=True, epochs=epochs,
                       image_size=IMAGE_SIZE, batch_size=32, val_split=0.2, seed=1, learning_rate=LEARNING_RATE,
                       class_weights=False, test_dir="", name=f"bench transfer {arch}")


def _epoch_times(marks: list[float]) -> list[float]:
    return [b - a for a, b in zip(marks, marks[1:])]


def ours(arch: str, folder: Path, epochs: int) -> dict[str, Any]:
    from fruitclassifier.core.events import EpochEnded, Event, LogLine, RunStarted
    from fruitclassifier.core.training.train import train

    marks, accs, logs = [], [], []

    def on_event(event: Event) -> None:
        if isinstance(event, (RunStarted, EpochEnded)):
            marks.append(time.perf_counter())
        if isinstance(event, EpochEnded):
            accs.append(event.metrics.get("val_accuracy"))
        if isinstance(event, LogLine):
            logs.append(event.message)

    info = train(_config(arch, folder, epochs), on_event=on_event)
    common.forget_trained(info.name)
    times = _epoch_times(marks)
    assembled = info.metadata["metrics"].get("val_accuracy")  # full model (backbone + head) on the images
    return {"first_epoch_s": times[0], "later_epoch_s": statistics.median(times[1:]), "val_accuracy": accs[-1],
            "best_head_val_accuracy": max(accs), "saved_model_val_accuracy": assembled,
            "assembled_matches_head": assembled is not None and abs(assembled - max(accs)) <= 0.01,
            "used_feature_cache": any("features once" in m for m in logs)}


def _split(arch: str, folder: Path) -> tuple[Any, Any, int, Any]:
    """(train, val) image datasets of the app's split in one fixed order, the class count and the val size."""
    import numpy as np

    from fruitclassifier.core.data import folders, pipeline

    summary = folders.scan(folder)
    train_idx, val_idx = folders.stratified_split(summary.labels, 0.2, 1)
    train_idx = np.random.default_rng(1).permutation(train_idx)  # one fixed mix of classes, the same every epoch
    files, labels = np.array(summary.files, dtype=object), np.array(summary.labels)
    train_ds, _ = pipeline.make_dataset(list(files[train_idx]), list(labels[train_idx]), IMAGE_SIZE, 32,
                                        training=False, seed=1)
    val_ds, _ = pipeline.make_dataset(list(files[val_idx]), list(labels[val_idx]), IMAGE_SIZE, 32,
                                      training=False, seed=1)
    return train_ds, val_ds, summary.num_classes, len(val_idx)


def _frozen_model(arch: str, num_classes: int) -> Any:
    import keras

    from fruitclassifier.core.models.registry import build_model

    model = build_model(arch, num_classes, IMAGE_SIZE, weights="none", freeze_backbone=True, dropout=0.0, seed=1)
    model.compile(keras.optimizers.Adam(LEARNING_RATE), "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def naive(arch: str, folder: Path, epochs: int) -> dict[str, Any]:
    """model.fit on the images: the frozen backbone runs on every image every epoch."""
    import keras

    train_ds, val_ds, num_classes, n_val = _split(arch, folder)
    model = _frozen_model(arch, num_classes)
    marks = [time.perf_counter()]
    timer = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: marks.append(time.perf_counter()))
    history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, callbacks=[timer], verbose=0,
                        shuffle=False)
    times = _epoch_times(marks)
    return {"first_epoch_s": times[0], "later_epoch_s": statistics.median(times[1:]),
            "val_accuracy": float(history.history["val_accuracy"][-1]),
            "val_loss": float(history.history["val_loss"][-1]), "val_images": n_val}


def cached_same_batches(arch: str, folder: Path, epochs: int) -> dict[str, Any]:
    """The cached-feature method on the naive fit's batches, order and initial weights."""
    from fruitclassifier.core.training import feature_cache

    train_ds, val_ds, num_classes, n_val = _split(arch, folder)
    model = _frozen_model(arch, num_classes)
    backbone, head = feature_cache.split_model(model)
    forward = feature_cache.feature_function(backbone)
    none = lambda *args: None  # noqa: E731 - no events, never stopped
    x_train, y_train = feature_cache.compute_features(forward, train_ds, 0, none, lambda: False, "training")
    x_val, y_val = feature_cache.compute_features(forward, val_ds, 0, none, lambda: False, "validation")
    head.compile(feature_cache.head_optimizer(model), "sparse_categorical_crossentropy", metrics=["accuracy"])
    history = head.fit(feature_cache.feature_dataset(x_train, y_train, 32, training=False, seed=1),
                       validation_data=feature_cache.feature_dataset(x_val, y_val, 32, training=False, seed=1),
                       epochs=epochs, verbose=0, shuffle=False)
    return {"val_accuracy": float(history.history["val_accuracy"][-1]),
            "val_loss": float(history.history["val_loss"][-1]), "val_images": n_val}


def run(quick: bool) -> list[dict]:
    folder = common.subset_folder(12 if quick else 48)
    epochs = 2 if quick else 3
    rows = []
    for arch in ("vgg16", "resnet50"):
        mine, plain, same = ours(arch, folder, epochs), naive(arch, folder, epochs), cached_same_batches(
            arch, folder, epochs)
        ratio = plain["later_epoch_s"] / mine["later_epoch_s"]
        gap = abs(same["val_accuracy"] - plain["val_accuracy"])
        one_image = 1.0 / plain["val_images"] + 1e-9
        rows.append(common.row(
            "transfer", f"frozen {arch} ({IMAGE_SIZE} px), time per epoch after the first",
            mine["later_epoch_s"], common.fmt_ms(mine["later_epoch_s"]), plain["later_epoch_s"],
            f"naive fit {common.fmt_ms(plain['later_epoch_s'])}", ratio, f"≥ {TARGET:.0f}× faster, same accuracy",
            ratio >= TARGET and mine["used_feature_cache"] and mine["assembled_matches_head"] and gap <= one_image,
            ours_run=mine, naive_run=plain, same_batches_run=same, accuracy_gap=gap,
            images=common.count_images(folder),
            note=f"{arch}: first epoch (features computed) {mine['first_epoch_s']:.1f} s vs naive "
            f"{plain['first_epoch_s']:.1f} s; on the same batches from the same weights, val accuracy with cached "
            f"features {same['val_accuracy']:.3f} vs naive {plain['val_accuracy']:.3f} on {plain['val_images']} "
            f"images (must agree within one image; val loss {same['val_loss']:.5f} vs {plain['val_loss']:.5f}); "
            f"the app's shuffled run scores {mine['val_accuracy']:.3f} and its "
            f"saved full model (backbone + head, on the images) {mine['saved_model_val_accuracy']:.3f} = best head "
            f"epoch {mine['best_head_val_accuracy']:.3f}"))
    return rows
