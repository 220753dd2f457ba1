"""Start-up, against launching ``python -c "import tensorflow"`` (what any Keras app pays before it can answer).

Three of ours, each a fresh process, interleaved with the bare import in rounds so a busy
neighbour slows every side alike:
- launch → window shown: ``python -m fruitclassifier gui --self-test`` writes a probe file the moment
  its window is visible (FRUITCLASSIFIER_SHOW_PROBE); its modification time minus the launch time is
  the wall time a user waits, interpreter start-up included;
- launch → first answer: the same launch, plus the self-test's first classified sample (its
  first_result_ms is counted from the app's first import, so the interpreter start-up measured by
  the probe is added back);
- ``fruitclassifier predict MODEL photo.jpg`` as a whole process, start to exit.
Offscreen Qt; medians.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks import common

TARGET_WINDOW = 0.2
TARGET_ANSWER = 0.35
TARGET_PREDICT = 0.2


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
    if result["shown_wall_s"] is not None and result.get("first_result_ms") is not None:
        before_app_clock = result["shown_wall_s"] - result["window_shown_ms"] / 1000  # interpreter start-up
        result["first_answer_wall_s"] = before_app_clock + result["first_result_ms"] / 1000
    result["process_s"] = total
    return result


def _predict(model: Path, photo: Path) -> dict:
    start = time.time()
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(model), str(photo), "--json"],
                          env=common.child_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          timeout=300, cwd=common.REPO)
    seconds = time.time() - start
    try:
        label = json.loads(proc.stdout)[0]["top"][0]["label"]
    except (ValueError, LookupError, TypeError):
        label = None
    return {"seconds": seconds, "exit_code": proc.returncode, "label": label}


def run(quick: bool) -> list[dict]:
    repeats = 1 if quick else 3
    info = common.default_model_info(quick)
    photo = common.sample_photo()
    _import_tensorflow()  # warm the file cache for every side
    _predict(info.path, photo)
    apps, bare, predicts = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            apps.append(_app(Path(tmp), i))
            bare.append(_import_tensorflow())
            predicts.append(_predict(info.path, photo))
    base = statistics.median(bare)
    return [_window_row(apps, base, repeats), _answer_row(apps, base, repeats),
            _predict_row(predicts, base, repeats, info, photo, bare)]


def _median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _window_row(apps: list[dict], base: float, repeats: int) -> dict:
    ours = _median([a.get("shown_wall_s") for a in apps])
    if ours is None:
        return common.row("startup", "window never shown", None, "—", None, "—", None, f"≤ {TARGET_WINDOW}×",
                          False, runs=apps)
    failures = [a["failure"] for a in apps if a.get("failure")]
    note = (f"launch → window shown {ours:.2f} s (app's own window_shown_ms "
            f"{_median([a.get('window_shown_ms') for a in apps])}); the self-test then loads TensorFlow as "
            f"training would, ready at {_median([a.get('tensorflow_ready_ms') for a in apps])} ms")
    if failures:
        note += f"; self-test reported: {failures[0]}"
    ratio = ours / base
    return common.row("startup", f"launch → main window shown (median of {repeats})", ours, f"{ours:.2f} s", base,
                      f"import tensorflow {base:.2f} s", ratio, f"≤ {TARGET_WINDOW}×", ratio <= TARGET_WINDOW,
                      runs=apps, note=note)


def _answer_row(apps: list[dict], base: float, repeats: int) -> dict:
    ours = _median([a.get("first_answer_wall_s") for a in apps])
    if ours is None:
        return common.row("startup", "no sample photo answered", None, "—", None, "—", None,
                          f"≤ {TARGET_ANSWER}×", False)
    with_tf = [a.get("tensorflow_at_first_result") for a in apps]
    ratio = ours / base
    return common.row(
        "startup", f"launch → first answer (self-test, median of {repeats})", ours, f"{ours:.2f} s", base,
        f"import tensorflow {base:.2f} s", ratio, f"≤ {TARGET_ANSWER}×", ratio <= TARGET_ANSWER and not any(with_tf),
        note=f"first sample classified {_median([a.get('first_result_ms') for a in apps])} ms after the app's first "
        f"import ({ours:.2f} s from launch); TensorFlow imported by then: {with_tf}")


def _predict_row(predicts: list[dict], base: float, repeats: int, info, photo: Path, bare: list[float]) -> dict:
    ours = statistics.median(p["seconds"] for p in predicts)
    ok = all(p["exit_code"] == 0 and p["label"] for p in predicts)
    ratio = ours / base
    return common.row(
        "startup", f"`fruitclassifier predict` one photo, whole process (median of {repeats})", ours,
        f"{ours:.2f} s", base, f"import tensorflow {base:.2f} s", ratio, f"≤ {TARGET_PREDICT}×",
        ok and ratio <= TARGET_PREDICT, runs=predicts, import_tensorflow_s=bare,
        note=f"`python -m fruitclassifier predict {info.name!r} {photo.name} --json` start to exit, answered "
        f"{predicts[0]['label']!r}; bare import tensorflow runs {', '.join(f'{b:.2f}' for b in bare)} s")
