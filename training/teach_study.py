"""Which teaching learns best from ten real shop photos a class? The leave-out protocol, on cached features.

    nice -n 5 .venv/bin/python training/teach_study.py [--model training/runs/leave_out_model] [--seed 0]

The leave-out model (the default model's recipe trained without Lime, Nectarine, Papaya, Peach and Red
Grapefruit) is taught ten shop photos of each of those five, drawn from the photos outside the build's
held-out list (training/default_model/holdout.txt), with the bundled replay set (its images of the five left
out). Every view goes through the frozen lower network once (core/teach/features.teaching_views, as
``teach()`` does) and is cached; each variant then fits on the cache (core/teach/fitting.fit_taught) and is
scored as the Classify page answers (a refusal counts wrong): the five on every other shop photo of them,
the known classes on their held-out shop photos (before and after), Fruits-360 Test. Writes
benchmarks/results/teach_study.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import sys
import time
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

SHOP = ROOT.parent / "shared" / "datasets" / "grocery-store" / "classes"
TEST = ROOT.parent / "shared" / "datasets" / "fruits360-subset" / "Test"
HOLDOUT = ROOT / "training" / "default_model" / "holdout.txt"
REPLAY = ROOT / "resources" / "replay" / "fruits360-default"
NEW = ("Lime", "Nectarine", "Papaya", "Peach", "Red Grapefruit")
RESULTS = ROOT / "benchmarks" / "results"
#: name -> TeachOptions fields that differ from the defaults.
VARIANTS: dict[str, dict[str, Any]] = {
    "before: head, new columns at zero, other as one class": {"tune_epochs": 0, "prototype_init": False,
                                                              "flat_other": True},
    "head, new columns at zero": {"tune_epochs": 0, "prototype_init": False},
    "head, new columns at class means": {"tune_epochs": 0},
    "head (zero) + top 4 passes": {"tune_epochs": 4, "prototype_init": False},
    "head (zero) + top 8 passes": {"tune_epochs": 8, "prototype_init": False},
    "head (class means) + top 4 passes": {"tune_epochs": 4},
    "head (class means) + top 8 passes": {"tune_epochs": 8},
}


def held_out() -> set[str]:
    return {line.strip().split("/", 1)[1] for line in HOLDOUT.read_text(encoding="utf-8").splitlines()
            if line.startswith("grocery/")}


def teaching_split(new: tuple[str, ...], per_class: int, seed: int, names: list[str]) -> tuple[list, list]:
    """(teach, score): ``per_class`` photos a class outside the held-out list, and every other photo."""
    rng, hold = np.random.default_rng(seed), held_out()
    teach, score = [], []
    for name in new:
        files = sorted((SHOP / name).iterdir())
        free = [f for f in files if f"{name}/{f.name}" not in hold]
        chosen = {free[i] for i in rng.permutation(len(free))[:per_class]}
        teach += [(f, names.index(name)) for f in sorted(chosen)]
        score += [(f, names.index(name)) for f in files if f not in chosen]
    return teach, score


def _teaching_folder(teach: list[tuple[Path, int]], names: list[str]) -> Path:
    """The teaching photos as ``teach()`` reads them (its replay copies are pasted into their scenes)."""
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="teach-study-"))
    for path, label in teach:
        (root / names[label]).mkdir(exist_ok=True)
        shutil.copyfile(path, root / names[label] / path.name)
    return root


def strangers(other: int) -> list[tuple[Path, int]]:
    """Held-out packaged goods and background photos: what the model must keep calling "not one of mine"."""
    where = {"packaged": SHOP.parent / "not-mine", "backgrounds": ROOT.parent / "shared" / "datasets" / "backgrounds"}
    rows = [line.strip().split("/", 1) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()]
    return [(where[kind] / rel, other) for kind, rel in rows if kind in where and (where[kind] / rel).is_file()]


def known_photos(names: list[str]) -> list[tuple[Path, int]]:
    return [(SHOP / rel, names.index(rel.split("/")[0])) for rel in sorted(held_out())
            if rel.split("/")[0] in names]


def test_photos(names: list[str], per_class: int) -> list[tuple[Path, int]]:
    return [(f, names.index(d.name)) for d in sorted(TEST.iterdir()) if d.name in names
            for f in sorted(d.iterdir())[:per_class]]


def answers(probs: np.ndarray, rules: Any) -> np.ndarray:
    """The class named, or -1 for "not one of mine" (open_set.OpenSet's rule, vectorised)."""
    fruit = probs.copy()
    fruit[:, rules.other_index] = -1
    named = fruit.argmax(axis=1)
    limit = np.array([rules.threshold_for(int(c)) for c in named])
    return np.where(rules.known_probabilities(probs) < limit, -1, named)


def macro(named: np.ndarray, labels: np.ndarray) -> tuple[float, dict[int, float]]:
    per = {int(c): float(np.mean(named[labels == c] == c)) for c in np.unique(labels)}
    return float(np.mean(list(per.values()))), per


def _score(named: np.ndarray, labels: np.ndarray, other: int) -> float:
    """Macro accuracy; for strangers (all "other"), the share refused."""
    if np.all(labels == other):
        return float(np.mean(named == -1))
    return macro(named, labels)[0]


def summarize(stems: list[str], out: Path) -> str:
    """One table over several seeds' results (mean, and each seed) as Markdown."""
    by_seed: dict[int, dict[str, Any]] = {}
    for stem in stems:  # several files of one seed (a later run of more variants) make one run
        run = json.loads((RESULTS / f"{stem}.json").read_text(encoding="utf-8"))
        if run["seed"] in by_seed:
            by_seed[run["seed"]]["rows"] += run["rows"]
        else:
            by_seed[run["seed"]] = run
    runs = list(by_seed.values())
    first = runs[0]
    names = list(dict.fromkeys(row["variant"] for r in runs for row in r["rows"]))
    lines = [f"# Teaching study: {first['model']}", "",
             f"Taught {first['teach_photos']} shop photos ({', '.join(first['new'])}, ten each, outside the held-out "
             f"list; seeds {', '.join(str(r['seed']) for r in runs)} draw different ones); scored on "
             f"{first['scored']['taught']} other photos of them, {first['scored']['known']} held-out shop photos of "
             f"its own classes (before teaching: {np.mean([r['before']['known'] for r in runs]):.3f}), "
             f"{first['scored']['test']} Fruits-360 Test photos and {first['scored']['strangers']} held-out packaged "
             "goods and backgrounds (share refused). Answers as the Classify page gives them (a refusal is wrong); "
             "features cached once (training/teach_study.py), fit seconds on the shared 2-core machine.", "",
             "| variant | taught (mean) | per seed | own classes | Fruits-360 | strangers refused | fit s |",
             "|---|---|---|---|---|---|---|"]
    for name in names:
        rows = [row for r in runs for row in r["rows"] if row["variant"] == name]
        if len(rows) < len(runs):
            continue
        mean = {key: float(np.mean([row[key] for row in rows]))
                for key in ("taught", "known", "test", "strangers", "fit_seconds")}
        seeds = " / ".join(f"{row['taught']:.3f}" for row in rows)
        lines.append(f"| {name} | {mean['taught']:.3f} | {seeds} | {mean['known']:.3f} | {mean['test']:.3f} | "
                     f"{mean['strangers']:.3f} | {mean['fit_seconds']:.0f} |")
    text = "\n".join(lines) + "\n"
    out.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summarize", default="", help="comma-separated result stems: write teach_study.md")
    parser.add_argument("--model", type=Path, default=ROOT / "training" / "runs" / "leave_out_model")
    parser.add_argument("--per-class", type=int, default=10)
    parser.add_argument("--test-per-class", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help="variant names, separated by |")
    parser.add_argument("--out", default="teach_study")
    args = parser.parse_args(argv)
    if args.summarize:
        print(summarize(args.summarize.split(","), RESULTS / "teach_study.md"))
        return 0
    from fruitclassifier.core.inference.open_set import OpenSet
    from fruitclassifier.core.teach import features, fitting, head, replay, upper
    from fruitclassifier.core.teach.run import TeachOptions, plan

    meta = json.loads((args.model / "metadata.json").read_text(encoding="utf-8"))
    known_names = list(meta["class_names"])
    names = known_names + sorted(NEW)
    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(args.model / "model.keras")
    split = upper.split_layer(model, meta["arch"])
    top = upper.Top.cut(model, split)
    forward = features.feature_extractor(model, split)
    dense = features.head_layer(model)
    old = head.Head(*(np.asarray(w, np.float32) for w in dense.get_weights()))
    teach, score = teaching_split(NEW, args.per_class, args.seed, names)
    replayed = replay.sample(replay.ReplaySource([REPLAY]), known_names, 24, args.seed)
    options = TeachOptions()
    root = _teaching_folder(teach, names)
    started = time.perf_counter()
    data = features.teaching_views(forward, meta["image_size"], teach, [], replayed, options.copies,
                                   options.replay_copies, root, args.seed, lambda e: None, lambda: False)
    views_s = time.perf_counter() - started
    sets = {"taught": score, "known": known_photos(known_names),
            "test": test_photos(known_names, args.test_per_class),
            "strangers": strangers(known_names.index(meta["open_set"]["other_class"]))}
    lower = {k: (features.run_backbone(forward, [features.plain_view(p, meta["image_size"]) for p, _ in v],
                                       lambda: False, lambda n: None), np.array([y for _, y in v]))
             for k, v in sets.items()}
    other_index = known_names.index(meta["open_set"]["other_class"])
    weights_by = {flat: fitting.sample_weights(data["y"], data["taught"], None if flat else other_index)
                  for flat in (False, True)}
    spec, other = meta["open_set"], known_names.index(meta["open_set"]["other_class"])
    parent_rules = OpenSet.from_metadata(meta, known_names)
    before = {k: _score(answers(old.probabilities(top.pooled(x)), parent_rules), y, other)
              for k, (x, y) in lower.items() if k != "taught"}
    weights = top.snapshot()
    rows = []
    for name, changes in VARIANTS.items():
        if args.only and name not in args.only.split("|"):
            continue
        top.restore(weights)
        changes = dict(changes)
        run = {k: v for k, v in data.items() if k not in ("pooled", "held_pooled")}
        run["w"] = weights_by[changes.pop("flat_other", False)]
        t0 = time.perf_counter()
        fitted = fitting.fit_taught(old, run, len(names), plan(TeachOptions(**changes, seed=args.seed)),
                                    top, lambda e: None, lambda: False)
        fit_s = time.perf_counter() - t0
        taught_meta = {"open_set": dict(spec)}
        fitting.recalibrate_open_set(taught_meta, names, fitted["head"], run, lambda e: None)
        rules = OpenSet.from_metadata(taught_meta, names)
        row: dict[str, Any] = {"variant": name, "options": VARIANTS[name], "fit_seconds": round(fit_s, 1)}
        for key, (x, y) in lower.items():
            probs = fitted["head"].probabilities(top.pooled(x))
            named = answers(probs, rules)
            row[key] = _score(named, y, other)
            row[f"{key}_refused"] = float(np.mean(named == -1))
            if key == "taught":
                per = macro(named, y)[1]
                row["taught_per_class"] = {names[c]: round(v, 3) for c, v in per.items()}
        print(json.dumps(row), flush=True)
        rows.append(row)
    result = {"model": meta["name"], "new": list(NEW), "teach_photos": len(teach), "scored": {k: len(v) for k, v in
              sets.items()}, "replay_images": len(replayed), "views": len(data["y"]),
              "views_seconds": round(views_s, 1), "before": before, "seed": args.seed, "rows": rows}
    (RESULTS / f"{args.out}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
