"""EfficientNet-Lite0: our Keras port of the network and its ImageNet weights read without PyTorch."""

from __future__ import annotations

from pathlib import Path
import pickle

from PIL import Image
import numpy as np
import pytest

from fruitclassifier.core.models import efficientnet_lite0 as effnet
from fruitclassifier.core.models.pytorch_legacy import WeightsFileError, load_state_dict
from fruitclassifier.core.models.registry import WeightsUnavailableError, build_model

DATA = Path(__file__).resolve().parents[1] / "data" / "fruits360"
#: ImageNet class ids (the standard 1000-class order).
IMAGENET_BANANA, IMAGENET_STRAWBERRY = 954, 949


def test_builds_small_for_tests_and_trains_only_the_head_when_frozen():
    model = build_model("efficientnet_lite0", 3, 32, weights="none", freeze_backbone=True, seed=1)
    out = model.predict(np.zeros((2, 32, 32, 3), np.float32), verbose=0)
    assert out.shape == (2, 3)
    np.testing.assert_allclose(out.sum(axis=1), 1.0, rtol=1e-5)
    trainable = {w.path.split("/")[0] for w in model.trainable_weights}
    assert trainable == {"predictions"}


def test_reads_the_shipped_imagenet_weights_with_numpy():
    state = effnet.imagenet_state()
    assert state["_conv_stem.weight"].shape == (32, 3, 3, 3)
    assert state["_fc.weight"].shape == (1000, 1280)
    assert sum(v.size for v in state.values()) == 4_694_073  # the published EfficientNet-Lite0 count + BN counters


@pytest.mark.slow
def test_the_ported_network_with_imagenet_weights_recognises_real_fruit():
    """Correctness of the port end to end: ImageNet's own classifier on our backbone names the fruit."""
    state = effnet.imagenet_state()
    model = build_model("efficientnet_lite0", 2, 224, weights="imagenet")
    import keras

    features = keras.Model(model.input, model.get_layer("avg_pool").output)
    photos = {"Banana_1_105_100.jpg": IMAGENET_BANANA, "Strawberry_1_325_100.jpg": IMAGENET_STRAWBERRY}
    batch = np.stack([np.asarray(Image.open(DATA / n).convert("RGB").resize((224, 224)), np.float32) for n in photos])
    logits = features.predict(batch, verbose=0) @ state["_fc.weight"].T + state["_fc.bias"]
    assert list(np.argmax(logits, axis=1)) == list(photos.values())


def test_missing_weights_file_is_a_clear_user_error(monkeypatch):
    monkeypatch.setattr(effnet, "WEIGHTS_FILE", ("weights", "no_such_file.npz"))
    with pytest.raises(WeightsUnavailableError, match="EfficientNet-Lite0"):
        effnet.imagenet_weights_path()


def test_a_pickle_that_names_other_classes_is_refused(tmp_path):
    """A doctored weights file must not run code: only tensors and an OrderedDict are rebuilt
    (tests/core/test_weights_safety.py has the files that try to run code)."""
    path = tmp_path / "evil.pth"
    with open(path, "wb") as fh:
        for part in (0x1950A86A20F9469CFC6C, 1001, {}):
            pickle.dump(part, fh)
        pickle.dump(print, fh)  # builtins.print: any class outside the allow-list
    with pytest.raises(WeightsFileError, match="builtins.print.*refused"):
        load_state_dict(path)


def test_a_file_of_another_format_is_a_value_error(tmp_path):
    path = tmp_path / "not.pth"
    path.write_bytes(b"PK\x03\x04 not a legacy torch file")
    with pytest.raises(WeightsFileError, match="not a PyTorch weights file"):
        load_state_dict(path)
