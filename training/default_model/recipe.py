"""Train the default model's top on cached features: the recipe the build and its studies share.

Head first (the ImageNet layers above the cache frozen), then the last block, the 1x1 head convolution and
the classifier together at a lower rate: keeping the ImageNet features close to where they were is what
carries to photos unlike the training ones. BatchNorm keeps ImageNet statistics. Classes are balanced by
sample weight; "_other" gets ``other_share`` of the total weight (it is one class but the whole rest of the
world). ``mix_other`` can add that many "_other" examples made by mixing the cached features of two photos of
different fruit (half-way, 35-65 %); the leave-out study measured it to hurt (AUROC known vs unseen fruit 0.71
with 3000 mixes, 0.87 without), so the default is none. Ten tuning epochs beat six (0.89 vs 0.87) and
sixteen (0.87) there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from training.default_model.sets import OTHER


@dataclass(frozen=True)
class Recipe:
    head_epochs: int = 4
    tune_epochs: int = 10
    head_rate: float = 1e-3
    tune_rate: float = 2e-4
    dropout: float = 0.3
    other_share: float = 0.15
    mix_other: int = 0
    fruits360_weight: float = 0.5  # weight of a Fruits-360 frame relative to a shop photo of the same class
    leave_out: tuple[str, ...] = ()  # fruit classes kept out entirely (the leave-out study)
    extra_other: tuple[str, ...] = ()  # further "_other" parts to fit on (sets.parts keys)
    seed: int = 7
    batch: int = 64
    notes: dict = field(default_factory=dict, compare=False)


def class_names_for(labels: list[str], recipe: Recipe) -> list[str]:
    return sorted({label for label in labels if label != OTHER and label not in recipe.leave_out}) + [OTHER]


def training_arrays(x: np.ndarray, labels: list[str], groups: list[str], sources: list[str],
                    class_names: list[str], recipe: Recipe) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, class indices, sample weights) with left-out classes (and anything made from their photos)
    dropped and feature mixes added."""
    keep = np.array([label not in recipe.leave_out and group not in recipe.leave_out
                     for label, group in zip(labels, groups)])
    x, labels, sources = x[keep], [lab for lab, k in zip(labels, keep) if k], [s for s, k in zip(sources, keep) if k]
    index = {name: i for i, name in enumerate(class_names)}
    y = np.array([index[label] for label in labels])
    if recipe.mix_other:
        mixed = _mixes(x, y, index[OTHER], recipe.mix_other, recipe.seed)
        x = np.concatenate([x, mixed])
        y = np.concatenate([y, np.full(len(mixed), index[OTHER])])
        sources = sources + ["mix"] * len(mixed)
    return x, y, _weights(y, sources, index[OTHER], len(class_names), recipe)


def _mixes(x: np.ndarray, y: np.ndarray, other: int, count: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed + 101)
    fruit = np.flatnonzero(y != other)
    a, b = rng.choice(fruit, count), rng.choice(fruit, count)
    differ = y[a] != y[b]
    a, b = a[differ], b[differ]
    lam = rng.uniform(0.35, 0.65, len(a)).astype(np.float32)[:, None, None, None]
    return (lam * x[a].astype(np.float32) + (1 - lam) * x[b].astype(np.float32)).astype(x.dtype)


def _weights(y: np.ndarray, sources: list[str], other: int, num_classes: int, recipe: Recipe) -> np.ndarray:
    base = np.where(np.array(sources) == "fruits360", recipe.fruits360_weight, 1.0)
    weights = np.zeros(len(y), np.float64)
    fruit_classes = num_classes - 1
    for c in range(num_classes):
        mask = y == c
        if mask.any():
            share = recipe.other_share if c == other else (1 - recipe.other_share) / fruit_classes
            weights[mask] = base[mask] / base[mask].sum() * share
    return (weights * len(y)).astype(np.float32)


def fit_top(x: np.ndarray, y: np.ndarray, w: np.ndarray, val: tuple[np.ndarray, np.ndarray],
            class_names: list[str], size: int, recipe: Recipe):
    """(full model, trained upper model, history): the upper part fitted, the full model not yet assembled."""
    import keras

    from training.default_model import fit

    keras.utils.set_random_seed(recipe.seed)
    model = fit.full_model(len(class_names), size, dropout=recipe.dropout, seed=recipe.seed)
    upper = fit.upper_model(model, len(class_names), dropout=recipe.dropout, seed=recipe.seed)
    history: dict[str, list[float]] = {}
    for _stage, epochs, rate, only in (("head", recipe.head_epochs, recipe.head_rate, {"predictions"}),
                                      ("tune", recipe.tune_epochs, recipe.tune_rate, None)):
        for layer in upper.layers:
            is_bn = isinstance(layer, keras.layers.BatchNormalization)
            layer.trainable = (layer.name in only) if only else not is_bn
        upper.compile(keras.optimizers.Adam(rate), "sparse_categorical_crossentropy", metrics=["accuracy"])
        if epochs:
            run = upper.fit(x, y, sample_weight=w, batch_size=recipe.batch, epochs=epochs, validation_data=val,
                            verbose=0, shuffle=True)
            for key, values in run.history.items():
                history.setdefault(key, []).extend(round(float(v), 4) for v in values)
    return model, upper, history
