"""Frozen-backbone transfer: the app's cached-feature training against a naive frozen ``fit``.

Ours: ``train()`` with freeze_backbone (weights "none" is fine for timing; the cost is
the same as ImageNet weights), which computes each image's backbone features once
(core/feature_cache.py) and fits only the head. Naive: the same model, the same
split and the same in-memory image pipeline, ``model.fit`` for the same epochs, so
the backbone runs on every image every epoch. Epoch times are wall times between
epoch ends (epochs 2..N); accuracy is the last epoch's validation accuracy.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
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
    from fruitclassifier.core.training import train

    marks, accs, logs = [], [], []

    def on_event(event: dict) -> None:
        if event["type"] in ("started", "epoch"):
            marks.append(time.perf_counter())
        if event["type"] == "epoch":
            accs.append(event.get("val_accuracy"))
        if event["type"] == "log":
            logs.append(event["message"])

    info = train(_config(arch, folder, epochs), on_event=on_event)
    common.forget_trained(info.name)
    times = _epoch_times(marks)
    assembled = info.metadata["metrics"].get("val_accuracy")  # full model (backbone + head) on the images
    return {"first_epoch_s": times[0], "later_epoch_s": statistics.median(times[1:]), "val_accuracy": accs[-1],
            "best_head_val_accuracy": max(accs), "saved_model_val_accuracy": assembled,
            "assembled_matches_head": assembled is not None and abs(assembled - max(accs)) <= 0.01,
            "used_feature_cache": any("features once" in m for m in logs)}


def naive(arch: str, folder: Path, epochs: int) -> dict[str, Any]:
    import keras
    import numpy as np

    from fruitclassifier.core import data, pipeline
    from fruitclassifier.core.models.registry import build_model

    config = _config(arch, folder, epochs)
    summary = data.scan(folder)
    train_idx, val_idx = data.stratified_split(summary.labels, config.val_split, config.seed)
    files, labels = np.array(summary.files, dtype=object), np.array(summary.labels)
    train_ds, _ = pipeline.make_dataset(list(files[train_idx]), list(labels[train_idx]), IMAGE_SIZE, 32,
                                        training=True, seed=1)
    val_ds, _ = pipeline.make_dataset(list(files[val_idx]), list(labels[val_idx]), IMAGE_SIZE, 32,
                                      training=False, seed=1)
    model = build_model(arch, summary.num_classes, IMAGE_SIZE, weights="none", freeze_backbone=True, seed=1)
    model.compile(keras.optimizers.Adam(config.learning_rate), "sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    marks = [time.perf_counter()]
    timer = keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: marks.append(time.perf_counter()))
    history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, callbacks=[timer], verbose=0)
    times = _epoch_times(marks)
    return {"first_epoch_s": times[0], "later_epoch_s": statistics.median(times[1:]),
            "val_accuracy": float(history.history["val_accuracy"][-1]), "val_images": len(val_idx)}


def same_accuracy_tolerance(a: float, b: float, n: int) -> float:
    """How far two runs' validation accuracies may differ by chance: two standard errors of the
    difference of two proportions on n images (dropout masks and shuffling differ), at least 0.05."""
    p = min(max((a + b) / 2, 0.05), 0.95)
    return max(0.05, 2 * (2 * p * (1 - p) / max(n, 1)) ** 0.5)


def run(quick: bool) -> list[dict]:
    folder = common.subset_folder(12 if quick else 48)
    epochs = 2 if quick else 3
    rows = []
    for arch in ("vgg16", "resnet50"):
        mine, plain = ours(arch, folder, epochs), naive(arch, folder, epochs)
        ratio = plain["later_epoch_s"] / mine["later_epoch_s"]
        gap = abs(mine["val_accuracy"] - plain["val_accuracy"])
        tolerance = same_accuracy_tolerance(mine["val_accuracy"], plain["val_accuracy"], plain["val_images"])
        rows.append(common.row(
            "transfer", f"frozen {arch} ({IMAGE_SIZE} px), time per epoch after the first",
            mine["later_epoch_s"], common.fmt_ms(mine["later_epoch_s"]), plain["later_epoch_s"],
            f"naive fit {common.fmt_ms(plain['later_epoch_s'])}", ratio, f"≥ {TARGET:.0f}× faster, same accuracy",
            ratio >= TARGET and mine["used_feature_cache"] and mine["assembled_matches_head"] and gap <= tolerance,
            ours_run=mine, naive_run=plain, accuracy_tolerance=tolerance,
            images=common.count_images(folder),
            note=f"{arch}: first epoch (features computed) {mine['first_epoch_s']:.1f} s vs naive "
            f"{plain['first_epoch_s']:.1f} s; val accuracy ours {mine['val_accuracy']:.3f} vs naive "
            f"{plain['val_accuracy']:.3f} on {plain['val_images']} images (same within {tolerance:.3f}: two standard "
            f"errors of the difference); the saved full model (backbone + head, "
            f"on the images) scores {mine['saved_model_val_accuracy']:.3f} = best head epoch "
            f"{mine['best_head_val_accuracy']:.3f}"))
    return rows
