"""Which open-set score the app should refuse by: 1 - p(_other) or the top fruit's probability.

    .venv/bin/python -m training.default_model.score_study [--model DIR] [--leave-out DIR]

Runs the saved leave-out model (five shop classes never seen) on the real photos (view 0, as the app sees
them) and, for each candidate score and softening temperature (``scores``), applies the levels' rule
(refuse the lowest share of the validation photos of known classes) and reports the held-out figures: own
fruit refused, unseen fruit refused (every photo of the left-out classes: the leave-out model never saw
any), packaged goods and backgrounds refused, and the AUROC between known and unseen. Writes
study/scores.json ("by_auroc": score, AUROC, own / unseen / packaged refused at the 6.5 % rule).
Run it on the leave-out model as built, before relevel.py rewrote its metadata (the weights are the same).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from training.default_model import sets, study
from training.default_model.measure import auroc

SHARES = (0.03, 0.05, 0.065, 0.075, 0.1, 0.125, 0.15)
ROOT = Path(__file__).resolve().parents[2]


def probabilities(model_dir: Path, keys: tuple[str, ...]) -> tuple[dict[str, np.ndarray], list[str], dict]:
    import keras

    from fruitclassifier.core.data.images import load_array

    meta = json.loads((model_dir / "metadata.json").read_text(encoding="utf-8"))
    model = keras.models.load_model(model_dir / "model.keras", compile=False)
    parts = sets.parts()
    out = {}
    for key in keys:
        x = np.stack([load_array(p, meta["image_size"]) for p in parts[key].files]).astype(np.float32)
        out[key] = model.predict(x, batch_size=64, verbose=0)
    return out, meta["class_names"], {k: parts[k] for k in keys}


TEMPERATURES = (0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0)


def scores(probs: np.ndarray, names: list[str]) -> dict[str, np.ndarray]:
    """Each candidate score per photo (higher = more surely one of the model's fruits), at each softening
    temperature T (softmax(log p / T)): 1 - p(_other), the top fruit, the top-1 - top-2 fruit margin, and the
    top fruit among the fruit alone (p(_other) left out)."""
    other = names.index(sets.OTHER)
    logp = np.log(np.clip(probs.astype(np.float64), 1e-30, 1.0))
    out = {}
    for t in TEMPERATURES:
        soft = np.exp(logp / t - (logp / t).max(axis=1, keepdims=True))
        soft /= soft.sum(axis=1, keepdims=True)
        fruit = np.sort(np.delete(soft, other, axis=1), axis=1)
        out[f"known_probability T{t:g}"] = 1.0 - soft[:, other]
        out[f"top_fruit T{t:g}"] = fruit[:, -1]
        out[f"margin T{t:g}"] = fruit[:, -1] - fruit[:, -2]
        out[f"fruit_only T{t:g}"] = fruit[:, -1] / fruit.sum(axis=1)
    return out


def figures(groups: dict[str, dict[str, np.ndarray]], score: str) -> dict:
    val = groups["val_known"][score]
    out = {"auroc_known_vs_unseen": round(auroc(groups["known"][score], groups["unseen"][score]), 4)}
    for share in SHARES:
        t = float(np.quantile(val, share))
        out[str(share)] = {"threshold": round(t, 4),
                           **{f"{g}_refused": round(float(np.mean(v[score] < t)), 4)
                              for g, v in groups.items() if g != "val_known"}}
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leave-out", type=Path, default=ROOT / "training/runs/leave_out_model")
    args = parser.parse_args()
    keys = ("grocery-holdout", "grocery-val", "grocery-fit", "packaged-holdout", "backgrounds-holdout")
    probs, names, parts = probabilities(args.leave_out, keys)
    left = set(study.LEAVE_OUT)

    def pick(key: str, unseen: bool) -> np.ndarray:
        mask = np.array([(lab in left) == unseen for lab in parts[key].labels])
        return probs[key][mask]

    raw = {"known": pick("grocery-holdout", False), "val_known": pick("grocery-val", False),
           "unseen": np.concatenate([pick(k, True) for k in ("grocery-holdout", "grocery-val", "grocery-fit")]),
           "packaged": probs["packaged-holdout"], "backgrounds": probs["backgrounds-holdout"]}
    groups = {g: scores(p, names) for g, p in raw.items()}
    result = {"photos": {g: len(p) for g, p in raw.items()},
              **{s: figures(groups, s) for s in groups["known"]}}
    ranked = sorted(result, key=lambda s: -result[s]["auroc_known_vs_unseen"] if s != "photos" else 0)
    result["by_auroc"] = [(s, result[s]["auroc_known_vs_unseen"], result[s]["0.065"]["known_refused"],
                           result[s]["0.065"]["unseen_refused"], result[s]["0.065"]["packaged_refused"])
                          for s in ranked if s != "photos"]
    (study.OUT / "scores.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result["by_auroc"][:12], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
