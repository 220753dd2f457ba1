"""Shared helpers for the benchmarks: where data lives, timing, rows of the results table.

Each benchmark module has ``run(quick: bool) -> list[dict]`` and runs in its own
child process (run.py), so TensorFlow state, memory peaks and thread pools of one
benchmark never leak into the next.
"""

from __future__ import annotations

from collections.abc import Callable
import os
from pathlib import Path
import statistics
import sys
import time
from typing import Any

REPO = Path(__file__).resolve().parent.parent
#: Where run.py writes results.md/json; elsewhere for a partial run that must not replace the committed full one.
RESULTS_DIR = Path(os.environ.get("FRUITCLASSIFIER_BENCH_RESULTS", REPO / "benchmarks" / "results"))
SUBSET = Path(os.environ.get("FRUITS360_SUBSET", REPO.parent / "shared" / "datasets" / "fruits360-subset"))
TRAINING_DIR = SUBSET / "Training"
TEST_DIR = SUBSET / "Test"
SAMPLES_DIR = REPO / "resources" / "samples"
#: Benchmarks use their own app home: their trained models never land in the user's model list.
BENCH_HOME = Path(os.environ.get("FRUITCLASSIFIER_BENCH_HOME", "/tmp/fruitclassifier-bench-home"))
SCRATCH = Path(os.environ.get("FRUITCLASSIFIER_BENCH_DATA", "/tmp/fruitclassifier-bench-data"))


def child_env(**extra: str) -> dict[str, str]:
    """Environment for every process a benchmark starts (same for ours and the baseline)."""
    env = dict(os.environ)
    env.update({"FRUITCLASSIFIER_HOME": str(BENCH_HOME), "TF_CPP_MIN_LOG_LEVEL": "3",
                "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"})
    env.update(extra)
    return env


def setup_process() -> None:
    """Call first in a benchmark process (before TensorFlow is imported)."""
    os.environ.update(child_env())
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))


def median_time(fn: Callable[[], Any], repeats: int, warmup: int = 3) -> float:
    """Median seconds of fn() over repeats calls after warmup calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(fns: dict[str, Callable[[], Any]], repeats: int, warmup: int = 3) -> dict[str, float]:
    """Median seconds of each fn, calls interleaved so a noisy neighbour hurts every side alike."""
    return {name: statistics.median(t) for name, t in interleaved_runs(fns, repeats, warmup).items()}


def interleaved_runs(fns: dict[str, Callable[[], Any]], repeats: int, warmup: int = 3) -> dict[str, list[float]]:
    """Seconds of every call of each fn, in rounds (one call of each per round, in order)."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def row(benchmark: str, what: str, ours: float | None, ours_text: str, baseline: float | None, baseline_text: str,
        ratio: float | None, target: str, met: bool | None, **details: Any) -> dict[str, Any]:
    """One line of the results table; ``details`` go to results.json only."""
    return {"benchmark": benchmark, "what": what, "ours": ours, "ours_text": ours_text, "baseline": baseline,
            "baseline_text": baseline_text, "ratio": ratio, "target": target, "met": met, "details": details}


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:,.2f} ms" if seconds < 0.1 else f"{seconds * 1000:,.0f} ms"


def sample_photo() -> Path:
    return sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix.lower() == ".jpg")[0]


DEFAULT_MODEL_NAME = "bench default custom_cnn"


def default_model_info(quick: bool) -> Any:
    """The app's default model (the first bundled one); else a custom CNN trained here once and reused."""
    from fruitclassifier.core import store

    models = store.list_models()
    for info in [m for m in models if m.bundled] + [m for m in models if m.name == DEFAULT_MODEL_NAME]:
        return info
    from fruitclassifier.config import TrainConfig
    from fruitclassifier.core.training.train import train

    folder = subset_folder(40) if quick else TRAINING_DIR
    config = TrainConfig(data_dir=str(folder), arch="custom_cnn", image_size=100, epochs=2 if quick else 3,
                         name=DEFAULT_MODEL_NAME, test_dir="")
    return train(config)


def forget_trained(name: str) -> None:
    """Delete a model a benchmark trained, and the run folders, so the bench home stays small."""
    import shutil

    from fruitclassifier.core import store

    try:
        store.delete_model(name)
    except (store.StoreError, OSError):
        pass
    shutil.rmtree(BENCH_HOME / "runs", ignore_errors=True)


def subset_folder(per_class: int, source: Path = TRAINING_DIR) -> Path:
    """A folder of symlinks to the first ``per_class`` images of each class (quick runs)."""
    target = SCRATCH / f"{source.name.lower()}-{per_class}"
    if target.is_dir():
        return target
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    for cls in sorted(p for p in source.iterdir() if p.is_dir()):
        (tmp / cls.name).mkdir(parents=True, exist_ok=True)
        for src in sorted(cls.iterdir())[:per_class]:
            (tmp / cls.name / src.name).symlink_to(src)
    os.replace(tmp, target)
    return target


def cnn_flops(image_size: int, num_classes: int) -> float:
    """Forward-pass FLOPs (2 per multiply-add) of core.models.custom_cnn at ``image_size``."""
    from fruitclassifier.core.models.custom_cnn import FILTERS

    flops, size, channels = 0.0, image_size, 3
    for filters in FILTERS:
        flops += 2 * size * size * 9 * channels * filters
        size, channels = size // 2, filters
    flat = size * size * channels
    return flops + 2 * flat * 256 + 2 * 256 * num_classes


def count_images(folder: Path) -> int:
    return sum(1 for cls in folder.iterdir() if cls.is_dir() for _ in cls.iterdir())
