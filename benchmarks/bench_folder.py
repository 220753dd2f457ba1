"""A folder of photos: ``Classifier.classify_paths`` against ``model.predict(image_dataset_from_directory(...))``.

Both sides start from the folder path and end with probabilities for every image,
decoding included; same model, batch size 32. Runs are interleaved and the median
is taken; the note gives the ratio of every round, since this VM's speed drifts.
Also reported: our path with the tf.function instead of LiteRT, how often the two
sides agree on the top label (they decode with different JPEG code), whether LiteRT's answers
equal the Keras model's on identical pixels (the "answers unchanged" floor), and a folder of
phone-size photos (Test images upscaled to 12 MP JPEGs), where the baseline decodes
every pixel and we decode JPEGs at a reduced DCT scale (Pillow's draft mode).
"""

from __future__ import annotations

from pathlib import Path
import statistics
from typing import Any

from benchmarks import common

TARGET = 2.0
AGREEMENT_TARGET = 0.999
PHONE_SIZE = (3024, 4032)  # a 12 MP phone photo, portrait


def _ours(clf: Any, folder: Path) -> list:
    from fruitclassifier.core.inference.classifier import expand_paths

    return clf.classify_paths(expand_paths([folder]), batch_size=32)


def _baseline(model: Any, folder: Path, size: int) -> Any:
    import keras

    ds = keras.utils.image_dataset_from_directory(folder, image_size=(size, size), shuffle=False,
                                                  batch_size=32, verbose=False)
    return model.predict(ds, verbose=0)


def _agreement(clf: Any, folder: Path) -> float:
    import numpy as np

    preds = _ours(clf, folder)
    probs = _baseline(clf.model, folder, clf.image_size)
    ours = [clf.class_names.index(p.label) for p in preds]
    return float(np.mean(np.array(ours) == probs.argmax(axis=1)))


def _same_pixels(clf: Any, folder: Path) -> dict[str, float]:
    """"Answers unchanged": LiteRT against the Keras model on the very same decoded images (core/data/images.py)."""
    import numpy as np

    from fruitclassifier.core.data import images
    from fruitclassifier.core.inference.classifier import expand_paths

    x = np.stack([images.load_array(p, clf.image_size) for p in expand_paths([folder])])
    lite = np.concatenate([clf.predict_arrays(x[i:i + 64]) for i in range(0, len(x), 64)])
    keras = clf.model.predict(x.astype(np.float32), batch_size=64, verbose=0)
    return {"top1": float(np.mean(lite.argmax(1) == keras.argmax(1))), "max_diff": float(np.abs(lite - keras).max()),
            "n": int(len(x))}


def run(quick: bool) -> list[dict]:
    from fruitclassifier.core.inference.classifier import Classifier

    info = common.default_model_info(quick)
    clf = Classifier.load(info)
    plain = Classifier(clf.model, clf.class_names, clf.image_size, fast_path=False)
    folder = common.subset_folder(40, common.TEST_DIR) if quick else common.TEST_DIR
    n = common.count_images(folder)
    warm = common.subset_folder(5, common.TEST_DIR)
    for fn in (lambda: _ours(clf, warm), lambda: _ours(plain, warm),
               lambda: _baseline(clf.model, warm, clf.image_size)):
        fn()  # tracing and first-call set-up are not what a folder of photos costs
    runs = common.interleaved_runs({
        "ours": lambda: _ours(clf, folder),
        "ours_tf_function": lambda: _ours(plain, folder),
        "baseline": lambda: _baseline(clf.model, folder, clf.image_size),
    }, repeats=1 if quick else 5, warmup=0)
    times = {k: statistics.median(v) for k, v in runs.items()}
    rounds = [b / o for o, b in zip(runs["ours"], runs["baseline"])]
    rates = {k: n / v for k, v in times.items()}
    ratio = rates["ours"] / rates["baseline"]
    agree = _agreement(clf, folder)
    same = _same_pixels(clf, folder)
    return [common.row(
        "folder", f"classify {n:,} images of {folder.name}/ ({info.arch}, decode included)", rates["ours"],
        f"{rates['ours']:,.0f} img/s", rates["baseline"], f"{rates['baseline']:,.0f} img/s", ratio,
        f"≥ {TARGET}×", ratio >= TARGET, backend=clf.backend, images=n, seconds=runs,
        round_ratios=rounds, ours_tf_function_img_s=rates["ours_tf_function"], top1_agreement=agree,
        note=f"ours with LiteRT {rates['ours']:,.0f} img/s, with the tf.function "
        f"{rates['ours_tf_function']:,.0f} img/s; baseline = model.predict(image_dataset_from_directory); "
        f"ratio per round {', '.join(f'{r:.2f}×' for r in rounds)}; top-1 agreement {agree:.1%}"),
        common.row(
            "folder", f"answers unchanged: LiteRT vs the Keras model, top-1 on the same {same['n']:,} decoded images",
            same["top1"], f"{same['top1']:.2%}", None, "Keras model", None, f"≥ {AGREEMENT_TARGET:.1%}",
            same["top1"] >= AGREEMENT_TARGET, max_probability_difference=same["max_diff"],
            note=f"largest probability difference {same['max_diff']:.1e} over {same['n']:,} images"),
        _phone_row(clf, quick)]


def _phone_row(clf: Any, quick: bool) -> dict:
    folder = _phone_folder(1 if quick else 5)
    n = common.count_images(folder)
    times = common.interleaved({"ours": lambda: _ours(clf, folder),
                                "baseline": lambda: _baseline(clf.model, folder, clf.image_size)},
                               repeats=1 if quick else 3, warmup=1)
    rates = {k: n / v for k, v in times.items()}
    w, h = PHONE_SIZE
    return common.row(
        "folder", f"classify {n} phone-size photos ({w}×{h} JPEG, {clf.image_size} px model)", rates["ours"],
        f"{rates['ours']:,.1f} img/s", rates["baseline"], f"{rates['baseline']:,.1f} img/s",
        rates["ours"] / rates["baseline"], "(report)", None, images=n, seconds=times,
        note=f"{n} Test images upscaled to {w}×{h} and saved as quality-90 JPEGs; the baseline decodes each at full "
        "size before resizing, ours decodes at 1/8 scale (Image.draft) and then resizes")


def _phone_folder(per_class: int) -> Path:
    """Test images upscaled to phone-photo size, made once per scratch folder."""
    from PIL import Image

    target = common.SCRATCH / f"phone-photos-{per_class}"
    if target.is_dir():
        return target
    tmp = target.with_name(target.name + ".tmp")
    for cls in sorted(p for p in common.TEST_DIR.iterdir() if p.is_dir()):
        (tmp / cls.name).mkdir(parents=True, exist_ok=True)
        for src in sorted(cls.iterdir())[:per_class]:
            with Image.open(src) as img:
                img.convert("RGB").resize(PHONE_SIZE, Image.Resampling.BICUBIC).save(
                    tmp / cls.name / f"{src.stem}.jpg", quality=90)
    tmp.rename(target)
    return target
