"""Fit one recipe on the cached features and measure it: the studies behind the default model's choices.

    .venv/bin/python -m training.default_model.study NAME '{"mix_other": 0}' [--leave-out]

With ``--leave-out`` the five LEAVE_OUT shop classes are kept out of training entirely and their photos are
the "unseen fruit": the refusal rule (which share of validation photos of known classes to refuse) is
judged on their fitting/validation shares, and reported on their held-out share with the held-out photos of
known classes, packaged goods and backgrounds. Results: training/reports/default-model/study/NAME.json.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
import json
from pathlib import Path
import sys
import time

import numpy as np

from training.default_model.sets import OTHER

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "training" / "runs" / "default_model_cache"
OUT = ROOT / "training" / "reports" / "default-model" / "study"
LEAVE_OUT = ("Lime", "Nectarine", "Papaya", "Peach", "Red Grapefruit")
#: Shares of validation photos of known classes a refusal level may refuse (the rule a level is set by).
#: The share whose 1 - p(_other) threshold the "_other" offset puts at 0.5 (other_offset: keeps p(_other) readable).
PINNED_SHARE = 0.075
SHARES = (0.01, 0.02, 0.03, 0.05, 0.065, 0.075, 0.1, 0.12, 0.15)
FIT = ("grocery-fit", "packaged-fit", "backgrounds-fit", "fruits360-fit")
VAL = ("grocery-val", "packaged-val", "backgrounds-val", "fruits360-val")


def load_all(size: int) -> dict[str, dict]:
    from training.default_model import features, sets

    return {key: features.load_part(None, CACHE, part, size) for key, part in sets.parts().items()}


def joined(data: dict[str, dict], keys: tuple[str, ...]) -> dict:
    out = {"x": np.concatenate([data[k]["x"] for k in keys])}
    for field in ("labels", "groups", "files", "sources"):
        out[field] = [v for k in keys for v in data[k][field]]
    return out


def fit_and_score(recipe, data: dict[str, dict], size: int) -> tuple[dict, object, object, list[str], float]:
    """(figures, full model, upper model, class names, temperature) for one recipe."""
    from fruitclassifier.core.inference.open_set import apply_temperature, fit_temperature
    from training.default_model import recipe as rec

    fit_set, val_set = joined(data, FIT + tuple(recipe.extra_other)), joined(data, VAL)
    names = rec.class_names_for(fit_set["labels"], recipe)
    x, y, w = rec.training_arrays(fit_set["x"], fit_set["labels"], fit_set["groups"], fit_set["sources"], names,
                                  recipe)
    val_known = [label in names for label in val_set["labels"]]
    xv = val_set["x"][np.array(val_known)].astype(np.float32)
    yv = np.array([names.index(label) for label in val_set["labels"] if label in names])
    started = time.process_time()
    model, upper, history = rec.fit_top(x.astype(np.float32), y, w, (xv, yv), names, size, recipe)
    cpu = time.process_time() - started
    temperature = fit_temperature(upper.predict(xv, verbose=0, batch_size=256), yv)
    probs = {k: apply_temperature(upper.predict(d["x"].astype(np.float32), verbose=0, batch_size=256), temperature)
             for k, d in data.items() if k.endswith(("-val", "-holdout", "-test")) or k == "grocery-fit"}
    seen = np.array([label not in recipe.leave_out for label in data["grocery-val"]["labels"]], bool)
    offset = other_offset(probs["grocery-val"][seen], names.index(OTHER))
    probs = {k: shift_other(p, names.index(OTHER), offset) for k, p in probs.items()}
    figures = score(probs, data, names, recipe.leave_out)
    figures.update({"recipe": asdict(recipe), "temperature": round(temperature, 4), "other_offset": round(offset, 4),
                    "history": history,
                    "fit_cpu_seconds": round(cpu, 1), "fit_examples": int(len(y))})
    return figures, model, upper, names, temperature


def other_log_odds(probs: np.ndarray, other: int) -> np.ndarray:
    p = np.clip(probs[:, other].astype(np.float64), 1e-30, 1 - 1e-12)
    return np.log(p) - np.log1p(-p)


def other_offset(val_known_probs: np.ndarray, other: int) -> float:
    """What to add to the "_other" logit so the PINNED_SHARE rule's threshold is known-probability 0.5.

    Why: a well-trained model gives its own fruit p(_other) near 1e-6 and unseen fruit near 1e-4, so every
    useful threshold sat at 0.9999..: unreadable in metadata and below what the int8 copy's softmax (steps
    of 1/256) can tell apart. The offset moves the decision region to the middle of the scale; it changes no
    ranking of photos by known-probability and no order among the fruit.
    """
    return float(-np.quantile(other_log_odds(val_known_probs, other), 1 - PINNED_SHARE))


def fold_other_offset(model, other: int, offset: float) -> None:
    """shift_other inside the saved model: the offset added to the "_other" bias of the (already
    temperature-folded) last layer, so the app's probabilities are the ones the figures were measured on."""
    dense = model.get_layer("predictions")
    kernel, bias = dense.get_weights()
    bias = bias.copy()
    bias[other] += offset
    dense.set_weights([kernel, bias])


def shift_other(probs: np.ndarray, other: int, offset: float) -> np.ndarray:
    """softmax(log p + offset on the "_other" column): the model's answers once the offset is folded in."""
    logp = np.log(np.clip(probs.astype(np.float64), 1e-30, 1.0))
    logp[:, other] += offset
    logp -= logp.max(axis=1, keepdims=True)
    out = np.exp(logp)
    return (out / out.sum(axis=1, keepdims=True)).astype(np.float32)


def score(probs: dict[str, np.ndarray], data: dict[str, dict], names: list[str], leave_out: tuple[str, ...]) -> dict:
    """Per refusal share: the threshold, then held-out figures (and, with a leave-out, the selection figures)."""
    from training.default_model import scores

    def known_of(key: str, keep) -> np.ndarray:
        mask = np.array([keep(label) for label in data[key]["labels"]], bool)
        return scores.known_probability(probs[key][mask], names)

    seen, unseen = (lambda lab: lab not in leave_out), (lambda lab: lab in leave_out)
    known_val = known_of("grocery-val", seen)
    held = {"known": known_of("grocery-holdout", seen), "unseen": known_of("grocery-holdout", unseen),
            "packaged": known_of("packaged-holdout", lambda _: True),
            "background": known_of("backgrounds-holdout", lambda _: True),
            "unseen_all": np.concatenate([known_of(f"grocery-{k}", unseen) for k in ("holdout", "val", "fit")])}
    selection = {"known": known_val,
                 "unseen": np.concatenate([known_of("grocery-val", unseen), known_of("grocery-fit", unseen)]),
                 "packaged": known_of("packaged-val", lambda _: True)}
    mask = np.array([seen(lab) for lab in data["grocery-holdout"]["labels"]], bool)
    truths = [lab for lab in data["grocery-holdout"]["labels"] if seen(lab)]
    test_truths = data["fruits360-test"]["labels"]
    levels = {}
    for share in SHARES:
        t = scores.threshold_at(known_val, share)
        real = scores.real_photo_figures(probs["grocery-holdout"][mask], truths, names, t)
        test = scores.real_photo_figures(probs["fruits360-test"], test_truths, names, t)
        levels[str(share)] = {"threshold": round(t, 4), "holdout": scores.refusal_figures(held, t),
                              "real_macro": real["macro_accuracy"], "real_strict": real["macro_accuracy_strict"],
                              "largest_sink": real["largest_sink"], "fruits360_test_macro": test["macro_accuracy"]}
        if leave_out:
            levels[str(share)]["selection"] = scores.refusal_figures(selection, t)
    real0 = scores.real_photo_figures(probs["grocery-holdout"][mask], truths, names, 0.0)
    return {"classes": len(names) - 1, "levels": levels, "real_never_refusing": real0,
            "fruits360_test_never_refusing": scores.real_photo_figures(probs["fruits360-test"], test_truths, names,
                                                                      0.0)["macro_accuracy"]}


def main(argv: list[str] | None = None) -> int:
    from training.default_model.recipe import Recipe

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name")
    parser.add_argument("changes", nargs="?", default="{}", help="Recipe fields to change, as JSON")
    parser.add_argument("--leave-out", action="store_true")
    parser.add_argument("--size", type=int, default=160)
    args = parser.parse_args(argv)
    recipe = replace(Recipe(), **json.loads(args.changes))
    if args.leave_out:
        recipe = replace(recipe, leave_out=LEAVE_OUT)
    figures = fit_and_score(recipe, load_all(args.size), args.size)[0]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{args.name}.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(json.dumps(summary(figures), indent=1))
    return 0


def summary(figures: dict) -> dict:
    """The lines worth comparing between studies."""
    out = {"never_refusing": figures["real_never_refusing"]["macro_accuracy"],
           "strict": figures["real_never_refusing"]["macro_accuracy_strict"],
           "f360": figures["fruits360_test_never_refusing"], "cpu_s": figures["fit_cpu_seconds"]}
    for share, level in figures["levels"].items():
        h = level["holdout"]
        out[share] = (f"real {level['real_macro']:.3f} known {h['known_refused']:.3f} unseen "
                      f"{h.get('unseen_refused', float('nan')):.3f} pack {h['packaged_refused']:.3f} bg "
                      f"{h['background_refused']:.3f} auroc {h.get('auroc_known_vs_unseen', float('nan'))}")
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
