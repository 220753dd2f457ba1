"""The leave-out protocol's photos: what is taught, what is scored (benchmarks/bench_teach_real.py and
training/teach_study.py share it, so the study's figures and the benchmark's are on the same photos).

Never a photo of the default model's held-out list (training/default_model/holdout.txt) is taught; the
known classes are scored on exactly those held-out photos, the taught classes on every photo of them not
taught, "not one of mine" on the held-out packaged goods and background photos.
"""

from __future__ import annotations

from pathlib import Path
import shutil

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO.parent / "shared" / "datasets"
SHOP = DATASETS / "grocery-store" / "classes"
TEST = DATASETS / "fruits360-subset" / "Test"
HOLDOUT = REPO / "training" / "default_model" / "holdout.txt"
LEAVE_OUT_MODEL = REPO / "training" / "runs" / "leave_out_model"
#: The shop fruit the leave-out model never saw.
NEW = ("Lime", "Nectarine", "Papaya", "Peach", "Red Grapefruit")
PER_CLASS = 10
_STRANGERS = {"packaged": DATASETS / "grocery-store" / "not-mine", "backgrounds": DATASETS / "backgrounds"}


def _holdout_rows() -> list[tuple[str, str]]:
    return [tuple(line.strip().split("/", 1)) for line in HOLDOUT.read_text(encoding="utf-8").splitlines()
            if "/" in line]


def held_out_shop() -> set[str]:
    """'<class>/<file>' of every held-out shop photo."""
    return {rel for kind, rel in _holdout_rows() if kind == "grocery"}


def teaching_split(classes: tuple[str, ...], per_class: int, seed: int) -> dict[str, tuple[list[Path], list[Path]]]:
    """{class: (taught, scored)}: ``per_class`` photos drawn (seeded) outside the held-out list, and the rest."""
    rng, hold = np.random.default_rng(seed), held_out_shop()
    out = {}
    for name in classes:
        files = sorted((SHOP / name).iterdir())
        free = [f for f in files if f"{name}/{f.name}" not in hold]
        chosen = {free[i] for i in rng.permutation(len(free))[:per_class]}
        out[name] = (sorted(chosen), [f for f in files if f not in chosen])
    return out


def known_photos(class_names: list[str]) -> dict[str, list[Path]]:
    """The held-out shop photos of the model's own classes."""
    by_class: dict[str, list[Path]] = {}
    for rel in sorted(held_out_shop()):
        name = rel.split("/")[0]
        if name in class_names:
            by_class.setdefault(name, []).append(SHOP / rel)
    return by_class


def strangers() -> list[Path]:
    """Held-out packaged goods and background photos: what must stay "not one of mine"."""
    return [_STRANGERS[kind] / rel for kind, rel in _holdout_rows()
            if kind in _STRANGERS and (_STRANGERS[kind] / rel).is_file()]


def test_photos(class_names: list[str], per_class: int | None = None) -> dict[str, list[Path]]:
    """Fruits-360 Test photos of the model's classes (``per_class`` first ones, or all)."""
    return {d.name: sorted(d.iterdir())[:per_class] for d in sorted(TEST.iterdir()) if d.name in class_names}


def folder_of(files: dict[str, list[Path]], target: Path) -> Path:
    """A folder of class folders holding copies of ``files`` (what ``fruitclassifier teach`` reads)."""
    shutil.rmtree(target, ignore_errors=True)
    for name, paths in files.items():
        (target / name).mkdir(parents=True)
        for path in paths:
            shutil.copyfile(path, target / name / path.name)
    return target
