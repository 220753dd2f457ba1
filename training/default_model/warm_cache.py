"""Compute (or find) the lower-network features of every part and view; prints the time each took.

    .venv/bin/python -m training.default_model.warm_cache [--size 160]

The build runs the same code; this entry point lets the cache fill while the rest is being written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import sys
import time

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "training" / "runs" / "default_model_cache"


def warm(size: int, fit_views: int, seed: int = 7) -> None:
    import keras

    from training.default_model import features, fit, sets

    keras.utils.set_random_seed(seed)
    lower = fit.lower_model(fit.full_model(2, size, dropout=0.2, seed=seed))
    all_parts = sets.parts(fit_views)
    order = sorted(((v, key) for key, part in all_parts.items() for v in part.views))  # every view 0 first
    for index, key in order:
        part = all_parts[key]
        started = time.time()
        features.cached(lower, CACHE, key, list(part.files), size, index)
        print(f"{key} v{index}: {len(part.files)} photos, {time.time() - started:.1f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=160)
    parser.add_argument("--fit-views", type=int, default=8)
    args = parser.parse_args(argv)
    warm(args.size, args.fit_views)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
