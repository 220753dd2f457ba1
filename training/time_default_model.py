"""Per-image time of the bundled default model through the app's own path (decode + LiteRT), one photo a call.

    .venv/bin/python training/time_default_model.py [MODEL ...]

Prints the median and 10th percentile of wall time over held-out real shop photos (every 6th line of
training/default_model/holdout.txt's shop photos) and the realistic set's photos, each classified alone as a
dropped photo is, and the CPU time the call used on all its threads (what a busy machine
cannot inflate much); the load average is printed too (a busy machine reads slow).
"""

from __future__ import annotations

import os
from pathlib import Path
import sys
import time

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from fruitclassifier.core.inference.classifier import Classifier

    shop = ROOT.parent / "shared" / "datasets" / "grocery-store" / "classes"
    held_out = (ROOT / "training" / "default_model" / "holdout.txt").read_text(encoding="utf-8").splitlines()
    photos = [shop / line.removeprefix("grocery/") for line in held_out if line.startswith("grocery/")][::6]
    photos += sorted((ROOT / "training" / "realistic").glob("*/*.jpg"))[::8]
    classifiers = [Classifier.load(m) for m in argv or [str(ROOT / "resources" / "models" / "fruits360-default")]]
    for classifier in classifiers:
        for path in photos[:5]:
            classifier.classify_paths([path])  # warm-up
    times = [[] for _ in classifiers]
    cpu = [[] for _ in classifiers]
    for path in photos:  # interleaved: a shared machine's speed drifts from minute to minute
        for i, classifier in enumerate(classifiers):
            started, started_cpu = time.perf_counter(), time.process_time()
            classifier.classify_paths([path])
            times[i].append(time.perf_counter() - started)
            cpu[i].append(time.process_time() - started_cpu)
    for classifier, wall, used in zip(classifiers, times, cpu):
        print(f"{classifier.name} ({classifier.backend}, {classifier.image_size} px): "
              f"median {1000 * np.median(wall):.2f} ms, p10 {1000 * np.percentile(wall, 10):.2f} ms wall; "
              f"CPU time (both threads) median {1000 * np.median(used):.2f} ms "
              f"over {len(wall)} photos; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
