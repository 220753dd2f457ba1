"""Made-up data for the previews in this folder (no model, no TensorFlow, no files): not part of the app."""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from fruitclassifier.core.evaluation.metrics import EvalResult
from fruitclassifier.core.evaluation.verdict import OVERFITS
from fruitclassifier.core.store import ModelInfo
from fruitclassifier.gui.compare.jobs import Comparison
from fruitclassifier.gui.widgets.result_list import ResultItem


def fake_rows() -> list[dict[str, Any]]:
    return [
        {"name": "custom_cnn 48px", "arch": "custom_cnn", "accuracy": 0.991, "macro_f1": 0.989, "loss": 0.04,
         "params": 1_280_685, "size_mb": 15.4, "ms_per_image": 0.9, "train_time_s": 352, "epochs": 5,
         "best_val_accuracy": 1.0, "train_val_gap": -0.005, "n": 2241},
        {"name": "resnet50 32px", "arch": "resnet50", "accuracy": 0.873, "macro_f1": 0.861, "loss": 0.21,
         "params": 23_614_605, "size_mb": 94.6, "ms_per_image": 4.2, "train_time_s": 1210, "epochs": 5,
         "best_val_accuracy": 0.97, "train_val_gap": 0.12, "fit": OVERFITS, "n": 2241},
    ]


def fake_comparison(n_models: int = 2, per_class: int = 20) -> Comparison:
    """Made-up models and results for the previews (no TensorFlow, no files needed)."""
    classes = ["Apple_Golden_1", "Banana_1", "Kiwi_1", "Lemon_1", "Mango_1", "Orange_1"]
    rng = np.random.default_rng(3)
    infos, results = [], []
    for m, arch in enumerate(["custom_cnn", "resnet50", "vgg16"][:n_models]):
        hist = {"loss": [1.5 * math.exp(-e / 2) + 0.05 for e in range(8)],
                "val_loss": [1.6 * math.exp(-e / 2) + 0.1 + 0.1 * m for e in range(8)],
                "accuracy": [1 - 0.8 * math.exp(-e / (2 + m)) for e in range(8)],
                "val_accuracy": [0.97 - 0.1 * m - 0.8 * math.exp(-e / 2) for e in range(8)]}
        meta = {"arch": arch, "history": hist, "train_time_s": 300 * (m + 1), "epochs_trained": 8,
                "size": 15_000_000 * (m + 1), "class_names": classes, "image_size": 100}
        infos.append(ModelInfo(f"{arch} demo", Path(f"/nonexistent/{arch}"), False, meta))
        predictions, confusion = [], np.zeros((len(classes), len(classes)), np.int64)
        for t, true in enumerate(classes):
            for k in range(per_class):
                wrong = rng.random() < 0.04 + 0.1 * m
                p = (t + int(rng.integers(1, len(classes)))) % len(classes) if wrong else t
                confusion[t, p] += 1
                predictions.append({"path": f"/nonexistent/{true}/{k}.jpg", "true": true, "pred": classes[p],
                                    "probability": float(rng.uniform(0.4, 1.0))})
        results.append(EvalResult(infos[-1].name, "/nonexistent", classes, confusion, predictions,
                                  seconds=0.002 * (m + 1) * len(predictions), params=1_000_000 * (m + 1)))
    return Comparison(infos, results, Path("/nonexistent/Test"), [False] * n_models)


def fake_histories(models: int = 2, epochs: int = 10) -> list[dict[str, list[float]]]:
    out = []
    for m in range(models):
        rate = 2.5 + 1.5 * m
        out.append({"loss": [1.8 * math.exp(-e / rate) + 0.05 for e in range(epochs)],
                    "val_loss": [1.9 * math.exp(-e / rate) + 0.1 + 0.08 * m * e / epochs for e in range(epochs)],
                    "accuracy": [1 - 0.9 * math.exp(-e / rate) for e in range(epochs)],
                    "val_accuracy": [0.97 - 0.12 * m - 0.9 * math.exp(-e / rate) for e in range(epochs)]})
    return out


def fake_items() -> list[ResultItem]:
    """Preview data: a confident answer, an unsure one, one that is none of the fruits, an unreadable file
    and a pending one."""
    return [
        ResultItem("a", "Apple_10.jpg", top=[("Apple_Red_1", 0.97), ("Cherry_1", 0.02), ("Tomato_1", 0.01)]),
        ResultItem("b", "mystery.jpg", top=[("Lemon", 0.41), ("Banana", 0.35), ("Mango", 0.2)], unsure=True),
        ResultItem("e", "portrait.jpg", top=[("Strawberry 1", 0.08), ("Tomato 1", 0.05)], unknown=True,
                   known_probability=0.13),
        ResultItem("c", "broken.jpg", error="broken.jpg: truncated or damaged image"),
        ResultItem("d", "pending.png"),
    ]


def fake_models() -> list[Any]:
    """Preview stand-ins for core.store.ModelInfo (same attributes)."""
    def make(name, arch, n, size, acc, bundled):
        text = f"{100 * acc:.1f}% on Fruits-360 Test" if acc is not None else ""
        names = [f"Fruit_{i}" for i in range(n)]
        return SimpleNamespace(name=name, arch=arch, class_names=names, own_class_names=names,
                               classes_text=lambda: f"{n} classes", image_size=size,
                               accuracy=acc, bundled=bundled, created="2025-01-02T10:00:00", path=Path(f"/tmp/{name}"),
                               accuracy_text=lambda: text, accuracy_parts=lambda: [text] if text else [])

    return [make("Fruits-360 CNN", "custom_cnn", 131, 100, 0.973, True),
            make("my vgg", "vgg16", 20, 64, 0.91, False), make("imported", "imported", 3, 32, None, False)]


def fake_history(epochs: int = 12) -> dict[str, list[float]]:
    return {
        "loss": [1.8 * math.exp(-e / 3) + 0.05 for e in range(epochs)],
        "val_loss": [1.9 * math.exp(-e / 3.5) + 0.12 for e in range(epochs)],
        "accuracy": [1 - 0.9 * math.exp(-e / 2.5) for e in range(epochs)],
        "val_accuracy": [0.97 - 0.9 * math.exp(-e / 3) for e in range(epochs)],
    }
