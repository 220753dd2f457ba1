"""The typed config: validation, round trips, TOML experiments, CLI flags generated from it."""

import pytest

from fruitclassifier.cli import build_parser
from fruitclassifier.config import ConfigError, ExperimentConfig, TrainConfig
from fruitclassifier.config_flags import config_from_args


def test_defaults_are_valid_and_round_trip():
    config = TrainConfig(data_dir="x")
    assert config.validate() == []
    assert TrainConfig.from_dict(config.to_dict()) == config


def test_invalid_values_are_named():
    problems = TrainConfig(arch="alexnet", epochs=0, val_split=1.5).validate()
    text = " ".join(problems)
    assert "arch" in text and "epochs" in text and "val_split" in text
    with pytest.raises(ConfigError, match="epochs"):
        TrainConfig(epochs=0).checked()


def test_unknown_keys_are_refused():
    with pytest.raises(ConfigError, match="bogus"):
        TrainConfig.from_dict({"bogus": 1})


def test_architecture_default_image_sizes():
    assert TrainConfig(arch="custom_cnn").resolved_image_size() == 100
    assert TrainConfig(arch="resnet50", image_size=48).resolved_image_size() == 48


def test_cli_flags_come_from_the_config():
    args = build_parser().parse_args(
        ["train", "data", "--arch", "vgg16", "--epochs", "3", "--freeze-backbone", "--augment",
         "--augment-rotation", "0.2", "--learning-rate", "0.01"])
    config = config_from_args(args)
    assert (config.arch, config.epochs, config.freeze_backbone) == ("vgg16", 3, True)
    assert config.augment.enabled and config.augment.rotation == 0.2
    assert config.learning_rate == 0.01 and config.data_dir == "data"


def test_saved_config_file_reproduces_a_run(tmp_path):
    saved = TrainConfig(data_dir="d", arch="resnet50", epochs=7, seed=3)
    path = tmp_path / "metadata.json"
    import json

    path.write_text(json.dumps({"config": saved.to_dict(), "name": "m"}))
    args = build_parser().parse_args(["train", "--config", str(path), "--epochs", "9"])
    assert config_from_args(args) == saved.replace(epochs=9)


def test_experiment_toml(tmp_path):
    (tmp_path / "exp.toml").write_text(
        'name = "demo"\ntest_dir = "data/Test"\n[defaults]\ndata_dir = "data/Training"\nepochs = 2\n'
        '[defaults.augment]\nenabled = true\n[[run]]\narch = "custom_cnn"\n[[run]]\narch = "vgg16"\n'
        'image_size = 32\n[run.augment]\nrotation = 0.0\n')
    exp = ExperimentConfig.load(tmp_path / "exp.toml")
    assert [r.arch for r in exp.runs] == ["custom_cnn", "vgg16"]
    assert exp.runs[1].augment.enabled and exp.runs[1].augment.rotation == 0.0
    assert exp.runs[0].data_dir == str((tmp_path / "data/Training").resolve())


def test_the_search_space_is_described_once_and_every_face_reads_it():
    """TuneConfig's fields are the one description: validation, the CLI's flags and the form's limits agree."""
    from fruitclassifier.cli import build_parser
    from fruitclassifier.config import TuneConfig, search_space

    space = {s.name: s for s in search_space()}
    assert set(space) == {"learning_rate", "dropout", "l2", "augment_strength", "fine_tune_layers"}
    assert space["learning_rate"].log and space["l2"].log and not space["dropout"].log
    assert space["fine_tune_layers"].whole and space["fine_tune_layers"].cast([1.0, 3.0]) == (1, 3)
    assert any("dropout: range must lie in [0.0, 0.95]" in p for p in TuneConfig(dropout=(0.0, 0.99)).validate())
    help_text = build_parser().format_help() + "".join(
        a.format_help() for a in build_parser()._subparsers._group_actions[0].choices.values())
    for searched in search_space():
        assert f"--search-{searched.name.replace('_', '-')}" in help_text
