"""The figures the default model's report gives: per-class and macro accuracy, sinks, "not one of mine"."""

from __future__ import annotations

import numpy as np

from fruitclassifier.core.inference.open_set import OpenSet


def auroc(positive: np.ndarray, negative: np.ndarray) -> float:
    """Chance that a random positive scores above a random negative (Mann-Whitney U, ties count half)."""
    scores = np.concatenate([positive, negative])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):  # average ranks over ties
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    u = ranks[: len(positive)].sum() - len(positive) * (len(positive) + 1) / 2
    return float(u / (len(positive) * len(negative)))


def summarise(probs: np.ndarray, labels: list[str], class_names: list[str], open_set: OpenSet) -> dict:
    """Accuracy over the fruit images, unknown rates, AUROC and the sink check, in one dict."""
    labels_arr = np.array(labels)
    is_other = labels_arr == (class_names[open_set.other_index] if open_set.enabled else "\0")
    fruit_probs, fruit_labels = probs[~is_other], labels_arr[~is_other]
    top = np.array([class_names[open_set.fruit_order(p)[0]] for p in fruit_probs])
    known = np.array([open_set.known_probability(p) if open_set.enabled else float(p.max()) for p in probs])
    unknown = np.array([open_set.is_unknown(p) for p in probs])
    classes = sorted(set(fruit_labels))
    recall = {c: float(np.mean(top[fruit_labels == c] == c)) for c in classes}
    wrong = top[top != fruit_labels]
    sinks = {c: float(np.mean(wrong == c)) for c in classes} if len(wrong) else {}
    out = {
        "fruit_images": int(len(fruit_labels)),
        "macro_accuracy": float(np.mean(list(recall.values()))),
        "accuracy": float(np.mean(top == fruit_labels)),
        "per_class_recall": recall,
        "largest_sink": max(sinks.items(), key=lambda kv: kv[1]) if sinks else None,
        "fruit_called_unknown": float(unknown[~is_other].mean()),
        "answered_right": float(np.mean((top == fruit_labels) & ~unknown[~is_other])),
    }
    if is_other.any():
        out.update({"other_images": int(is_other.sum()), "other_called_unknown": float(unknown[is_other].mean()),
                    "auroc_known_probability": auroc(known[~is_other], known[is_other])})
    return out


def confusion(probs: np.ndarray, labels: list[str], class_names: list[str], open_set: OpenSet) -> dict:
    """Rows: true class; columns: the answer (a fruit, or the unknown label)."""
    table: dict[str, dict[str, int]] = {}
    for p, label in zip(probs, labels):
        answer = "unknown" if open_set.is_unknown(p) else class_names[open_set.fruit_order(p)[0]]
        row = table.setdefault(label, {})
        row[answer] = row.get(answer, 0) + 1
    return table
