"""Measure model folders on realistic scenes through the app's own classify path (the figures in the report).

    .venv/bin/python training/evaluate_realistic.py MODEL_DIR [MODEL_DIR ...] --sets training/runs/realistic_v2 \\
        training/realistic --out training/reports/default-model/realistic_eval.json

Each set is a folder of class folders; a folder named ``_other`` holds photos with none of the fruits.
Per model and set: macro accuracy over the fruit classes (top fruit named), the largest sink (share of
the wrong answers that one class takes), the share of fruit photos called "not one of mine", the share
of ``_other`` photos called so, and the AUROC of known_probability (top probability for models without
the "not one of mine" answer) between fruit and ``_other`` photos. Confusion matrices go beside --out.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.default_model.measure import auroc  # noqa: E402

OTHER = "_other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--sets", nargs="+", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    from fruitclassifier.core.inference.classifier import Classifier

    results = {}
    for folder in args.models:
        classifier = Classifier.load(str(folder))
        for data in args.sets:
            files = sorted(p for p in data.glob("*/*") if p.is_file())
            preds = classifier.classify_paths(files, top_k=3)
            key = f"{classifier.name} | {data.name}"
            results[key] = score(preds, [p.parent.name for p in files])
            results[key]["confusion"] = confusion(preds, [p.parent.name for p in files])
            print(key, {k: v for k, v in results[key].items() if k not in ("per_class", "confusion")}, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


def score(preds, truth: list[str]) -> dict:
    truth_arr = np.array(truth)
    fruit = truth_arr != OTHER
    named = np.array([p.label or "" for p in preds])
    unknown = np.array([bool(p.unknown) for p in preds])
    known = np.array([p.known_probability if p.known_probability is not None else p.probability for p in preds])
    classes = sorted(set(truth_arr[fruit]))
    per_class = {c: float(np.mean(named[truth_arr == c] == c)) for c in classes}
    wrong = named[fruit & (named != truth_arr)]
    sink = max(((c, float(np.mean(wrong == c))) for c in set(wrong)), key=lambda kv: kv[1], default=(None, 0.0))
    out = {"fruit_photos": int(fruit.sum()), "macro_accuracy": float(np.mean(list(per_class.values()))),
           "largest_sink": sink, "fruit_called_unknown": float(unknown[fruit].mean()),
           "fruit_called_unsure": float(np.mean([p.unsure for p, f in zip(preds, fruit) if f])),
           "per_class": per_class}
    if (~fruit).any():
        out.update({"other_photos": int((~fruit).sum()), "other_called_unknown": float(unknown[~fruit].mean()),
                    "other_called_unknown_or_unsure": float(np.mean(
                        [p.unknown or p.unsure for p, f in zip(preds, fruit) if not f])),
                    "auroc_known_probability": auroc(known[fruit], known[~fruit])})
    return out


def confusion(preds, truth: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for pred, label in zip(preds, truth):
        answer = "not one of mine" if pred.unknown else (pred.label or "error")
        row = table.setdefault(label, {})
        row[answer] = row.get(answer, 0) + 1
    return table


if __name__ == "__main__":
    sys.exit(main())
