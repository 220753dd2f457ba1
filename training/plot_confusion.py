"""Draw the confusion matrices that evaluate_realistic.py wrote (rows: truth; columns: the answer), as PNGs.

    .venv/bin/python training/plot_confusion.py training/reports/default-model/realistic_eval.json \\
        training/reports/default-model
"""

from __future__ import annotations

import json
from pathlib import Path
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main(argv: list[str]) -> int:
    results = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    out = Path(argv[1])
    for key, result in results.items():
        table = result.get("confusion")
        if not table or "recoloured" in key:
            continue
        rows = sorted(table)
        cols = sorted(
            {c for r in table.values() for c in r} | set(rows), key=lambda c: (c in ("_other", "not one of mine"), c)
        )
        rows = sorted(rows, key=lambda c: (c == "_other", c))
        grid = np.array([[table[r].get(c, 0) for c in cols] for r in rows], dtype=float)
        share = grid / np.maximum(grid.sum(axis=1, keepdims=True), 1)
        fig, ax = plt.subplots(figsize=(1 + 0.55 * len(cols), 1 + 0.45 * len(rows)))
        ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
        ax.set_xticks(range(len(cols)), cols, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(len(rows)), rows, fontsize=8)
        for (i, j), n in np.ndenumerate(grid):
            if n:
                ax.text(
                    j, i, int(n), ha="center", va="center", fontsize=7, color="white" if share[i, j] > 0.5 else "black"
                )
        ax.set_xlabel("answer")
        ax.set_ylabel("truth")
        ax.set_title(key, fontsize=9)
        fig.tight_layout()
        fig.savefig(out / f"confusion_{re.sub(r'[^A-Za-z0-9]+', '_', key).strip('_')}.png", dpi=90)
        plt.close(fig)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
