"""Frozen-backbone training on cached features: same model, same answers, backbone run once."""

import numpy as np
import pytest

from fruitclassifier.config import AugmentConfig, TrainConfig
from fruitclassifier.core.events import BatchEnded, EpochEnded, LogLine
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.training import feature_cache
from fruitclassifier.core.training.train import train

#: VGG16-sized models built and trained (tens of seconds in all).
pytestmark = pytest.mark.slow


def _config(folder, **kw):
    base = dict(data_dir=str(folder), arch="vgg16", weights="none", freeze_backbone=True, epochs=3,
                batch_size=8, image_size=32, val_split=0.25, seed=1, learning_rate=1e-2, dropout=0.0)
    base.update(kw)
    return TrainConfig(**base)


def vgg_like(classes: int, size: int):
    from fruitclassifier.core.models.registry import build_model

    return build_model("vgg16", classes, size, weights="none", freeze_backbone=True, dropout=0.0, seed=3)


def _conv_names(model) -> list[str]:
    """Every Conv2D anywhere in the model, nested backbones included."""
    return [layer.name for layer in model._flatten_layers() if type(layer).__name__ == "Conv2D"]


@pytest.fixture(scope="module")
def vgg32():
    return vgg_like(3, 32)


def test_applies_only_when_features_never_change():
    assert feature_cache.applies(_config("x"))
    assert not feature_cache.applies(_config("x", freeze_backbone=False))
    assert not feature_cache.applies(_config("x", fine_tune_layers=2))
    assert not feature_cache.applies(_config("x", augment=AugmentConfig(enabled=True)))
    assert not feature_cache.applies(_config("x", arch="custom_cnn"))


def test_backbone_then_head_equals_the_full_model_and_shares_its_weights(vgg32):
    backbone, head = feature_cache.split_model(vgg32)
    x = np.random.default_rng(0).uniform(0, 255, (4, 32, 32, 3)).astype("float32")
    full = vgg32(x, training=False).numpy()
    np.testing.assert_allclose(head(backbone(x, training=False), training=False).numpy(), full, atol=1e-5)
    kernel = vgg32.get_layer("predictions").kernel
    assert any(w is kernel for w in head.trainable_weights)  # training the head trains the full model
    assert not backbone.trainable_weights  # frozen: nothing there to train


def test_compute_features_keeps_labels_with_their_images(vgg32):
    import tensorflow as tf

    backbone, _ = feature_cache.split_model(vgg32)
    x = np.random.default_rng(1).uniform(0, 255, (10, 32, 32, 3)).astype("float32")
    y = np.arange(10, dtype=np.int32)
    ds = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(10, seed=0).batch(4)
    logs = []
    forward = feature_cache.feature_function(backbone)
    feats, labels = feature_cache.compute_features(forward, ds, 10, logs.append, lambda: False, "test")
    expected = backbone(x, training=False).numpy()
    np.testing.assert_allclose(feats, expected[labels], atol=1e-4)
    with pytest.raises(feature_cache.FeatureStop):
        feature_cache.compute_features(forward, ds, 10, logs.append, lambda: True, "test")


def test_frozen_training_uses_cached_features_and_saves_a_full_model(tiny_folder):
    events = []
    # open_set off: random-weight VGG features are too weak for a fourth, fruit-free class on 24 images a class
    info = train(_config(tiny_folder, open_set=False), on_event=events.append)
    messages = [e.message for e in events if isinstance(e, LogLine)]
    assert any("features once" in m for m in messages)
    assert [e.epoch for e in events if isinstance(e, EpochEnded)] == [0, 1, 2]
    assert len(info.metadata["history"]["val_accuracy"]) == 3
    clf = Classifier.load(info.name)
    full = vgg_like(len(info.class_names), 32)  # the whole network was saved, not just the head on cached features
    assert clf.model.count_params() == full.count_params()
    assert tuple(clf.model.input_shape) == (None, 32, 32, 3)
    assert sorted(_conv_names(clf.model)) == sorted(_conv_names(full)) and len(_conv_names(full)) == 13
    files = sorted(tiny_folder.glob("*/*"))
    preds = clf.classify_paths(files)
    accuracy = np.mean([p.label == f.parent.name for p, f in zip(preds, files)])
    assert accuracy > 0.6  # separable colours: the head learns them from random-conv features


def test_a_stopped_cached_feature_run_keeps_the_best_epochs_head(tiny_folder):
    """A stop mid-epoch leaves fit() by an exception; the head must still be the best completed epoch's."""
    seen = {"epochs": 0, "batches_after": 0}

    def on_event(event):
        if isinstance(event, EpochEnded):
            seen["epochs"] += 1
        elif isinstance(event, BatchEnded) and seen["epochs"] >= 2:
            seen["batches_after"] += 1

    # open_set off: calibration rescales the head after training, and this test compares it with the epoch's
    info = train(_config(tiny_folder, epochs=20, open_set=False), on_event=on_event,
                 should_stop=lambda: seen["batches_after"] >= 1)
    meta = info.metadata
    assert meta["stopped_early"] is True and meta["epochs_trained"] == 2
    best = meta["best_epoch"] - 1  # best_epoch counts from 1
    # the saved model, evaluated on the validation images, is exactly the best epoch's model
    assert meta["metrics"]["val_loss"] == pytest.approx(meta["history"]["val_loss"][best], rel=1e-4)
