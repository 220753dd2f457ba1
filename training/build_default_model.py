"""Build the bundled default model, reproducibly, from a clean clone (about 20 minutes on 2 idle CPU cores).

    .venv/bin/python training/build_default_model.py            # writes resources/models/fruits360-default

EfficientNet-Lite0 with its ImageNet weights; the lower blocks' output is cached for every photo and
augmented view (default_model/features.py), then its last block, head convolution and a 49-way classifier
(43 shop classes, the 5 Fruits-360-only fruits, "_other") are trained on real shop photos, Fruits-360 frames,
packaged goods, background photos and fruit feature mixes (default_model/recipe.py). A held-out quarter of
the real photos (default_model/holdout.txt) is never trained, tuned or calibrated on: the figures come from
it. A second model with five shop classes left out measures how often fruit it never saw is refused.
Temperature and the refusal levels' thresholds come from the validation split. Figures:
training/reports/default-model/ (real_photos.json, report.md).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
import json
from pathlib import Path
import sys
import time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from training.default_model import levels, report, split, study  # noqa: E402
from training.default_model.recipe import Recipe  # noqa: E402

REPORT = ROOT / "training" / "reports" / "default-model"
TARGET = ROOT / "resources" / "models" / "fruits360-default"
RECIPE = Recipe()
NAME = "Fruit & veg (default)"
LEAVE_OUT_TARGET = ROOT / "training" / "runs" / "leave_out_model"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=160)
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--leave-out-out", type=Path, default=LEAVE_OUT_TARGET,
                        help="where the leave-out model is saved as an app model (teaching benchmarks use it)")
    args = parser.parse_args(argv)
    started, cpu_started = time.time(), time.process_time()
    split.check_list_file()
    from training.default_model.warm_cache import warm

    warm(args.size, 8, RECIPE.seed)
    data = study.load_all(args.size)
    lo_recipe = replace(RECIPE, leave_out=study.LEAVE_OUT)
    left_out, *lo_fit = study.fit_and_score(lo_recipe, data, args.size)
    figures, *fitted = study.fit_and_score(RECIPE, data, args.size)
    chosen = levels.choose(figures, left_out)
    lo_chosen = levels.choose(left_out, left_out)
    lo_model = _finish(*lo_fit, left_out["other_offset"])
    _write(
        args.leave_out_out,
        lo_model,
        lo_fit[2],
        args.size,
        f"{NAME} without {', '.join(study.LEAVE_OUT)}",
        levels.metadata(lo_chosen, lo_fit[3]),
        {"real_photo_accuracy": left_out["real_never_refusing"]["macro_accuracy"]},
        left_out["history"],
        NOTES + " Leave-out study model: " + ", ".join(study.LEAVE_OUT) + " never seen.",
    )
    model, names, temperature = _finish(*fitted, figures["other_offset"]), fitted[2], fitted[3]
    measured = levels.measure_model(model, names, chosen["thresholds"][chosen["default_level"]], args.size)
    at_default = chosen["level_figures"][chosen["default_level"]]  # the leave-out model's, on held-out photos
    measured["metrics"].update(unseen_refused=at_default["unseen_refused"], unseen_auroc=at_default["auroc"])
    results = {
        "recipe": asdict(RECIPE),
        "recipe_leave_out": list(study.LEAVE_OUT),
        "other_offset": figures["other_offset"],
        "temperature": temperature,
        "levels": chosen,
        "final": measured,
        "study_full": _short(figures),
        "study_leave_out": _short(left_out),
    }
    _write(
        args.out,
        model,
        names,
        args.size,
        NAME,
        levels.metadata(chosen, temperature, figures["other_offset"]),
        measured["metrics"],
        figures["history"],
        NOTES,
    )
    from training.default_model.quantize import quantize_folder
    from training.install_default_model import ship_tflite

    ship_tflite(args.out)  # the float32 copy, checked to 1e-4 ...
    quantize_folder(args.out)  # ... then the int8 copy users get, checked on held-out real photos and the Test split
    results["tflite_quantization"] = json.loads((args.out / "metadata.json").read_text())["tflite_quantization"]
    results.update(
        {
            "build_seconds": round(time.time() - started, 1),
            "build_cpu_seconds_main_process": round(time.process_time() - cpu_started, 1),
        }
    )
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / "real_photos.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    report.write(results, REPORT / "report.md")
    print(json.dumps({k: results[k] for k in ("build_seconds", "build_cpu_seconds_main_process")}))
    print(json.dumps(measured["metrics"], indent=1))
    return 0


def _short(figures: dict) -> dict:
    return {k: v for k, v in figures.items() if k != "history"}


def _finish(model, upper, names: list[str], temperature: float, offset: float):
    """The saved network: lower ImageNet part + trained top, temperature and the "_other" offset folded in."""
    from fruitclassifier.core.inference.open_set import fold_temperature
    from training.default_model import fit

    model = fit.assemble(model, upper)
    fold_temperature(model, temperature)
    study.fold_other_offset(model, names.index("_other"), offset)
    return model


def _write(
    out: Path, model, names: list[str], size: int, name: str, open_set: dict, metrics: dict, history: dict, notes: str
) -> None:
    """An app model folder: model.keras and the metadata.json core/store reads."""
    from fruitclassifier.core.store import sha256_file

    out.mkdir(parents=True, exist_ok=True)
    model.save(out / "model.keras")
    metadata = {
        "arch": "efficientnet_lite0",
        "class_names": names,
        "image_size": size,
        "preprocessing": "efficientnet",
        "name": name,
        "open_set": open_set,
        "config": {
            "data_dir": "../shared/datasets/grocery-store/classes",
            "arch": "efficientnet_lite0",
            "image_size": size,
            "weights": "imagenet",
            "seed": RECIPE.seed,
            "epochs": RECIPE.head_epochs + RECIPE.tune_epochs,
            "dropout": RECIPE.dropout,
        },
        "history": history,
        "metrics": metrics,
        "params": int(model.count_params()),
        "sha256": sha256_file(out / "model.keras"),
        "size": (out / "model.keras").stat().st_size,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
        "notes": notes,
    }
    (out / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")


NOTES = (
    "Bundled default model, built by training/build_default_model.py: EfficientNet-Lite0 (ImageNet weights, "
    "Apache-2.0) with its last block and head trained on real smartphone photos from grocery stores (Grocery "
    "Store Dataset by Marcus Klasson, Cheng Zhang and Hedvig Kjellström, MIT), Fruits-360 frames (Horea Mureșan "
    "and Mihai Oltean, CC BY-SA 4.0), packaged goods from the same shops and background photos (CC0, public "
    "domain, CC BY) as 'not one of my fruits'. Its accuracy figure is measured on a quarter of the shop photos "
    "held out from training, tuning and calibration."
)


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    sys.exit(main())
