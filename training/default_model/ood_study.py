"""Which score tells unseen fruit from known fruit best: the leave-out model's "_other" output or distances.

    .venv/bin/python -m training.default_model.ood_study NAME '{"mix_other": 0}'

Fits the leave-out recipe (study.LEAVE_OUT kept out), then scores every photo of the left-out classes and
the held-out photos of known classes by: 1 - p(_other) (what the app uses), the top fruit probability,
Mahalanobis distance (shared covariance) and cosine distance to the nearest fitting photo in the pooled
1280-d features. AUROCs go to study/NAME.json. Nothing here is used by the build unless it wins.
"""

from __future__ import annotations

from dataclasses import replace
import json
import sys

import numpy as np

from training.default_model import study
from training.default_model.measure import auroc
from training.default_model.sets import OTHER


def pooled(upper, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    import keras

    sub = keras.Model(upper.input, [upper.get_layer("avg_pool").output, upper.output])
    f, p = sub.predict(x.astype(np.float32), batch_size=256, verbose=0)
    return f.astype(np.float64), p


def mahalanobis(fit_f: np.ndarray, fit_y: np.ndarray, feats: np.ndarray) -> np.ndarray:
    """Negative smallest Mahalanobis distance to a class mean (shared, shrunk covariance): higher = more known."""
    classes = np.unique(fit_y)
    means = np.stack([fit_f[fit_y == c].mean(0) for c in classes])
    centred = fit_f - means[np.searchsorted(classes, fit_y)]
    cov = np.cov(centred.T) + 1e-3 * np.eye(fit_f.shape[1])
    prec = np.linalg.inv(cov)
    d = np.stack([np.einsum("ij,jk,ik->i", feats - m, prec, feats - m) for m in means], 1)
    return -d.min(1)


def cosine_knn(fit_f: np.ndarray, feats: np.ndarray, k: int = 5) -> np.ndarray:
    a = fit_f / np.linalg.norm(fit_f, axis=1, keepdims=True)
    b = feats / np.linalg.norm(feats, axis=1, keepdims=True)
    sims = b @ a.T
    return np.sort(sims, axis=1)[:, -k:].mean(1)


def main(argv: list[str]) -> int:
    from training.default_model.recipe import Recipe
    name, changes = argv[0], json.loads(argv[1] if len(argv) > 1 else "{}")
    recipe = replace(Recipe(), **changes, leave_out=study.LEAVE_OUT)
    data = study.load_all(160)
    figures, _model, upper, names, _t = study.fit_and_score(recipe, data, 160)
    fit = data["grocery-fit"]
    views0 = len(fit["labels"]) // 8  # view 0 comes first in load_part
    known_fit = np.array([lab not in study.LEAVE_OUT for lab in fit["labels"][:views0 * 2]])
    fit_f, _ = pooled(upper, fit["x"][:views0 * 2][known_fit])
    fit_y = np.array([names.index(lab) for lab, k in zip(fit["labels"][:views0 * 2], known_fit) if k])
    hold = data["grocery-holdout"]
    seen = np.array([lab not in study.LEAVE_OUT for lab in hold["labels"]])
    unseen_x = np.concatenate([data[k]["x"][np.array([lab in study.LEAVE_OUT for lab in data[k]["labels"]])]
                               for k in ("grocery-holdout", "grocery-val")]
                              + [fit["x"][:views0][~known_fit[:views0]]])
    groups = {"known": hold["x"][seen], "unseen": unseen_x, "packaged": data["packaged-holdout"]["x"]}
    other = names.index(OTHER)
    scores: dict[str, dict[str, np.ndarray]] = {}
    for g, x in groups.items():
        f, p = pooled(upper, x)
        fruit = np.delete(p, other, axis=1)
        scores[g] = {"known_probability": 1 - p[:, other], "top_fruit": fruit.max(1),
                     "mahalanobis": mahalanobis(fit_f, fit_y, f), "knn_cosine": cosine_knn(fit_f, f)}
    out = {"recipe": changes, "unseen_photos": len(unseen_x), "auroc": {}}
    for s in scores["known"]:
        out["auroc"][s] = {g: round(auroc(scores["known"][s], scores[g][s]), 4) for g in ("unseen", "packaged")}
    ranks = {g: None for g in groups}
    allv = {s: np.concatenate([scores[g][s] for g in groups]) for s in scores["known"]}
    for s in ("known_probability", "mahalanobis"):
        r = allv[s].argsort().argsort() / len(allv[s])
        start = 0
        for g in groups:
            n = len(groups[g])
            ranks[g] = (ranks[g] if ranks[g] is not None else 0) + r[start:start + n]
            start += n
    out["auroc"]["rank_mean_kp_maha"] = {g: round(auroc(ranks["known"], ranks[g]), 4) for g in ("unseen", "packaged")}
    (study.OUT / f"{name}.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
