"""Command-line flags generated from the typed config, so the CLI, the GUI form and saved runs agree.

Below both faces (the Train page shows ``cli_command(config)``, the CLI parses with ``add_train_arguments``):
it reads only config.py.

Every TrainConfig field becomes ``--kebab-name`` (booleans get ``--no-…``
too); AugmentConfig fields become ``--augment-…`` and ``--augment`` alone
switches augmentation on. ``--config FILE`` starts from a saved run's config
(the ``config`` of a model's metadata.json, or a TOML/JSON file).
"""

from __future__ import annotations

import argparse
from dataclasses import fields
import json
from pathlib import Path
import shlex
import tomllib
from typing import Any

from fruitclassifier.config import AugmentConfig, ConfigError, TrainConfig

_POSITIONAL = {"data_dir"}
_SKIP = {"augment", "test_dir"}


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data_dir", nargs="?", help=_help(TrainConfig, "data_dir"))
    parser.add_argument("--config", metavar="FILE", help="start from a saved config (JSON, TOML or metadata.json)")
    parser.add_argument("--test-dir", dest="test_dir", default=None, help=_help(TrainConfig, "test_dir"))
    for f in fields(TrainConfig):
        if f.name not in _POSITIONAL | _SKIP:
            _add_field(parser, f, f.name)
    parser.add_argument("--augment", dest="augment_enabled", action="store_true", default=None,
                        help="switch augmentation on (see --augment-* to tune it)")
    for f in fields(AugmentConfig):
        if f.name != "enabled":
            _add_field(parser, f, f"augment_{f.name}")


def _add_field(parser: argparse.ArgumentParser, f: Any, dest: str) -> None:
    flag = "--" + dest.replace("_", "-")
    kwargs: dict[str, Any] = {"dest": dest, "default": None, "help": f.metadata.get("help", "")}
    if f.type in ("bool", bool):
        kwargs["action"] = argparse.BooleanOptionalAction
    else:
        kwargs["type"] = {"int": int, "float": float}.get(str(f.type), str)
        if "choices" in f.metadata:
            kwargs["choices"] = f.metadata["choices"]
    parser.add_argument(flag, **kwargs)


def _help(cls: type, name: str) -> str:
    return next(f.metadata.get("help", "") for f in fields(cls) if f.name == name)


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    """Merge: defaults ← --config file ← flags given on the command line."""
    if args.config:
        base = load_config_file(args.config)
    else:  # the architecture's own defaults (weights, size, learning rate), as in the GUI
        base = TrainConfig.for_arch(getattr(args, "arch", None) or TrainConfig().arch, getattr(args, "weights", None))
    changes = {f.name: getattr(args, f.name) for f in fields(TrainConfig)
               if f.name not in _SKIP and getattr(args, f.name, None) is not None}
    if args.test_dir is not None:
        changes["test_dir"] = args.test_dir
    augment = {f.name: getattr(args, f"augment_{f.name}") for f in fields(AugmentConfig)
               if getattr(args, f"augment_{f.name}", None) is not None}
    merged = base.to_dict()
    merged.update(changes)
    merged["augment"] = {**merged["augment"], **augment}
    return TrainConfig.from_dict(merged)


def load_config_file(path: str) -> TrainConfig:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
        raw = tomllib.loads(text) if file.suffix == ".toml" else json.loads(text)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None
    if "config" in raw and isinstance(raw["config"], dict):  # a model's metadata.json
        raw = raw["config"]
    return TrainConfig.from_dict(raw)


# --- the inverse: the command line that reproduces a config (the Train page shows it) ---------------


def cli_command(config: TrainConfig) -> str:
    """The ``fruitclassifier train`` command that trains with exactly these settings (non-defaults only)."""
    parts = ["fruitclassifier", "train", config.data_dir or "DATA_DIR"]
    default = TrainConfig.for_arch(config.arch, config.weights)  # what the CLI starts from for this arch
    if config.arch != TrainConfig().arch:
        parts += _flag("arch", config.arch)
    if config.weights != TrainConfig.for_arch(config.arch).weights:
        parts += _flag("weights", config.weights)
    for f in fields(TrainConfig):
        if f.name not in ("data_dir", "augment", "arch", "weights") and getattr(config, f.name) != getattr(
            default, f.name
        ):
            parts += _flag(f.name, getattr(config, f.name))
    if config.augment.enabled:
        parts.append("--augment")
    for f in fields(AugmentConfig):
        value = getattr(config.augment, f.name)
        if f.name != "enabled" and value != getattr(default.augment, f.name):
            parts += _flag(f"augment_{f.name}", value)
    return shlex.join(parts)


def _flag(name: str, value: Any) -> list[str]:
    flag = name.replace("_", "-")
    if isinstance(value, bool):
        return [f"--{flag}" if value else f"--no-{flag}"]
    return [f"--{flag}", repr(value) if isinstance(value, float) else str(value)]
