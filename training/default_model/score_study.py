"""Which open-set score the app should refuse by: 1 - p(_other) or the top fruit's probability.

    .venv/bin/python -m training.default_model.score_study [--model DIR] [--leave-out DIR]

Runs the saved leave-out model (five shop classes never seen) and the shipped model on the real photos
(view 0, as the app sees them) and, for each score, applies the levels' rule (refuse the lowest share of
the validation photos of known classes) and reports the held-out figures: own fruit refused, unseen fruit
refused (every photo of the left-out classes: the leave-out model never saw any), packaged goods and
backgrounds refused, and the AUROC between known and unseen. Writes study/scores.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from training.default_model import sets, study
from training.default_model.measure import auroc

SHARES = (0.03, 0.05, 0.075, 0.1, 0.125, 0.15)
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


def scores(probs: np.ndarray, names: list[str]) -> dict[str, np.ndarray]:
    other = names.index(sets.OTHER)
    fruit = np.delete(probs, other, axis=1)
    return {"known_probability": 1.0 - probs[:, other], "top_fruit": fruit.max(1)}


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
              **{s: figures(groups, s) for s in ("known_probability", "top_fruit")}}
    (study.OUT / "scores.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
