"""Model registry, builders, CaffePreprocess and safe loading (tiny sizes, no network)."""

from __future__ import annotations

import subprocess
import sys
import urllib.error
import zipfile

import keras
import numpy as np
import pytest

from fruitclassifier.core.models import (
    SPECS,
    ModelFileError,
    WeightsUnavailableError,
    build_model,
    count_params,
    get_arch,
    last_conv_layer_name,
    load_keras,
)
from fruitclassifier.core.models.layers import CaffePreprocess

SIZE = 32


def _images(n: int = 2, size: int = SIZE, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0, 255, (n, size, size, 3)).astype("float32")


def _nested_models(model: keras.Model) -> list[str]:
    return [layer.name for layer in model.layers if isinstance(layer, keras.Model)]


@pytest.fixture(scope="module")
def vgg_frozen() -> keras.Model:
    """VGG16, frozen with its last 4 layers (block5 convs + pool) unfrozen."""
    return build_model("vgg16", 2, SIZE, weights="none", freeze_backbone=True, fine_tune_layers=4, seed=1)


@pytest.fixture(scope="module")
def resnet_frozen() -> keras.Model:
    return build_model("resnet50", 2, SIZE, freeze_backbone=True, fine_tune_layers=4, seed=1)


@pytest.fixture(scope="module")
def cnn() -> keras.Model:
    return build_model("custom_cnn", 3, 24, dropout=0.3, seed=7)


# --- registry ---------------------------------------------------------------------------


def test_registry_import_does_not_load_tensorflow():
    code = (
        "import sys, fruitclassifier.core.models as m; "
        "assert m.get_arch('vgg16').min_image_size == 32; "
        "bad = [k for k in ('tensorflow', 'keras') if k in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_get_arch_lists_choices_for_unknown_name():
    assert set(SPECS) == {"custom_cnn", "compact_cnn", "efficientnet_lite0", "vgg16", "resnet50"}
    with pytest.raises(ValueError, match="custom_cnn, compact_cnn, efficientnet_lite0, vgg16, resnet50"):
        get_arch("alexnet")


@pytest.mark.parametrize(
    ("arch", "kwargs", "message"),
    [
        ("vgg16", {"image_size": 31}, "at least 32 pixels"),
        ("resnet50", {"image_size": 16}, "at least 32 pixels"),
        ("custom_cnn", {"image_size": 8}, "at least 16 pixels"),
        ("custom_cnn", {"num_classes": 1}, "at least 2 classes"),
        ("custom_cnn", {"weights": "imagenet"}, "no ImageNet weights"),
        ("vgg16", {"weights": "/no/such/file.weights.h5"}, "Weights file not found"),
    ],
)
def test_build_model_refuses_bad_settings_before_building(arch, kwargs, message):
    args = {"num_classes": 2, "image_size": SIZE, **kwargs}
    with pytest.raises(ValueError, match=message):
        build_model(arch, args.pop("num_classes"), args.pop("image_size"), **args)


# --- CaffePreprocess ----------------------------------------------------------------------


def test_caffe_preprocess_matches_keras_applications():
    x = _images(3)
    expected = keras.applications.vgg16.preprocess_input(x.copy())
    np.testing.assert_allclose(CaffePreprocess()(x).numpy(), expected, atol=1e-4)
    np.testing.assert_allclose(keras.applications.resnet50.preprocess_input(x.copy()), expected)


def test_caffe_preprocess_config_round_trips():
    layer = CaffePreprocess(name="pre")
    restored = keras.saving.deserialize_keras_object(keras.saving.serialize_keras_object(layer))
    assert isinstance(restored, CaffePreprocess)
    assert restored.get_config() == layer.get_config()
    assert restored.get_config()["name"] == "pre"


# --- custom CNN ------------------------------------------------------------------------------


def test_custom_cnn_is_the_fruits360_network(cnn):
    convs = [layer for layer in cnn.layers if isinstance(layer, keras.layers.Conv2D)]
    assert [c.filters for c in convs] == [16, 32, 64, 128]
    assert all(c.padding == "same" and c.kernel_size == (3, 3) for c in convs)
    assert sum(isinstance(layer, keras.layers.MaxPooling2D) for layer in cnn.layers) == 4
    assert isinstance(cnn.layers[1], keras.layers.Rescaling)
    head = cnn.get_layer("predictions")
    assert head.units == 3 and head.dtype_policy.compute_dtype == "float32"
    assert cnn.get_layer("head_dropout").rate == pytest.approx(0.3)
    assert cnn.get_layer("fc").units == 256
    assert cnn.input_shape == (None, 24, 24, 3)
    probs = cnn(_images(2, 24), training=False).numpy()
    assert probs.shape == (2, 3) and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert last_conv_layer_name(cnn) == "block4_conv"
    assert count_params(cnn) == cnn.count_params() > 0


def test_custom_cnn_l2_and_seeded_builds_are_reproducible():
    a = build_model("custom_cnn", 2, 16, l2=1e-3, seed=3)
    b = build_model("custom_cnn", 2, 16, l2=1e-3, seed=3)
    c = build_model("custom_cnn", 2, 16, seed=4)
    assert all(np.array_equal(x, y) for x, y in zip(a.get_weights(), b.get_weights()))
    assert not np.array_equal(a.get_weights()[0], c.get_weights()[0])
    assert len(a.losses) == 6 and not c.losses  # 4 convs + fc + predictions kernels
    assert a.get_layer("block1_conv").get_config()["kernel_regularizer"] is not None


def test_custom_cnn_save_load_gives_identical_predictions(cnn, tmp_path):
    path = tmp_path / "cnn.keras"
    cnn.save(path)
    loaded = load_keras(path)
    x = _images(3, 24)
    np.testing.assert_array_equal(cnn.predict(x, verbose=0), loaded.predict(x, verbose=0))


# --- VGG16 / ResNet50 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "last_conv"), [("vgg_frozen", "block5_conv3"), ("resnet_frozen", "conv5_block3_out")]
)
def test_backbone_graph_is_flat(request, fixture, last_conv):
    model = request.getfixturevalue(fixture)
    assert _nested_models(model) == []
    assert last_conv_layer_name(model) == last_conv == get_arch(model.name).last_conv_layer
    assert isinstance(model.get_layer("caffe_preprocess"), CaffePreprocess)
    assert len(model.get_layer(last_conv).output.shape) == 4
    assert model.get_layer("predictions").dtype_policy.compute_dtype == "float32"
    assert [type(layer).__name__ for layer in model.layers[-3:]] == ["GlobalAveragePooling2D", "Dropout", "Dense"]


def test_vgg16_freeze_with_fine_tune_unfreezes_the_last_layers(vgg_frozen):
    trainable = sorted(layer.name for layer in vgg_frozen.layers if layer.trainable_weights)
    assert trainable == ["block5_conv1", "block5_conv2", "block5_conv3", "predictions"]
    assert len(vgg_frozen.trainable_weights) == 8


def test_resnet50_fine_tune_keeps_batchnorm_frozen(resnet_frozen):
    trainable = sorted(layer.name for layer in resnet_frozen.layers if layer.trainable_weights)
    assert trainable == ["conv5_block3_3_conv", "predictions"]  # conv5_block3_3_bn stays frozen
    bns = [layer for layer in resnet_frozen.layers if isinstance(layer, keras.layers.BatchNormalization)]
    assert bns and not any(bn.trainable for bn in bns)


def _assert_same_backbone_weights(backbone: keras.Model, model: keras.Model) -> None:
    compared = 0
    for layer in (layer for layer in backbone.layers if layer.weights):
        for want, got in zip(layer.get_weights(), model.get_layer(layer.name).get_weights()):
            np.testing.assert_array_equal(want, got)
            compared += 1
    assert compared == 26  # 13 conv layers x (kernel, bias)


def test_imagenet_weights_load_into_the_flat_graph(monkeypatch, tmp_path):
    """The download is faked with a legacy .h5 file in the format Keras publishes ImageNet weights in."""
    import h5py
    from keras.src.legacy.saving import legacy_h5_format
    from keras.src.utils import file_utils

    backbone = keras.applications.VGG16(include_top=False, weights=None, input_shape=(SIZE, SIZE, 3))
    path = tmp_path / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5"
    with h5py.File(path, "w") as fh:
        legacy_h5_format.save_weights_to_hdf5_group(fh, backbone)
    monkeypatch.setattr(file_utils, "get_file", lambda *args, **kwargs: str(path))
    model = build_model("vgg16", 2, SIZE, weights="imagenet", freeze_backbone=True, seed=5)
    _assert_same_backbone_weights(backbone, model)
    assert [layer.name for layer in model.layers if layer.trainable_weights] == ["predictions"]


def test_weights_file_is_loaded_into_the_backbone(tmp_path):
    backbone = keras.applications.VGG16(include_top=False, weights=None, input_shape=(SIZE, SIZE, 3))
    path = tmp_path / "vgg16_notop.weights.h5"
    backbone.save_weights(path)
    model = build_model("vgg16", 2, SIZE, weights=str(path), l2=1e-4, seed=5)
    _assert_same_backbone_weights(backbone, model)
    # Pretrained and not frozen: the whole backbone fine-tunes, with L2 on its kernels.
    assert len(model.trainable_weights) == 28
    assert len(model.losses) == 14


@pytest.mark.filterwarnings("ignore:Skipping nested container:UserWarning")
def test_weights_file_that_does_not_fit_is_refused(cnn, tmp_path):
    path = tmp_path / "cnn.weights.h5"
    cnn.save_weights(path)
    with pytest.raises(ValueError, match="does not fit the VGG16 backbone"):
        build_model("vgg16", 2, SIZE, weights=path)


@pytest.mark.parametrize(
    "error",
    [
        Exception("URL fetch failure on https://storage.googleapis.com/x.h5: None -- [Errno -3] name resolution"),
        urllib.error.URLError("[Errno 101] Network is unreachable"),
        OSError("Read-only file system: '~/.keras/models'"),
    ],
)
def test_imagenet_download_failure_is_a_clear_error(monkeypatch, error):
    from keras.src.utils import file_utils

    def offline(*args, **kwargs):
        raise error

    monkeypatch.setattr(file_utils, "get_file", offline)
    with pytest.raises(WeightsUnavailableError) as info:
        build_model("vgg16", 2, SIZE, weights="imagenet")
    message = str(info.value)
    assert "ImageNet weights for VGG16" in message and "weights 'none'" in message
    assert info.value.__cause__ is error


@pytest.mark.parametrize(
    ("freeze", "fine_tune", "pretrained", "expected"),
    [
        (False, 0, False, "CBCBA"),  # from scratch: everything trains, BN included
        (False, 0, True, "C-C-A"),  # fine-tuning pretrained weights: BN stays in inference mode
        (True, 0, True, "-----"),
        (True, 3, True, "--C-A"),  # the last 3 layers, BN excluded
        (True, 99, False, "C-C-A"),
    ],
)
def test_freeze_rule(freeze, fine_tune, pretrained, expected):
    from fruitclassifier.core.models.layers import set_backbone_trainable

    conv, bn = keras.layers.Conv2D, keras.layers.BatchNormalization
    layers = [conv(1, 1), bn(), conv(1, 1), bn(), keras.layers.Activation("relu")]
    set_backbone_trainable(layers, freeze, fine_tune, pretrained)
    got = "".join(type(layer).__name__[0] if layer.trainable else "-" for layer in layers)
    assert got == expected


@pytest.mark.slow
def test_vgg16_and_resnet50_save_load_identically(vgg_frozen, resnet_frozen, tmp_path):
    x = _images(2)
    for model in (vgg_frozen, resnet_frozen):
        path = tmp_path / f"{model.name}.keras"
        model.save(path)
        loaded = load_keras(path)
        assert _nested_models(loaded) == []
        assert last_conv_layer_name(loaded) == get_arch(model.name).last_conv_layer
        assert len(loaded.trainable_weights) == len(model.trainable_weights)  # freezing survives
        np.testing.assert_array_equal(model(x, training=False).numpy(), loaded(x, training=False).numpy())


# --- load_keras refusals ---------------------------------------------------------------------


def test_lambda_model_is_refused(tmp_path):
    model = keras.Sequential([keras.Input((4,)), keras.layers.Lambda(lambda t: t * 2)])
    path = tmp_path / "lambda.keras"
    model.save(path)
    with pytest.raises(ModelFileError, match="Lambda layer with Python code.*arbitrary code") as info:
        load_keras(path)
    assert "\n" not in str(info.value) and str(info.value).startswith("lambda.keras: ")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("random.keras", np.random.default_rng(0).bytes(4096), "not a Keras model file"),
        ("empty.keras", b"", "empty file"),
        ("old.h5", b"\x89HDF\r\n\x1a\n" + b"\0" * 64, "legacy HDF5"),
        ("notes.txt", b"hello", "not a Keras model file"),
    ],
)
def test_bad_files_are_refused_with_one_line(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=reason) as info:
        load_keras(path)
    assert "\n" not in str(info.value) and info.value.reason


def test_missing_file_folder_and_foreign_zip_are_refused(tmp_path):
    with pytest.raises(ModelFileError, match="file not found"):
        load_keras(tmp_path / "nope.keras")
    with pytest.raises(ModelFileError, match="is a folder"):
        load_keras(tmp_path)
    path = tmp_path / "photos.keras"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "not a model")
    with pytest.raises(ModelFileError, match="not a Keras model file|could not be loaded"):
        load_keras(path)


def test_unknown_custom_layer_is_named(tmp_path):
    class Mystery(keras.layers.Layer):
        def call(self, x):
            return x

    path = tmp_path / "custom.keras"
    keras.Sequential([keras.Input((4,)), Mystery()]).save(path)
    with pytest.raises(ModelFileError, match="custom layer or function 'Mystery'"):
        load_keras(path)


def test_every_builder_takes_one_options_object():
    """One signature for the five builders (house rule 5): a NetworkOptions, filled from the config in one place."""
    import importlib
    import inspect

    from fruitclassifier import architectures
    from fruitclassifier.config import TrainConfig
    from fruitclassifier.core.models.options import NetworkOptions

    for arch in architectures.TABLE:
        build = importlib.import_module(f"fruitclassifier.core.models.{arch.module}").build
        assert list(inspect.signature(build).parameters) == ["options"], arch.name
    config = TrainConfig(arch="vgg16", weights="imagenet", freeze_backbone=True, dropout=0.1, l2=1e-4, seed=3)
    options = NetworkOptions.for_config(config, num_classes=4, image_size=64)
    assert (options.num_classes, options.image_size, options.weights, options.freeze_backbone, options.dropout,
            options.l2, options.seed) == (4, 64, "imagenet", True, 0.1, 1e-4, 3)
