"""Scale: a generated folder of 90,000 small images — scan time, and peak memory of one training epoch.

The folder (10 classes of 32x32 JPEG discs) is generated once under the bench
scratch folder and reused. Scanning is timed in this process (core.data.folders.scan,
warm file-system cache). Training runs in a child process (1 epoch, custom CNN at
32 px) whose peak resident memory comes from getrusage(RUSAGE_CHILDREN).
The pipeline picks its cache mode by size: 90,000 x 32 x 32 x 3 bytes = 276 MB fits
its memory budget, so "memory" is expected and reported.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
import json
import os
from pathlib import Path
import resource
import subprocess
import sys
import time

from benchmarks import common

SCAN_TARGET_S = 5.0
RSS_TARGET_GB = 2.5
CLASSES = 10
SIZE = 32

_CHILD = r"""
import json, sys, time
from fruitclassifier.config import TrainConfig
from fruitclassifier.core.data import pipeline
from fruitclassifier.core.events import EpochEnded
from fruitclassifier.core.training.train import train
folder, n = sys.argv[1], int(sys.argv[2])
epochs = []
start = time.perf_counter()
info = train(TrainConfig(data_dir=folder, arch="custom_cnn", image_size=32, epochs=1, batch_size=128, seed=1,
                         test_dir="", name="bench scale"),
             on_event=lambda e: epochs.append(e) if isinstance(e, EpochEnded) else None)
print(json.dumps({"seconds": time.perf_counter() - start, "cache_mode": pipeline._cache_mode("auto", n, 32),
                  "val_accuracy": epochs[-1].metrics.get("val_accuracy"), "model": info.name}))
"""


def _write_class(args: tuple[Path, int, int]) -> None:
    from PIL import Image
    import numpy as np

    folder, index, count = args
    rng = np.random.default_rng(index)
    colour = np.array([(index * 80) % 255, (index * 140) % 255, (index * 200) % 255], float)
    yy, xx = np.mgrid[:SIZE, :SIZE]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        img = np.full((SIZE, SIZE, 3), 255.0)
        cx, cy = rng.uniform(SIZE * 0.35, SIZE * 0.65, 2)
        r = rng.uniform(SIZE * 0.2, SIZE * 0.4)
        img[(xx - cx) ** 2 + (yy - cy) ** 2 < r * r] = colour + rng.normal(0, 20, 3)
        img += rng.normal(0, 6, img.shape)
        Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(folder / f"{i:05d}.jpg", quality=90)


def generated_folder(total: int) -> Path:
    """10 class folders with total/10 JPEGs each, made once (a COMPLETE marker says it finished)."""
    root = common.SCRATCH / f"scale-{total}"
    if (root / "COMPLETE").is_file():
        return root / "images"
    per_class = total // CLASSES
    jobs = [(root / "images" / f"class_{k:02d}", k, per_class) for k in range(CLASSES)]
    with ProcessPoolExecutor(max(1, os.cpu_count() or 1)) as pool:
        list(pool.map(_write_class, jobs))
    (root / "COMPLETE").write_text("ok")
    return root / "images"


def _train_child(folder: Path, n: int) -> tuple[dict, float]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(folder), str(n)], env=common.child_env(),
                          capture_output=True, text=True, timeout=1200)
    peak_gb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024**2  # KiB on Linux
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"training child failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return json.loads(lines[-1]), peak_gb


def run(quick: bool) -> list[dict]:
    from fruitclassifier.core.data import folders

    total = 5_000 if quick else 90_000
    began = time.perf_counter()
    folder = generated_folder(total)
    generated_s = time.perf_counter() - began
    folders.scan(folder)  # first pass fills the dentry cache the same way a user's second look would
    start = time.perf_counter()
    summary = folders.scan(folder)
    scan_s = time.perf_counter() - start
    n = len(summary.files)
    result, peak_gb = _train_child(folder, n)
    common.forget_trained(result["model"])
    scan_row = common.row(
        "scale", f"scan {n:,} files in {summary.num_classes} class folders (core.data.folders.scan)", scan_s,
        f"{scan_s:.2f} s", None, "—", None, f"≤ {SCAN_TARGET_S:.0f} s", scan_s <= SCAN_TARGET_S,
        generate_s=generated_s)
    train_row = common.row(
        "scale", f"train 1 epoch on {n:,} images (32 px), peak RSS", peak_gb, f"{peak_gb:.2f} GB", None, "—",
        None, f"≤ {RSS_TARGET_GB} GB", peak_gb <= RSS_TARGET_GB, training=result,
        note=f"cache mode '{result['cache_mode']}' (decoded pixels {n * SIZE * SIZE * 3 / 1e6:.0f} MB); "
        f"the epoch run took {result['seconds']:.0f} s end to end, val accuracy {result['val_accuracy']:.3f}")
    return [scan_row, train_row]
