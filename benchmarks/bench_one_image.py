"""One photo dropped on the window: decode + network, ours against ``model.predict``.

Ours is exactly what the Classify page calls: ``Classifier.classify_paths([path])``
(Pillow decode, then the model's .tflite run by LiteRT, or the tf.function when TFLite is
off). The baseline is ``model.predict(x)`` on the already-decoded image: its decode
is not even counted, so the ratio is conservative. Medians over interleaved calls.
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


def _rows(label: str, what: str, clf: Any, times: dict[str, float], **extra: Any) -> list[dict]:
    ratio = times["predict"] / times["ours"]
    return [common.row(
        label, what, times["ours"], common.fmt_ms(times["ours"]), times["predict"],
        f"predict {common.fmt_ms(times['predict'])}", ratio, f"≥ {TARGET:.0f}× faster", ratio >= TARGET,
        backend=clf.backend, tf_function_path_s=times["tf_function"], decode_only_s=times["decode_only"],
        tf_function_speedup=times["predict"] / times["tf_function"], max_probability_difference=
        times["max_prob_diff"], note=f"ours = decode + {clf.backend} "
        f"({common.fmt_ms(times['ours'])}; decode alone {common.fmt_ms(times['decode_only'])}); the tf.function "
        f"path takes {common.fmt_ms(times['tf_function'])} ({times['predict'] / times['tf_function']:.1f}×); "
        f"baseline predict excludes decoding", **extra)]


def run(quick: bool) -> list[dict]:
    from fruitclassifier.core.inference.classifier import Classifier
    from fruitclassifier.core.models.registry import build_model

    info = common.default_model_info(quick)
    clf = Classifier.load(info)
    rows = _rows("one_image", f"drop-to-result, default model ({info.arch}, {info.image_size} px)", clf,
                 _measure(clf, quick), model=info.name)
    resnet = build_model("resnet50", len(clf.class_names), 100, weights="none", seed=1)
    rclf = Classifier(resnet, clf.class_names, 100, fast_path=True)
    rows += _rows("one_image", "drop-to-result, ResNet50 (100 px)", rclf, _measure(rclf, quick))
    rows[-1]["met"] = None  # reported, not a target: the target is for the default model
    rows[-1]["target"] = "(report)"
    return rows
