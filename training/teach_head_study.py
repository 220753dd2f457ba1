"""How firmly teaching should hold the parent's head: the figures behind HeadSettings.anchor_known.

    .venv/bin/python training/teach_head_study.py      # ~3 min on 2 CPU cores; needs ../shared

Three teachings of the bundled model, each with a light pull on every column (the old setting) and a firm
pull on the parent's own columns (core/teach/head.py), scored on photos the teaching never saw:
- **same kind**: 8 realistic v1 photos a class (benchmarks/bench_teach.py's split), scored on the other 16;
- **new class**: 10 CC0 shoe photos taught as "Shoe", scored on the other 35 shoes;
- **shop light**: the same-kind photos under a strong yellow cast and low contrast (one shop's light).
Every teaching is also scored on realistic v2 (fruit named right and not refused; fruit-free scenes
refused), which the build writes to training/runs/realistic_v2. Writes training/reports/teach-head/results.json.
"""

from __future__ import annotations

from dataclasses import replace
import glob
import json
from pathlib import Path
import shutil
import sys

from PIL import Image, ImageEnhance
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import bench_teach, common  # noqa: E402
from fruitclassifier.core.teach import features, fitting, head, replay  # noqa: E402
from fruitclassifier.core.teach import run as teach_run  # noqa: E402

SCRATCH = Path("/tmp/fruitclassifier-teach-head-study")
SHOES = sorted(glob.glob(str(ROOT.parent / "shared/datasets/backgrounds/clothing_cc0/*_shoes_*.jpg")))
REALISTIC_V2 = ROOT / "training" / "runs" / "realistic_v2"
OUT = ROOT / "training" / "reports" / "teach-head" / "results.json"
OPTIONS = teach_run.TeachOptions()


def main() -> int:
    info = common.default_model_info(False)
    model = teach_run._load(info)
    forward = features.feature_extractor(model)
    v2 = _items(REALISTIC_V2)
    same_teach, same_eval = bench_teach._split(8)
    shoe_teach = _copy(SHOES[:10], SCRATCH / "shoe" / "Shoe")
    scenarios = {
        "same kind": (same_teach, _items(same_eval)),
        "new class": (shoe_teach, [(Path(f), "Shoe") for f in SHOES[10:]]),
        "shop light": (_cast(same_teach, SCRATCH / "cast-teach"), _items(_cast(same_eval, SCRATCH / "cast-eval"))),
    }
    results = {}
    for name, (teach_dir, eval_items) in scenarios.items():
        data, names = _data(info, model, teach_dir)
        scored = {
            "photos": _features(forward, info, eval_items, names),
            "realistic v2": _features(forward, info, v2, names),
        }
        old = teach_run._old_head(model, info)
        threshold = info.metadata["open_set"]["threshold"]
        results[name] = {"before": _score(head.extended(old, len(names)), threshold, scored, names)}
        for pull, known in (("light pull everywhere (old)", 0), ("firm pull on the parent's columns", len(old.bias))):
            taught, threshold = _fit(old, data, names, known, info.metadata)
            results[name][pull] = _score(taught, threshold, scored, names)
        print(name, json.dumps(results[name], indent=1))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


def _items(folder: Path) -> list[tuple[Path, str]]:
    return [(p, c.name) for c in sorted(folder.iterdir()) if c.is_dir() for p in sorted(c.iterdir())]


def _copy(files: list[str], folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder)
    return folder.parent


def _cast(source: Path, target: Path) -> Path:
    """A strong yellow cast and low contrast, as under one shop's lamps."""
    shutil.rmtree(target, ignore_errors=True)
    for path, label in _items(source):
        pixels = np.asarray(Image.open(path).convert("RGB"), np.float32) * np.array([1.25, 1.05, 0.55])
        img = ImageEnhance.Contrast(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))).enhance(0.6)
        (target / label).mkdir(parents=True, exist_ok=True)
        img.save(target / label / f"{path.stem}.jpg", quality=85)
    return target


def _data(info, model, teach_dir: Path) -> tuple[dict, list[str]]:
    """Teaching's own feature step (photos, augmented copies, replay), as teach() runs it."""
    by_class = teach_run.read_photos(teach_dir, info.metadata)
    names = info.class_names + sorted(c for c in by_class if c not in info.class_names)
    photos = teach_run._split(by_class, names, OPTIONS, teach_dir)
    replayed = replay.sample(replay.find_replay(info, None), names, OPTIONS.replay_per_class, OPTIONS.seed)
    data = features.teaching_views(features.feature_extractor(model), info.image_size, photos.train, photos.held,
                                   replayed, OPTIONS.copies, OPTIONS.replay_copies, teach_dir, OPTIONS.seed,
                                   lambda e: None, lambda: False)
    data["w"] = fitting.sample_weights(data["y"], data["taught"])
    fitting.drop_conflicting_other(data, names, info.metadata, info.class_names, lambda e: None)
    return data, names


def _features(forward, info, items: list[tuple[Path, str]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = features.run_backbone(
        forward, [features.plain_view(p, info.image_size) for p, _ in items], lambda: False, lambda n: None
    )
    return x, np.array([names.index(label) for _, label in items])


def _fit(old: head.Head, data: dict, names: list[str], known: int, metadata: dict) -> tuple[head.Head, float]:
    """teach()'s two fits (held-back photos aside, then in) and its threshold recalibration."""
    settings = head.HeadSettings(epochs=OPTIONS.epochs, learning_rate=OPTIONS.learning_rate, seed=OPTIONS.seed)
    start = head.extended(old, len(names))
    x, y, w = data["x"], data["y"], data["w"]
    taught, _ = head.fit(start, x, y, w, settings, lambda *a: None, lambda: False, known_classes=known)
    if len(data["held_y"]):
        hx, hy = data["held_x"], data["held_y"]
        taught, _ = head.fit(
            taught,
            np.concatenate([x, hx]),
            np.concatenate([y, hy]),
            np.concatenate([w, np.full(len(hy), float(np.mean(w)), np.float32)]),
            replace(settings, epochs=max(5, OPTIONS.epochs // fitting.FINAL_SHARE)),
            lambda *a: None,
            lambda: False,
            anchor=start,
            known_classes=known,
        )
    meta = {"open_set": dict(metadata["open_set"])}
    fitting.recalibrate_open_set(meta, names, taught, data, lambda e: None)
    return taught, float(meta["open_set"]["threshold"])


def _score(taught: head.Head, threshold: float, scored: dict, names: list[str]) -> dict[str, float]:
    """Per set: macro share named right and not refused; fruit refused; fruit-free scenes refused."""
    other = names.index("_other")
    out = {}
    for set_name, (x, y) in scored.items():
        probs = taught.probabilities(x)
        refused = (1.0 - probs[:, other]) < threshold
        named = np.where(np.arange(len(names)) == other, -1.0, probs).argmax(axis=1)
        classes = [c for c in np.unique(y) if c != other]
        out[f"{set_name}: named right"] = round(
            float(np.mean([np.mean((named[y == c] == c) & ~refused[y == c]) for c in classes])), 3
        )
        out[f"{set_name}: refused"] = round(float(refused[y != other].mean()), 3)
        if (y == other).any():
            out[f"{set_name}: fruit-free refused"] = round(float(refused[y == other].mean()), 3)
    return out


if __name__ == "__main__":
    sys.exit(main())
