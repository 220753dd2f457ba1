"""Teaching on real shop photos, the leave-out protocol: five fruits the model never saw, ten photos each.

    .venv/bin/python benchmarks/bench_teach_real.py [--model NAME] [--new A,B,...] [--known-list FILE]

The model is taught ten real photos of each of five classes it does not know (``--new``: shop classes
left out of its training), with ``fruitclassifier teach``'s own call, and scored with LiteRT as the
Classify page answers:
- the taught classes on every other shop photo of them (macro accuracy; a refusal counts wrong);
- its own classes on real shop photos it never trained on (``--known-list``: the build's held-out list,
  one relative path a line; without it every shop photo of its classes), before and after: what teaching
  must not make it forget;
- the Fruits-360 Test split, before and after (``--quick``: 20 photos a class).
Figures go to benchmarks/results/teach_real.json and .md. Needs ../shared/datasets (a development machine).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import shutil
import sys
import time
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common  # noqa: E402

SHOP = common.REPO.parent / "shared" / "datasets" / "grocery-store" / "classes"
#: Shop classes the default model's leave-out build does not know (fruit, as the hidden check's are).
NEW = ("Nectarine", "Papaya", "Peach", "Lime", "Red Grapefruit")
PER_CLASS = 10
NAME = "bench taught (real)"
RESULTS = common.REPO / "benchmarks" / "results"


def _teaching_folders(new: tuple[str, ...], per_class: int, scratch: Path) -> tuple[Path, Path]:
    """(teaching folder, scoring folder): the first ``per_class`` photos of each class by name, the rest."""
    teach_dir, score_dir = scratch / "teach-real", scratch / "teach-real-score"
    for folder in (teach_dir, score_dir):
        shutil.rmtree(folder, ignore_errors=True)
    for name in new:
        files = sorted((SHOP / name).iterdir())
        for target, chosen in ((teach_dir, files[:per_class]), (score_dir, files[per_class:])):
            (target / name).mkdir(parents=True, exist_ok=True)
            for src in chosen:
                (target / name / src.name).symlink_to(src)
    return teach_dir, score_dir


def _known_photos(class_names: list[str], known_list: Path | None) -> dict[str, list[Path]]:
    """The model's own classes' real shop photos it never trained on."""
    if known_list is not None:
        listed = [SHOP.parent / line.strip() for line in known_list.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        files = [p for p in listed if p.parent.parent == SHOP]
    else:
        files = [p for name in class_names if (SHOP / name).is_dir() for p in sorted((SHOP / name).iterdir())]
    by_class: dict[str, list[Path]] = {}
    for path in files:
        if path.parent.name in class_names:
            by_class.setdefault(path.parent.name, []).append(path)
    return by_class


def _macro(info: Any, by_class: dict[str, list[Path]]) -> tuple[float, dict[str, float]]:
    from fruitclassifier.core.inference.classifier import Classifier

    classifier = Classifier.load(info)
    per_class = {}
    for name, files in sorted(by_class.items()):
        answers = classifier.classify_paths(files)
        per_class[name] = float(np.mean([p.label == name and not p.unknown for p in answers]))
    return (float(np.mean(list(per_class.values()))) if per_class else float("nan")), per_class


def _folder_classes(folder: Path) -> dict[str, list[Path]]:
    return {d.name: sorted(d.iterdir()) for d in sorted(folder.iterdir()) if d.is_dir()}


def run(model: str, new: tuple[str, ...], known_list: Path | None, quick: bool, options: dict[str, Any]) -> dict:
    from fruitclassifier.core import store
    from fruitclassifier.core.teach.run import TeachOptions, teach

    info = store.find_model(model) if model else common.default_model_info(quick)
    unknown_new = [c for c in new if c in info.class_names]
    if unknown_new:
        raise SystemExit(f"{info.name} already knows {', '.join(unknown_new)}: teach a leave-out build instead")
    teach_dir, score_dir = _teaching_folders(new, PER_CLASS, common.SCRATCH)
    known = _known_photos(info.class_names, known_list)
    test_dir = common.subset_folder(20, common.TEST_DIR) if quick else common.TEST_DIR
    common.forget_trained(NAME)
    started = time.perf_counter()
    taught = teach(info, teach_dir, TeachOptions(name=NAME, **options))
    seconds = time.perf_counter() - started
    new_after, new_per_class = _macro(taught, _folder_classes(score_dir))
    known_before, _ = _macro(info, known)
    known_after, known_per_class = _macro(taught, known)
    test_before, _ = _macro(info, _folder_classes(test_dir))
    test_after, _ = _macro(taught, _folder_classes(test_dir))
    store.delete_model(taught.name)
    return {"model": info.name, "new_classes": list(new), "teach_photos": PER_CLASS * len(new),
            "scored_new_photos": sum(len(v) for v in _folder_classes(score_dir).values()),
            "known_photos": sum(len(v) for v in known.values()), "seconds": round(seconds, 1),
            "new_macro": round(new_after, 4), "new_per_class": new_per_class,
            "known_before": round(known_before, 4), "known_after": round(known_after, 4),
            "known_per_class_after": known_per_class,
            "test_before": round(test_before, 4), "test_after": round(test_after, 4), "options": options}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="a store name (default: the bundled model)")
    parser.add_argument("--new", default=",".join(NEW), help="comma-separated shop classes to teach")
    parser.add_argument("--known-list", type=Path, help="held-out photos of the model's own classes")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--options", default="{}", help="TeachOptions as JSON (a study of settings)")
    parser.add_argument("--out", default="teach_real", help="results file stem under benchmarks/results/")
    args = parser.parse_args(argv)
    common.setup_process()
    result = run(args.model, tuple(c.strip() for c in args.new.split(",") if c.strip()), args.known_list,
                 args.quick, json.loads(args.options))
    (RESULTS / f"{args.out}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if not isinstance(v, dict)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
