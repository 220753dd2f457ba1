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

import numpy as np
import pytest

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.inference.classifier import Classifier
from helpers import SHARED_TEST_SPLIT

pytestmark = pytest.mark.slow
PER_CLASS = 3  # of the shared Test split's ~170 a class: a sample, kept fast
#: int8 copies: mean |probability gap| on the sample (quantize.py measured 0.00035 on the whole Test split).
INT8_MEAN_GAP = 0.005
TOLERANCE = 1e-3  # fp32 XNNPACK sums in another order (core/inference/lite.py and core/inference/export.py use the same bound)


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
    assert got.shape == expected.shape == (len(photos), len(class_names))
    assert (got.argmax(1) == expected.argmax(1)).all()
    quantized = meta.get("tflite_quantization")
    if quantized:
        assert quantized["kind"] == "int8" and quantized["test_top1_agreement"] >= 0.999
        assert np.abs(got - expected).mean() < INT8_MEAN_GAP
    else:
        assert np.abs(got - expected).max() < TOLERANCE
    app = Classifier.load(str(folder))  # and the app's own path: LiteRT on the shipped copy, no conversion
    assert app.backend == "tflite" and app._model is None
    assert np.abs(app.predict_arrays(batch) - got).max() < TOLERANCE  # the app runs exactly the shipped copy
