"""From cached views to a taught head (and, where the network allows, a taught top): weights, fitting, calibration.

``fit_taught`` runs the stages on the cached views of ``features.teaching_views``: the head on the pooled
features of the unchanged top (head.py), then, when a split is given and ``tune_epochs`` > 0, the top itself
on the split tensors (upper.py). Photos held back are scored before and after with the others aside, then
put back for the final passes. ``recalibrate_open_set`` gives taught classes their own "not one of mine"
threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from fruitclassifier.core.events import EpochEnded, Event, LogLine
from fruitclassifier.core.teach import head
from fruitclassifier.core.teach.teaching_set import other_class

#: The final head passes, with the held-back photos back in, are this fraction of the epochs (warm start).
FINAL_SHARE = 4


@dataclass(frozen=True)
class FitPlan:
    """What to fit: head epochs and rate, then the top's (0 epochs: the head only)."""

    epochs: int = 60
    learning_rate: float = 3e-3
    tune_epochs: int = 0
    tune_learning_rate: float = 1e-4
    prototype_init: bool = True
    seed: int = 0


#: The "not one of my fruits" class's share of the total weight, as the default model's build gives it
#: (training/default_model/recipe.py): it is one class but the whole rest of the world. Weighed as one class
#: among 49, a taught model refused half as many strangers (training/teach_study.py).
OTHER_SHARE = 0.15


def sample_weights(labels: np.ndarray, is_teaching: np.ndarray, other: int | None = None) -> np.ndarray:
    """Every class weighs the same (the ``other`` class OTHER_SHARE of the total, where there is one); within a
    class, the user's photos and the replay images weigh half each."""
    keys = labels * 2 + is_teaching.astype(int)
    key_counts = np.bincount(keys)
    groups_per_class = np.bincount(labels[np.unique(keys, return_index=True)[1]], minlength=labels.max() + 1)
    weights = 1.0 / (groups_per_class[labels] * key_counts[keys])
    classes = len(np.unique(labels))
    if other is not None and np.any(labels == other) and classes > 1:
        is_other = labels == other
        weights[is_other] *= OTHER_SHARE * (classes - 1) / (1 - OTHER_SHARE)
    return (weights * len(labels) / weights.sum()).astype(np.float32)


def drop_conflicting_other(data: dict[str, Any], class_names: list[str], metadata: dict, parent_classes: list[str],
                           emit: Callable[[Event], None]) -> None:
    """Leave out "not one of my fruits" replay images that look more like a class the user is adding.

    The other class was trained on everything that is not a fruit of the model; when the user teaches,
    say, "Shoe", replay images of shoes labelled "other" would argue with their photos. Judged on the
    pooled features (``data["pooled"]``, else ``data["x"]``): cosine similarity to each new class's mean
    against the other class's own mean.
    """
    other = other_class(metadata)
    new = [i for i, name in enumerate(class_names) if name not in parent_classes]
    if other is None or not new or other not in class_names:
        return
    x, y = data.get("pooled", data["x"]), data["y"]
    unit = x.reshape(len(x), -1) / np.maximum(np.linalg.norm(x.reshape(len(x), -1), axis=1, keepdims=True), 1e-8)
    is_other = y == class_names.index(other)
    if not is_other.any():
        return
    centre = lambda mask: unit[mask].mean(axis=0) / max(np.linalg.norm(unit[mask].mean(axis=0)), 1e-8)  # noqa: E731
    near_new = np.max(np.stack([unit @ centre(y == label) for label in new if (y == label).any()]), axis=0)
    drop = is_other & (near_new > unit @ centre(is_other))
    if drop.any():
        emit(LogLine(f"Left out {int(drop.sum())} “not one of my fruits” replay images that look like your new "
                     f"class{'es' if len(new) > 1 else ''}."))
        for key in ("x", "y", "w", "taught", "pooled"):
            if key in data:
                data[key] = data[key][~drop]


def fit_taught(old: head.Head, data: dict[str, Any], num_classes: int, plan: FitPlan, top: Any,
               emit: Callable[[Event], None], stop: Callable[[], bool]) -> dict[str, Any]:
    """Fit with the held-back photos aside (live curve, before/after), then a few more passes with them in.

    ``data``: x (split tensors when ``top`` is given, else pooled features), y, w, held_x, held_y; ``top``:
    an upper.Top or None. Sets ``pooled`` and ``held_pooled`` in ``data`` (kept when given), as the final top
    sees them.
    """
    pool = top.pooled if top is not None else (lambda a: a)
    if "pooled" not in data:
        data["pooled"], data["held_pooled"] = pool(data["x"]), pool(data["held_x"])
    held_parent = data["held_pooled"]  # as the parent's head sees them, before the top is tuned
    held_y, y, w = data["held_y"], data["y"], data["w"]
    known = old.kernel.shape[1]  # the parent's columns: pulled firmly back to what it knew (head.py)
    start = head.extended(old, num_classes, *((data["pooled"], y) if plan.prototype_init else ()))
    settings = head.HeadSettings(epochs=plan.epochs, learning_rate=plan.learning_rate, seed=plan.seed)
    total = plan.epochs + (plan.tune_epochs if top is not None else 0)

    def on_epoch(offset: int) -> Callable[[int, dict[str, float]], None]:
        return lambda epoch, logs: emit(EpochEnded.from_logs(offset + epoch, total, 0.0, logs))

    mine_held = data.get("held_taught", np.ones(len(held_y), bool))
    val = (data["held_pooled"][mine_held], held_y[mine_held]) if mine_held.any() else None
    trained, history = head.fit(start, data["pooled"], y, w, settings, on_epoch(0), stop, val=val,
                                known_classes=known)
    tuning = top is not None and plan.tune_epochs > 0
    if tuning:
        from fruitclassifier.core.teach.upper import TuneSettings

        tune = TuneSettings(plan.tune_epochs, plan.tune_learning_rate, seed=plan.seed)
        trained = top.tuned(trained, data["x"], y, w, tune, on_epoch(plan.epochs), stop)
        data["pooled"], data["held_pooled"] = pool(data["x"]), pool(data["held_x"])
    mine = data.get("held_taught", np.ones(len(held_y), bool))
    scores = {}
    for key, mask in (("", mine), ("others_", ~mine)):
        for when, model, x in (("before", old, held_parent), ("after", trained, data["held_pooled"])):
            scores[key + when] = float(np.mean(model.predict(x[mask]) == held_y[mask])) if mask.any() else None
    if mine.any():
        emit(LogLine(f"Held-back photos: {scores['before']:.0%} right before, {scores['after']:.0%} after."))
    if (~mine).any():
        emit(LogLine(f"The other classes' held-back images: {scores['others_before']:.0%} right before, "
                     f"{scores['others_after']:.0%} after."))
    if len(held_y):  # the held-back photos back in: a few more passes of the last stage
        w_all = np.concatenate([w, np.full(len(held_y), float(np.mean(w)), np.float32)])
        if tuning:  # the tune saw 8 of 10 photos a class; the two it did not are worth passes of the top too
            final = replace(tune, epochs=max(1, plan.tune_epochs // FINAL_SHARE * 2))
            trained = top.tuned(trained, np.concatenate([data["x"], data["held_x"]]), np.concatenate([y, held_y]),
                                w_all, final, lambda *_: None, stop)
            data["pooled"], data["held_pooled"] = pool(data["x"]), pool(data["held_x"])
        else:
            x_all = np.concatenate([data["pooled"], data["held_pooled"]])
            trained, _ = head.fit(trained, x_all, np.concatenate([y, held_y]), w_all,
                                  replace(settings, epochs=max(5, plan.epochs // FINAL_SHARE)), lambda *_: None,
                                  stop, anchor=start, known_classes=known)
    return {"head": trained, "history": history, **scores, "others_held": int((~mine).sum())}


def recalibrate_open_set(meta: dict[str, Any], class_names: list[str], trained: head.Head,
                         data: dict[str, Any], emit: Callable[[Event], None]) -> None:
    """Give each taught class its own "not one of mine" threshold where its photos need a lower one.

    The parent's threshold was chosen for its own classes; a class taught from ten photos is often
    answered with less certainty, and would otherwise be called "not one of mine" (seen: a taught
    "Shoe" at 53 %). Each taught class's threshold lets at most 2 % of its teaching views through as
    unknown, on the model's own score (open_set.OpenSet.known_probabilities: 1 - p(other), or the top
    fruit's softened probability); the parent's threshold, and so how its own classes and strangers are
    answered, stays.
    """
    from fruitclassifier.core.inference import open_set

    spec = meta.get("open_set")
    if not isinstance(spec, dict) or spec.get("other_class") not in class_names:
        return
    other = class_names.index(spec["other_class"])
    x_all, held = data.get("pooled", data["x"]), data.get("held_pooled", data["held_x"])
    taught = data.get("taught", np.ones(len(data["y"]), bool))
    mine = data.get("held_taught", np.ones(len(data["held_y"]), bool))  # the user's photos, not replay images
    x = np.concatenate([x_all[taught], held[mine]]) if mine.any() else x_all[taught]
    y = np.concatenate([data["y"][taught], data["held_y"][mine]]) if mine.any() else data["y"][taught]
    known_all = open_set.OpenSet.from_metadata(meta, class_names).known_probabilities(trained.probabilities(x))
    parent = float(spec.get("threshold", open_set.DEFAULT_THRESHOLD))
    kept = dict(spec.get("class_thresholds") or {})
    for label in sorted(set(int(v) for v in y) - {other}):
        needed = float(np.quantile(known_all[y == label], open_set.FRUIT_REJECTED))
        if needed < min(parent, kept.get(class_names[label], parent)):
            kept[class_names[label]] = round(needed, 4)
            emit(LogLine(f"'Not one of mine' for {class_names[label]} below {needed:.2f} known-probability "
                         f"(the others keep {parent:.2f})."))
    if kept:
        meta["open_set"] = {**spec, "class_thresholds": kept}
