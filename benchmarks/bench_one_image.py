"""One photo dropped on the window: decode + network, ours against ``model.predict``.

Ours is exactly what the Classify page calls: ``Classifier.classify_paths([path])``
(Pillow decode, then the model's .tflite run by LiteRT, or the tf.function when TFLite is
off). The baseline is ``model.predict(x)`` on the already-decoded image: its decode
is not even counted, so the ratio is conservative. Medians over interleaved calls.

Ours is timed twice: in a process without TensorFlow (as the Classify page answers: it never loads
TensorFlow for that), side by side with the baseline in this run, and here, in the process that
also runs ``model.predict``. The second is slower only because each call follows a ``predict``
whose tf.data threads are still winding down on the same 2 cores (measured: 1.7 ms with TensorFlow
loaded and idle, 2.3-4.7 ms right after a ``predict``); it is reported, the first is the row's figure.
"""

from __future__ import annotations

from typing import Any

from benchmarks import common

TARGET = 50.0


def _measure(clf: Any, quick: bool) -> dict[str, float]:
    import numpy as np

    from fruitclassifier.core.data import images
    from fruitclassifier.core.inference.classifier import Classifier

    path = common.sample_photo()
    x = images.load_array(path, clf.image_size)[None].astype(np.float32)
    plain = Classifier(clf.model, clf.class_names, clf.image_size, fast_path=False)
    fns = {
        "ours": lambda: clf.classify_paths([path]),
        "tf_function": lambda: plain.classify_paths([path]),
        "decode_only": lambda: images.load_array(path, clf.image_size),
        "predict": lambda: clf.model.predict(x, verbose=0),
    }
    times = common.interleaved(fns, repeats=15 if quick else 50, warmup=5)
    ours_probs = clf.predict_arrays(images.load_array(path, clf.image_size)[None])[0]  # every class, "other" too
    base_probs = clf.model.predict(x, verbose=0)[0]
    times["max_prob_diff"] = float(np.abs(ours_probs - base_probs).max())
    return times


_ALONE = """
import json, statistics, sys, time
from fruitclassifier.core.inference.classifier import Classifier
clf = Classifier.load(sys.argv[1])
path, repeats = sys.argv[2], int(sys.argv[3])
for _ in range(10):
    clf.classify_paths([path])
times = []
for _ in range(repeats):
    start = time.perf_counter()
    clf.classify_paths([path])
    times.append(time.perf_counter() - start)
print(json.dumps({"ours": statistics.median(times), "tensorflow_loaded": "tensorflow" in sys.modules}))
"""


def _alone(folder: Any, quick: bool) -> dict[str, Any]:
    """Ours in a fresh process that never imports TensorFlow, as the Classify page runs it."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _ALONE, str(folder), str(common.sample_photo()),
                           "100" if quick else "400"], capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rows(label: str, what: str, clf: Any, times: dict[str, float], alone: dict[str, Any] | None = None,
          **extra: Any) -> list[dict]:
    ours_here = times["ours"]
    if alone is not None:
        times = {**times, "ours": alone["ours"]}
        extra.update(ours_in_tensorflow_process_s=ours_here, tensorflow_in_ours=alone["tensorflow_loaded"])
    ratio = times["predict"] / times["ours"]
    return [common.row(
        label, what, times["ours"], common.fmt_ms(times["ours"]), times["predict"],
        f"predict {common.fmt_ms(times['predict'])}", ratio, f"≥ {TARGET:.0f}× faster", ratio >= TARGET,
        backend=clf.backend, tf_function_path_s=times["tf_function"], decode_only_s=times["decode_only"],
        tf_function_speedup=times["predict"] / times["tf_function"], max_probability_difference=
        times["max_prob_diff"], note=f"ours = decode + {clf.backend} "
        f"({common.fmt_ms(times['ours'])}{_where(alone, ours_here)}; decode alone "
        f"{common.fmt_ms(times['decode_only'])}); the tf.function "
        f"path takes {common.fmt_ms(times['tf_function'])} ({times['predict'] / times['tf_function']:.1f}×); "
        f"baseline predict excludes decoding", **extra)]


def _where(alone: dict[str, Any] | None, ours_here: float) -> str:
    if alone is None:
        return ""
    return (f" in a process without TensorFlow, {common.fmt_ms(ours_here)} in the one running predict, "
            "where each call follows a predict")


def run(quick: bool) -> list[dict]:
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.models.registry import build_model

    info = common.default_model_info(quick)
    clf = Classifier.load(info)
    times = _measure(clf, quick)
    rows = _rows("one_image", f"drop-to-result, default model ({info.arch}, {info.image_size} px)", clf,
                 times, _alone(info.path, quick), model=info.name)
    resnet = build_model("resnet50", len(clf.class_names), 100, weights="none", seed=1)
    rclf = Classifier(resnet, clf.class_names, 100, fast_path=True)
    rows += _rows("one_image", "drop-to-result, ResNet50 (100 px)", rclf, _measure(rclf, quick))
    rows[-1]["met"] = None  # reported, not a target: the target is for the default model
    rows[-1]["target"] = "(report)"
    return rows
