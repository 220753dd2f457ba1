"""How well does "not one of mine" refuse fruit the model never saw? Leave some classes out and find out.

    .venv/bin/python training/leave_out_experiment.py --leave-out "Kiwi 1,Mango 1,Strawberry 1"

Trains the default model's recipe (training/build_default_model.py: same scenes, features, fit, calibration and
threshold rule) on the remaining classes only, without the recoloured-fruit outliers (they carry every class's
shape), then measures on the realistic v2 scenes: the kept classes' accuracy and refusals, and the share of the
left-out fruit and of the fruit-free scenes called "not one of mine". Needs the build's caches (run it first).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
import json
from pathlib import Path
import sys
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.build_default_model import CACHE, OUTLIERS, PLANS, _render  # noqa: E402
from training.default_model import fit  # noqa: E402
from training.default_model.render import OTHER  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", default="Kiwi 1,Mango 1,Strawberry 1")
    parser.add_argument("--size", type=int, default=160)
    parser.add_argument("--recoloured", action="store_true",
                        help="add recoloured-fruit outliers made from the kept classes only (as the default model)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    report = ROOT / "training" / "reports" / "default-model"
    args.out = args.out or report / f"leave_out{'_recoloured' if args.recoloured else ''}.json"
    run = train_without(left=[c.strip() for c in args.leave_out.split(",") if c.strip()], size=args.size,
                        recoloured=args.recoloured)
    upper, kept, rules, left, data = run.upper, run.kept, run.rules, run.left, run.data
    threshold, temperature = rules.threshold, run.temperature
    feats, labels = data["eval"]
    probs = upper.predict(feats, verbose=0)
    unknown = np.array([rules.is_unknown(p) for p in probs])
    named = np.array([kept[rules.fruit_order(p)[0]] for p in probs])
    is_left, is_free = np.isin(labels, left), labels == OTHER
    own = ~is_left & ~is_free
    result = {
        "left_out": left,
        "recoloured_outliers": args.recoloured,
        "threshold": threshold,
        "temperature": temperature,
        "kept_macro_accuracy": float(np.mean([np.mean(named[labels == c] == c) for c in kept[:-1]])),
        "kept_called_unknown": float(unknown[own].mean()),
        "left_out_called_unknown": float(unknown[is_left].mean()),
        "left_out_called_unknown_per_class": {c: float(unknown[labels == c].mean()) for c in left},
        "fruit_free_called_unknown": float(unknown[is_free].mean()),
    }
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


@dataclass
class LeftOut:
    """The default model's top trained without some classes, calibrated as the build calibrates it."""

    upper: Any  # lower features -> probabilities (temperature folded in)
    kept: list[str]  # its classes, "other" last
    left: list[str]
    rules: Any  # open_set.OpenSet
    temperature: float
    data: dict[str, tuple[np.ndarray, np.ndarray]]  # set name -> (lower features, labels), every class
    train: tuple[np.ndarray, np.ndarray]  # what it trained on (outliers included when recoloured)
    val: tuple[np.ndarray, np.ndarray]  # what it was calibrated on


def train_without(left: list[str], size: int = 160, recoloured: bool = False) -> LeftOut:
    """Train and calibrate the build's recipe on the cached features of every class but ``left``."""
    import keras

    from fruitclassifier.core.inference import open_set

    keras.utils.set_random_seed(7)
    sets = {name: _render(plan, size) for name, plan in PLANS.items()}
    kept = sorted({y for y in sets["train"][1] if y != OTHER and y not in left}) + [OTHER]
    index = {c: i for i, c in enumerate(kept)}
    model = fit.full_model(len(kept), size, dropout=0.2, seed=7)
    data = {}
    for name, (x, y) in sets.items():
        total = len(x) + len(_render(OUTLIERS[name], size)[0])
        cached = CACHE / f"features-{name}-{size}-r-{total}.npy"
        if not cached.exists():
            raise SystemExit(f"{cached} is missing: run training/build_default_model.py first")
        data[name] = (np.load(cached)[: len(x)], np.array(y))  # the outlier rows come last: cut them
    train, val = (_without(data[n], left) for n in ("train", "val"))
    if recoloured:  # the shipped recipe, with no shape of a left-out fruit in it
        lower = fit.lower_model(model)
        train, val = (
            _with_outliers(pair, OUTLIERS[n], tuple(kept[:-1]), lower, size)
            for pair, n in ((train, "train"), (val, "val"))
        )
    upper = fit.upper_model(model, len(kept), dropout=0.2, seed=7)
    fit.train_upper(upper, train[0], _ids(train[1], index), (val[0], _ids(val[1], index)), 6, 4, 7)
    val_probs = upper.predict(val[0], verbose=0)
    temperature = open_set.fit_temperature(val_probs, _ids(val[1], index))
    open_set.fold_temperature(upper, temperature)
    calibrated = upper.predict(val[0], verbose=0)
    threshold = open_set.choose_threshold(calibrated, _ids(val[1], index), index[OTHER])
    rules = open_set.OpenSet(index[OTHER], threshold)
    return LeftOut(upper, kept, left, rules, temperature, data, train, val)


def _with_outliers(pair, plan, classes, lower, size):
    import dataclasses

    x, _y = _render(dataclasses.replace(plan, name=f"{plan.name}_kept", only=classes), size)
    feats = fit.lower_features(lower, x)
    return np.concatenate([pair[0], feats]), np.concatenate([pair[1], np.array([OTHER] * len(feats))])


def _without(pair, left):
    feats, labels = pair
    keep = ~np.isin(labels, left)
    return feats[keep], labels[keep]


def _ids(labels, index):
    return np.array([index[label] for label in labels])


if __name__ == "__main__":
    sys.exit(main())
