"""Static PNG figures for reports, drawn with matplotlib's Agg backend (no Qt, no display).

Each figure is a ``matplotlib.figure.Figure`` of its own rather than pyplot's: no global state, safe on
any thread, and pyplot (with its 0.4 s of imports) is never needed (see fruitclassifier/tf_import.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier.core.evaluation.metrics import shown_classes
from fruitclassifier.core.inference.display_names import display_names


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=110)


def training_curves(infos: Sequence[Any], path: Path) -> None:
    """Loss and accuracy per epoch, training solid and validation dashed, one colour per model."""
    fig = _figure(11, 4)
    ax_loss, ax_acc = fig.subplots(1, 2)
    for i, info in enumerate(infos):
        hist, colour = info.history or {}, f"C{i}"
        for ax, key in ((ax_loss, "loss"), (ax_acc, "accuracy")):
            if hist.get(key):
                ax.plot(range(1, len(hist[key]) + 1), hist[key], color=colour, label=f"{info.name} train")
            if hist.get(f"val_{key}"):
                ax.plot(range(1, len(hist[f"val_{key}"]) + 1), hist[f"val_{key}"], color=colour,
                        linestyle="--", label=f"{info.name} validation")
    for ax, title in ((ax_loss, "Loss"), (ax_acc, "Accuracy")):
        ax.set_title(title)
        ax.set_xlabel("epoch")
        ax.grid(alpha=0.3)
    ax_acc.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    fig.savefig(path)


def confusion_matrix(result: Any, path: Path) -> Any:
    """Counts as a heat map; rows are the classes in the test folder, columns those and any other predicted.
    Returns the figure (its tick labels are what a reader sees)."""
    matrix = np.asarray(result.confusion)
    rows, cols = shown_classes(matrix)
    matrix = matrix[np.ix_(rows, cols)]
    size = max(4.0, 0.45 * len(cols) + 2)
    fig = _figure(size, max(4.0, 0.45 * len(rows) + 2))
    ax = fig.subplots()
    ax.imshow(matrix, cmap="Blues")
    names = display_names(result.labels)  # a figure is read by people: "Banana", "Not one of my fruits"
    ax.set_xticks(range(len(cols)), [names[result.labels[i]] for i in cols], rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(rows)), [names[result.labels[i]] for i in rows], fontsize=7)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(f"{result.model}: accuracy {result.accuracy:.3f}")
    threshold = matrix.max() / 2 if matrix.size else 0
    for (r, c), count in np.ndenumerate(matrix):
        if count:
            ax.text(c, r, str(count), ha="center", va="center", fontsize=6,
                    color="white" if count > threshold else "black")
    fig.tight_layout()
    fig.savefig(path)
    return fig


def per_class_f1(results: Sequence[Any], path: Path) -> None:
    """Grouped bars: one group per class, one bar per model."""
    if not results:
        return
    labels = [label for label, v in results[0].per_class().items() if v["support"] > 0]
    width = 0.8 / max(len(results), 1)
    fig = _figure(max(6, 0.6 * len(labels) + 2), 4)
    ax = fig.subplots()
    for i, result in enumerate(results):
        scores = result.per_class()
        ax.bar(np.arange(len(labels)) + i * width, [scores[label]["f1"] for label in labels], width, label=result.model)
    names = display_names(results[0].labels)
    ax.set_xticks(np.arange(len(labels)) + width * (len(results) - 1) / 2, [names[label] for label in labels],
                  rotation=45, ha="right", fontsize=7)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("F1")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
