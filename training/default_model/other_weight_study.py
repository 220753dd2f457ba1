"""How much of "not one of mine" should come from the learned "_other" logit, and how much from the fruit logits.

    .venv/bin/python -m training.default_model.other_weight_study NAME '{"mix_other": 0, "tune_epochs": 10}'

The app refuses when 1 - p(_other) is low, i.e. when z_other - logsumexp(z_fruit) is high. The learned
z_other separates packaged goods and backgrounds perfectly but ranks unseen fruit worse than the top fruit
probability does (ood_study: AUROC 0.85 vs 0.91). Scaling the "_other" column of the last layer by ``alpha``
(foldable into the saved weights, like the temperature) moves the score toward the energy score
-logsumexp(z_fruit) as alpha -> 0. This fits the leave-out recipe once and sweeps alpha; the offset is
re-pinned on validation for each alpha (study.other_offset). Results: study/NAME.json.
"""

from __future__ import annotations

from dataclasses import replace
import json
import sys

import numpy as np

from training.default_model import study
from training.default_model.measure import auroc
from training.default_model.sets import OTHER

ALPHAS = (1.0, 0.75, 0.5, 0.35, 0.25, 0.15, 0.1, 0.05, 0.0)


def logits(upper, x: np.ndarray) -> np.ndarray:
    import keras

    pooled = keras.Model(upper.input, upper.get_layer("avg_pool").output).predict(
        x.astype(np.float32), batch_size=256, verbose=0)
    kernel, bias = upper.get_layer("predictions").get_weights()
    return pooled.astype(np.float64) @ kernel + bias


def other_score(z: np.ndarray, other: int, alpha: float, temperature: float) -> np.ndarray:
    """(alpha * z_other - logsumexp(z_fruit)) / T: the log-odds of "_other" before the offset."""
    fruit = np.delete(z, other, axis=1)
    top = fruit.max(axis=1, keepdims=True)
    lse = (top + np.log(np.exp(fruit - top).sum(axis=1, keepdims=True)))[:, 0]
    return (alpha * z[:, other] - lse) / temperature


def main(argv: list[str]) -> int:
    from training.default_model.recipe import Recipe

    name, changes = argv[0], json.loads(argv[1] if len(argv) > 1 else "{}")
    recipe = replace(Recipe(), **changes, leave_out=study.LEAVE_OUT)
    data = study.load_all(160)
    figures, _model, upper, names, temperature = study.fit_and_score(recipe, data, 160)
    other = names.index(OTHER)

    def rows(key, keep):
        mask = np.array([keep(lab) for lab in data[key]["labels"]], bool)
        return data[key]["x"][mask]

    seen, unseen = (lambda lab: lab not in study.LEAVE_OUT), (lambda lab: lab in study.LEAVE_OUT)
    groups = {"val_known": rows("grocery-val", seen), "known": rows("grocery-holdout", seen),
              "unseen": rows("grocery-holdout", unseen),
              "unseen_all": np.concatenate([rows("grocery-holdout", unseen), rows("grocery-val", unseen)]),
              "packaged": rows("packaged-holdout", lambda _: True),
              "background": rows("backgrounds-holdout", lambda _: True)}
    z = {k: logits(upper, x) for k, x in groups.items()}
    out = {"recipe": changes, "temperature": temperature, "alphas": {}}
    for alpha in ALPHAS:
        s = {k: other_score(v, other, alpha, temperature) for k, v in z.items()}
        known = {k: -v for k, v in s.items()}  # higher = more "known"
        row = {f"auroc_{k}": round(auroc(known["known"], known[k]), 4) for k in ("unseen", "unseen_all", "packaged",
                                                                               "background")}
        for share in (0.05, 0.075, 0.1):
            cut = np.quantile(s["val_known"], 1 - share)  # refuse above: share of validation known refused
            row[str(share)] = {k: round(float(np.mean(v > cut)), 4) for k, v in s.items() if k != "val_known"}
        out["alphas"][str(alpha)] = row
        print(alpha, json.dumps(row), flush=True)
    study.OUT.mkdir(parents=True, exist_ok=True)
    (study.OUT / f"{name}.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(study.ROOT))
    sys.exit(main(sys.argv[1:]))
