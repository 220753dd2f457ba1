"""Start-up: from launching ``python -m fruitclassifier gui --self-test`` to the window on screen,
against launching ``python -c "import tensorflow"`` (what any Keras app pays before it can show anything).

"Window shown" is measured from outside the app: the app writes a probe file the
moment its window is visible (FRUITCLASSIFIER_SHOW_PROBE); the file's modification
time minus the launch time is the wall time a user waits, interpreter start-up
included. The app's own ``window_shown_ms`` (counted from its first import) and the
self-test's TensorFlow-ready and first-result times are reported as details.
Offscreen Qt; medians of interleaved runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import common

TARGET = 0.3


def _import_tensorflow() -> float:
    start = time.time()
    subprocess.run([sys.executable, "-c", "import tensorflow"], env=common.child_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return time.time() - start


def _app(tmp: Path, index: int) -> dict:
    probe = tmp / f"probe{index}.json"
    env = common.child_env(FRUITCLASSIFIER_SHOW_PROBE=str(probe))
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "gui", "--self-test"], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, timeout=300,
                          cwd=common.REPO)
    total = time.time() - start
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {"failure": f"no JSON line (exit code {proc.returncode})"}
    result["shown_wall_s"] = os.stat(probe).st_mtime - start if probe.exists() else None
    result["process_s"] = total
    return result


def run(quick: bool) -> list[dict]:
    repeats = 1 if quick else 3
    _import_tensorflow()  # warm the file cache for both sides
    apps, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            apps.append(_app(Path(tmp), i))
            bare.append(_import_tensorflow())
    shown = [a["shown_wall_s"] for a in apps if a.get("shown_wall_s") is not None]
    if not shown:
        return [common.row("startup", "window never shown", None, "—", None, "—", None, f"≤ {TARGET}×",
                           False, runs=apps)]
    ours, base = statistics.median(shown), statistics.median(bare)
    ratio = ours / base

    def med(key: str) -> float | None:
        values = [a[key] for a in apps if a.get(key) is not None]
        return statistics.median(values) if values else None

    failures = [a["failure"] for a in apps if a.get("failure")]
    note = (f"launch → window shown {ours:.2f} s (app's own window_shown_ms {med('window_shown_ms')}); "
            f"TensorFlow ready at {med('tensorflow_ready_ms')} ms and first sample classified at "
            f"{med('first_result_ms')} ms (self-test)")
    if failures:
        note += f"; self-test reported: {failures[0]}"
    return [common.row(
        "startup", f"launch → main window shown (median of {repeats})", ours, f"{ours:.2f} s", base,
        f"import tensorflow {base:.2f} s", ratio, f"≤ {TARGET}×", ratio <= TARGET, runs=apps,
        import_tensorflow_s=bare, note=note)]
