"""Per-image time of the bundled default model through the app's own path (decode + LiteRT), one photo a call.

    .venv/bin/python training/time_default_model.py [MODEL ...]

Prints the median and 10th percentile of wall time over the realistic set's photos, each classified
alone as a dropped photo is, and the CPU time the call used on all its threads (what a busy machine
cannot inflate much); the load average is printed too (a busy machine reads slow).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from fruitclassifier.core.inference.classifier import Classifier

    photos = sorted((ROOT / "training" / "realistic").glob("*/*.jpg"))[::4]
    for model in argv or [str(ROOT / "resources" / "models" / "fruits360-default")]:
        classifier = Classifier.load(model)
        for path in photos[:5]:
            classifier.classify_paths([path])  # warm-up
        times, cpu = [], []
        for path in photos:
            started, started_cpu = time.perf_counter(), time.process_time()
            classifier.classify_paths([path])
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(f"{classifier.name} ({classifier.backend}, {classifier.image_size} px): "
              f"median {1000 * np.median(times):.2f} ms, p10 {1000 * np.percentile(times, 10):.2f} ms wall; "
              f"CPU time (both threads) median {1000 * np.median(cpu):.2f} ms "
              f"over {len(times)} photos; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
