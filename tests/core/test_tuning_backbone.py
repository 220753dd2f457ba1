"""How many backbone layers train, searched by a study (issue 16): only from pretrained weights, within the
limit the architecture table gives each network; and one real VGG16 trial from a weights file made here."""

from __future__ import annotations

import optuna
import pytest

from fruitclassifier import architectures
from fruitclassifier.config import TrainConfig, TuneConfig
from fruitclassifier.core.tuning import tune
from fruitclassifier.core.tuning.run import trial_config, trial_settings
from fruitclassifier.core.tuning.space import default_study

SIZE = 32


@pytest.fixture
def vgg_weights(tmp_path) -> str:
    """VGG16 backbone weights saved as a file: 'pretrained' without downloading ImageNet's."""
    import keras

    backbone = keras.applications.VGG16(include_top=False, weights=None, input_shape=(SIZE, SIZE, 3))
    path = tmp_path / "vgg16_notop.weights.h5"
    backbone.save_weights(path)
    return str(path)


def test_default_range_comes_from_the_architecture_table():
    assert default_study("vgg16").fine_tune_layers == (0, architectures.get("vgg16").fine_tune_max) == (0, 8)
    assert default_study("resnet50").fine_tune_layers == (0, 32)
    assert default_study("compact_cnn").fine_tune_layers == (0, 0)
    assert default_study("vgg16").applies("fine_tune_layers")  # ImageNet weights by default
    assert not default_study("vgg16", weights="none").applies("fine_tune_layers")
    assert not default_study("compact_cnn").applies("fine_tune_layers")


def test_range_is_checked_against_the_network_limit_and_round_trips(vgg_weights):
    base = TrainConfig(data_dir="x", arch="vgg16", weights=vgg_weights)
    wide = TuneConfig(base=base, fine_tune_layers=(0, 9))
    assert any("fine_tune_layers: range must lie in [0, 8]" in p for p in wide.validate())
    assert not TuneConfig(base=base.replace(weights="none"), fine_tune_layers=(0, 9)).validate()  # not searched
    good = TuneConfig(base=base, fine_tune_layers=(2, 6))
    assert not good.validate()
    again = TuneConfig.from_dict(good.to_dict())
    assert again == good and all(isinstance(end, int) for end in again.fine_tune_layers)


def _sampled(config: TuneConfig, n: int = 12) -> list[dict]:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=3), direction="maximize")
    return [trial_settings(study.ask(), config) for _ in range(n)]


def test_layers_are_sampled_only_from_pretrained_weights(vgg_weights):
    base = TrainConfig(data_dir="x", arch="vgg16", weights=vgg_weights, freeze_backbone=False)
    config = TuneConfig(base=base, fine_tune_layers=(0, 8))
    layers = [s["fine_tune_layers"] for s in _sampled(config)]
    assert all(isinstance(n, int) and 0 <= n <= 8 for n in layers) and len(set(layers)) > 3
    trained = trial_config(config, {**_sampled(config, 1)[0], "fine_tune_layers": 5}, 0)
    assert (trained.freeze_backbone, trained.fine_tune_layers) == (True, 5)
    assert _sampled(config.replace(fine_tune_layers=(4, 4)), 1)[0]["fine_tune_layers"] == 4  # fixed
    scratch = config.replace(base=base.replace(weights="none", freeze_backbone=True, fine_tune_layers=3))
    assert all("fine_tune_layers" not in s for s in _sampled(scratch, 3))
    whole = trial_config(scratch, _sampled(scratch, 1)[0], 0)
    assert (whole.freeze_backbone, whole.fine_tune_layers) == (False, 0)  # a random backbone trains whole


@pytest.mark.slow
def test_a_real_vgg16_trial_trains_the_layers_it_drew(tiny_folder, tmp_path, vgg_weights):
    from fruitclassifier.core.models.registry import load_keras
    from fruitclassifier.core.store import find_model

    base = TrainConfig(data_dir=str(tiny_folder), arch="vgg16", weights=vgg_weights, image_size=SIZE,
                       batch_size=12, open_set=False, mixed_precision=False)
    config = TuneConfig(base=base, trials=1, epochs_per_trial=1, augment_strength=(0.0, 0.0), pruner=False,
                        fine_tune_layers=(1, 8), storage=str(tmp_path / "s.journal"), study="vgg")
    summary = tune(config)
    drawn = summary.best_params["fine_tune_layers"]
    assert 1 <= drawn <= 8
    info = find_model(summary.best_model)
    assert (info.metadata["config"]["freeze_backbone"], info.metadata["config"]["fine_tune_layers"]) == (True, drawn)
    model = load_keras(info.model_file)
    body = [layer for layer in model.layers if layer.name.startswith("block")]
    trainable = [layer.name for layer in body if layer.trainable]
    assert trainable == [layer.name for layer in body[len(body) - drawn:]]
