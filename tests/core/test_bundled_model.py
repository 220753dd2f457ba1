"""The bundled default model's shipped model.tflite answers like its model.keras on real photos.

Users get the TFLite copy's answers (LiteRT, no TensorFlow); the Keras file is what was
trained and measured. Run both on the sample photos and a sample of the shared Fruits-360
Test split: same top-1, probabilities within lite.TOLERANCE — or, for a copy metadata.json declares
int8-quantized (training/default_model/quantize.py), within the small mean gap quantization leaves.
Class count and input size come from metadata.json, never from this file, so a new default model needs
no test edits.
"""

import hashlib
import json

from helpers import SHARED_TEST_SPLIT
import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.inference.classifier import Classifier

pytestmark = pytest.mark.slow
PER_CLASS = 3  # of the shared Test split's ~170 a class: a sample, kept fast
#: int8 copies: mean |probability gap| on the sample (quantize.py measures it on held-out real photos and Test).
INT8_MEAN_GAP = 0.005
# fp32 XNNPACK sums in another order (core/conversion/tflite.py and core/inference/export.py use the same bound)
TOLERANCE = 1e-3


def _bundled() -> list:
    root = paths.bundled_models_dir()
    return sorted(p for p in root.iterdir() if (p / "metadata.json").is_file()) if root.is_dir() else []


def _lite_probs(flatbuffer: bytes, batch: np.ndarray) -> np.ndarray:
    """The copy run by the reference interpreter (not the app's runner, which this checks)."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:  # LiteRT has no wheel for this platform: TensorFlow's own interpreter
        from tensorflow.lite import Interpreter
    interp = Interpreter(model_content=flatbuffer)
    inp, out = interp.get_input_details()[0], interp.get_output_details()[0]
    interp.resize_tensor_input(inp["index"], list(batch.shape))
    interp.allocate_tensors()
    interp.set_tensor(inp["index"], batch.astype(np.float32))
    interp.invoke()
    return interp.get_tensor(out["index"]).copy()


def _softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _photos(class_names: list[str]) -> list:
    photos = sorted(paths.samples_dir().glob("*.jpg"))
    if SHARED_TEST_SPLIT.is_dir():
        for name in class_names:
            folder = SHARED_TEST_SPLIT / name
            files = sorted(folder.iterdir()) if folder.is_dir() else []
            photos += files[:: max(1, len(files) // PER_CLASS)][:PER_CLASS]
    return photos


@pytest.mark.parametrize("folder", _bundled(), ids=lambda p: p.name)
def test_shipped_tflite_agrees_with_its_keras_model(folder):
    from fruitclassifier.core.models.registry import load_keras

    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    keras_file, lite_file = folder / "model.keras", folder / "model.tflite"
    assert lite_file.is_file(), "the bundled model ships no TFLite copy: every new user would wait for a conversion"
    assert meta.get("tflite_for_sha256") == hashlib.sha256(keras_file.read_bytes()).hexdigest()  # its own copy
    size, class_names = int(meta["image_size"]), list(meta["class_names"])
    photos = _photos(class_names)
    assert len(photos) >= 10
    batch = np.stack([images.load_array(p, size) for p in photos])
    expected = load_keras(keras_file).predict(batch.astype(np.float32), verbose=0)
    got = _lite_probs(lite_file.read_bytes(), batch)
    if meta.get("tflite_logits_for_sha256") == meta["tflite_for_sha256"]:  # an int8 copy that gives logits
        got = _softmax(got)
    assert got.shape == expected.shape == (len(photos), len(class_names))
    quantized = meta.get("tflite_quantization")
    if quantized:  # same answers as Keras on the measured sets (quantize.py's gate), and on this sample
        assert quantized["kind"] == "int8" and quantized.get("real_answer_agreement", 0) >= 0.99
        assert quantized["test_top1_agreement"] >= 0.99
        assert np.abs(got - expected).mean() < INT8_MEAN_GAP
        assert (got.argmax(1) == expected.argmax(1)).mean() >= 0.98  # int8 moves photos at the threshold
    else:
        assert (got.argmax(1) == expected.argmax(1)).all()
        assert np.abs(got - expected).max() < TOLERANCE
    app = Classifier.load(str(folder))  # and the app's own path: LiteRT on the shipped copy, no conversion
    assert app.backend == "tflite" and app._model is None
    assert np.abs(app.predict_arrays(batch) - got).max() < TOLERANCE  # the app runs exactly the shipped copy


def _default_folder():
    folder = paths.bundled_models_dir() / "fruits360-default"
    return folder, json.loads((folder / "metadata.json").read_text(encoding="utf-8"))


def test_default_model_knows_the_shop_and_fruits360_classes_and_says_not_mine():
    """Issue 29: every class of the shop set and of the Fruits-360 subset (ids = folder names), plus "_other"."""
    _, meta = _default_folder()
    names = meta["class_names"]
    assert names[-1] == "_other" and len(names) == len(set(names)) == 49
    assert {"Apple 10", "Apple 11", "Apple 12", "Grape White 1", "Strawberry 1",  # Fruits-360 only
            "Carrot", "Floury Potato", "Green Bell Pepper", "Satsuma", "Watermelon", "Apple Golden 1"} <= set(names)
    metrics = list(meta["metrics"])
    assert metrics[:4] == ["real_photo_accuracy", "real_photo_images", "real_photo_accuracy_strict", "test_accuracy"]
    assert "realistic_accuracy" not in meta["metrics"]  # generated-scene figures live in the study only


def test_default_model_carries_measured_refusal_levels():
    from fruitclassifier.core.inference.open_set import LEVELS, OpenSet

    _, meta = _default_folder()
    spec = meta["open_set"]
    levels = spec["levels"]
    assert list(levels) == list(LEVELS) and spec["default_level"] in LEVELS
    assert levels["rarely"] < levels["balanced"] < levels["readily"]  # "readily" refuses more
    assert spec["threshold"] == levels[spec["default_level"]]
    for figures in spec["level_figures"].values():
        assert {"known_refused", "unseen_refused", "packaged_refused", "auroc"} <= set(figures)
    refused = [spec["level_figures"][level]["known_refused"] for level in LEVELS]
    assert refused == sorted(refused)
    open_set = OpenSet.from_metadata(meta, meta["class_names"])
    assert open_set.at_level("readily").threshold == levels["readily"]


def test_default_model_names_real_shop_samples():
    """The held-out shop photos in resources/samples (never trained on) get the app's answer of their class."""
    folder, meta = _default_folder()
    shop = sorted(paths.samples_dir().glob("shop_*.jpg"))
    assert len(shop) >= 5
    app = Classifier.load(str(folder))
    batch = np.stack([images.load_array(p, int(meta["image_size"])) for p in shop])
    probs = app.predict_arrays(batch)
    names = meta["class_names"]
    expected = [p.stem.removeprefix("shop_").replace("_", " ") for p in shop]
    answered = [names[int(np.argmax(row[:-1]))] for row in probs]
    assert answered == expected
