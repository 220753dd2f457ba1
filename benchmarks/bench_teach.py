"""Teaching: ~100 of "the user's" photos into the bundled model, end to end, against the 90 s target.

The photos are the realistic set (training/realistic: Test-split fruit pasted into scenes the bundled
model never trained on), 8 per class for all 13 classes (104 photos); the other 16 per class are the
"other photos of the same kind" the taught model is scored on (macro accuracy, before and after).
"Nothing forgotten" is accuracy on the Fruits-360 Test folder before and after (quick: 20 per class).
The time is ``teach()`` as the CLI and the GUI call it: model load, backbone features of every view
(photos, augmented copies, replay), head fits, the save. Accuracy is answered by ``Classifier.load``
(LiteRT) exactly as the Classify page does.
"""

from __future__ import annotations

from pathlib import Path
import shutil
import sys
import time
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run alone: python benchmarks/bench_teach.py

from benchmarks import common  # noqa: E402

TARGET_S = 90.0
REALISTIC = common.REPO / "training" / "realistic"
TEACH_PER_CLASS = 8
NAME = "bench taught"


def _split(per_class: int) -> tuple[Path, Path]:
    """(teaching folder, evaluation folder) of symlinks into the realistic set."""
    teach_dir, eval_dir = common.SCRATCH / "teach-photos", common.SCRATCH / "teach-eval"
    for folder in (teach_dir, eval_dir):
        shutil.rmtree(folder, ignore_errors=True)
    for cls in sorted(p for p in REALISTIC.iterdir() if p.is_dir()):
        files = sorted(cls.iterdir())
        for target, chosen in ((teach_dir, files[:per_class]), (eval_dir, files[per_class:])):
            (target / cls.name).mkdir(parents=True, exist_ok=True)
            for src in chosen:
                (target / cls.name / src.name).symlink_to(src)
    return teach_dir, eval_dir


def _macro_accuracy(info: Any, folder: Path) -> float:
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.teach.replay import class_folders

    classifier = Classifier.load(info)
    per_class = []
    for name, files in class_folders(folder).items():
        preds = classifier.classify_paths(files)
        per_class.append(np.mean([p.label == name for p in preds]))
    return float(np.mean(per_class))


def run(quick: bool, model: str = "") -> list[dict[str, Any]]:
    """``model``: a store name to teach instead of the bundled default (e.g. a candidate default model)."""
    from fruitclassifier.core import store
    from fruitclassifier.core.teach.run import TeachOptions, teach

    info = store.find_model(model) if model else common.default_model_info(quick)
    teach_dir, eval_dir = _split(TEACH_PER_CLASS)
    test_dir = common.subset_folder(20, common.TEST_DIR) if quick else common.TEST_DIR
    photos = common.count_images(teach_dir)
    common.forget_trained(NAME)
    started = time.perf_counter()
    taught = teach(info, teach_dir, TeachOptions(name=NAME))
    seconds = time.perf_counter() - started
    scores = {"realistic_before": _macro_accuracy(info, eval_dir), "realistic_after": _macro_accuracy(taught, eval_dir),
              "test_before": _macro_accuracy(info, test_dir), "test_after": _macro_accuracy(taught, test_dir)}
    held = taught.metadata["teach"]
    store.delete_model(taught.name)
    return [
        common.row("teach", f"teach {photos} photos into {info.name} (end to end)", seconds, f"{seconds:.1f} s",
                   TARGET_S, f"{TARGET_S:.0f} s target", seconds / TARGET_S, f"<= {TARGET_S:.0f} s",
                   seconds <= TARGET_S, photos=photos, **scores, held_back_before=held["before"],
                   held_back_after=held["after"], replay_images=held["replay_images"]),
        common.row("teach", "macro accuracy on other realistic photos, before -> after", scores["realistic_after"],
                   f"{scores['realistic_before']:.3f} -> {scores['realistic_after']:.3f}", None, "—", None,
                   "higher after", scores["realistic_after"] > scores["realistic_before"]),
        common.row("teach", "macro accuracy on Fruits-360 Test, before -> after (nothing forgotten)",
                   scores["test_after"], f"{scores['test_before']:.3f} -> {scores['test_after']:.3f}", None, "—",
                   None, ">= 0.99", scores["test_after"] >= 0.99),
    ]


STANDIN = "bench effnet default"


def standin_model() -> Any:
    """A stand-in for the coming bundled model: EfficientNet-Lite0 (ImageNet, 160 px), its head fitted on
    60 Fruits-360 Training images a class (no augmentation); kept in the bench home and reused."""
    from fruitclassifier.core import store
    from fruitclassifier.core.models.registry import build_model
    from fruitclassifier.core.teach import features, head
    from fruitclassifier.core.teach.replay import class_folders

    try:
        return store.find_model(STANDIN)
    except store.StoreError:
        pass
    folders = class_folders(common.TRAINING_DIR)
    names, rng = sorted(folders), np.random.default_rng(0)
    model = build_model("efficientnet_lite0", len(names), 160, weights="imagenet", freeze_backbone=True, seed=0)
    files = [(f, i) for i, n in enumerate(names) for f in rng.choice(folders[n], 60, replace=False)]
    x = features.run_backbone(features.feature_extractor(model), [features.plain_view(f, 160) for f, _ in files],
                              lambda: False, lambda n: None)
    y = np.array([i for _, i in files])
    start = head.Head(*(np.asarray(w, np.float32) for w in model.get_layer("predictions").get_weights()))
    fitted, history = head.fit(start, x, y, np.ones(len(y), np.float32), head.HeadSettings(epochs=80, anchor=0.0),
                               lambda *_: None, lambda: False)
    model.get_layer("predictions").set_weights([fitted.kernel, fitted.bias])
    return store.save_model(model, {"arch": "efficientnet_lite0", "class_names": names, "image_size": 160,
                                    "preprocessing": "efficientnet", "history": history,
                                    "config": {"data_dir": str(common.TRAINING_DIR)}}, name=STANDIN)


def store_slug(name: str) -> str:
    from fruitclassifier.core.store import slugify

    return slugify(name)


def main(argv: list[str]) -> int:
    """Run alone (``python benchmarks/bench_teach.py [--quick] [--model NAME | --standin]``): writes
    results/teach.md and teach.json (with a model named: teach-<model folder>.md/json)."""
    import json

    from benchmarks import report

    common.setup_process()
    machine = report.machine_info()
    started = time.time()
    model = argv[argv.index("--model") + 1] if "--model" in argv else ""
    if "--standin" in argv:
        model = standin_model().name
    rows = run("--quick" in argv, model)
    machine["load_average_end"] = report.load_average()
    meta = {"quick": "--quick" in argv, "only": ["teach"], "total_seconds": round(time.time() - started, 1)}
    md = report.markdown(rows, machine, meta)
    common.RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"teach-{store_slug(model)}" if model else "teach"
    (common.RESULTS_DIR / f"{stem}.md").write_text(md, encoding="utf-8")
    (common.RESULTS_DIR / f"{stem}.json").write_text(json.dumps({"machine": machine, "meta": meta, "rows": rows},
                                                              indent=2, default=str), encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
