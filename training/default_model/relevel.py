"""Choose the refusal levels again for saved default models, without training them again.

    .venv/bin/python -m training.default_model.relevel

The build (training/build_default_model.py) chooses the levels from cached features while it trains. When
only the rule changes (the score, scores.SCORE; the shares, levels.SHARES), this runs the shipped model and
the leave-out model (training/runs/leave_out_model, saved by the build) on the real photos as the app sees
them (view 0), applies the same study.score / levels.choose as the build, writes both models' "open_set"
and metrics, makes the shipped model's int8 copy again (quantize.py) and rewrites real_photos.json and
report.md. The weights, temperature and "_other" offset stay as built.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import sys

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "training" / "reports" / "default-model"
KEYS = ("grocery-holdout", "grocery-val", "grocery-fit", "packaged-holdout", "packaged-val",
        "backgrounds-holdout", "fruits360-test")


def predict(folder: Path, parts: dict) -> tuple[object, dict[str, np.ndarray], dict]:
    from fruitclassifier.core.data.images import load_array
    from fruitclassifier.core.models.registry import load_keras

    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    model = load_keras(folder / "model.keras")
    probs = {}
    for key in KEYS:
        x = np.stack([load_array(p, meta["image_size"]) for p in parts[key].files]).astype(np.float32)
        probs[key] = model.predict(x, batch_size=64, verbose=0)
    return model, probs, meta


def open_set(meta: dict, chosen: dict) -> dict:
    from training.default_model import levels

    old = meta["open_set"]
    return levels.metadata(chosen, old["temperature"], old.get("other_logit_offset"))


def main(argv: list[str] | None = None) -> int:
    from training.build_default_model import LEAVE_OUT_TARGET, TARGET
    from training.default_model import levels, report, sets, study
    from training.default_model.quantize import quantize_folder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=TARGET)
    parser.add_argument("--leave-out", type=Path, default=LEAVE_OUT_TARGET)
    args = parser.parse_args(argv)
    parts = sets.parts()
    data = {key: {"labels": list(parts[key].labels)} for key in KEYS}
    model, probs, meta = predict(args.model, parts)
    _, lo_probs, lo_meta = predict(args.leave_out, parts)
    full = study.score(probs, data, meta["class_names"], ())
    left_out = study.score(lo_probs, data, lo_meta["class_names"], study.LEAVE_OUT)
    chosen, lo_chosen = levels.choose(full, left_out), levels.choose(left_out, left_out)
    lo_meta["open_set"] = open_set(lo_meta, lo_chosen)
    (args.leave_out / "metadata.json").write_text(json.dumps(lo_meta, indent=2), encoding="utf-8")

    measured = levels.measure_model(model, meta["class_names"], chosen["thresholds"][chosen["default_level"]],
                                    meta["image_size"])
    at_default = chosen["level_figures"][chosen["default_level"]]
    measured["metrics"].update(unseen_refused=at_default["unseen_refused"], unseen_auroc=at_default["auroc"])
    meta["open_set"] = open_set(meta, chosen)
    meta["metrics"] = {**meta["metrics"], **measured["metrics"]}
    (args.model / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    quantize_folder(args.model)

    results_file = REPORT / "real_photos.json"
    results = json.loads(results_file.read_text(encoding="utf-8"))
    results.update(levels=chosen, final=measured,
                   study_full={k: v for k, v in full.items() if k != "history"},
                   study_leave_out={k: v for k, v in left_out.items() if k != "history"},
                   tflite_quantization=json.loads((args.model / "metadata.json").read_text())["tflite_quantization"],
                   relevelled_by="training/default_model/relevel.py (view 0 of every photo through the saved models)")
    results_file.write_text(json.dumps(results, indent=1), encoding="utf-8")
    report.write(results, REPORT / "report.md")
    print(json.dumps({"levels": chosen["thresholds"], "default": chosen["default_level"],
                      "figures": chosen["level_figures"], "metrics": measured["metrics"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
