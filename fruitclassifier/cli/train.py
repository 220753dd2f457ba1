"""``train`` (one device, several devices or machines: distributed.py) and ``experiment`` (a TOML of runs)."""

from __future__ import annotations

import argparse
from typing import Any

from fruitclassifier.cli.args import check_paths
from fruitclassifier.cli.distributed import add_distributed_arguments, run_distributed, wants_distributed
from fruitclassifier.cli.output import chatty, print_json
from fruitclassifier.config_flags import add_train_arguments, config_from_args
from fruitclassifier.errors import UserError


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_train(sub, common)
    _add_experiment(sub, common)
    return {"train": _cmd_train, "experiment": _cmd_experiment}


def _add_train(sub: Any, common: argparse.ArgumentParser) -> None:
    train = sub.add_parser("train", parents=[common], help="train a model and save it in the library")
    add_train_arguments(train)
    train.add_argument("--resume", metavar="RUN", help="continue a stopped run (run id or model name)")
    train.add_argument("--json", action="store_true", help="print the saved model's metadata as JSON")
    add_distributed_arguments(train)


def _add_experiment(sub: Any, common: argparse.ArgumentParser) -> None:
    experiment = sub.add_parser("experiment", parents=[common], help="train, evaluate and report every run "
                                "of a TOML config")
    experiment.add_argument("config", help="e.g. training/configs/article.toml")
    experiment.add_argument("--out", metavar="DIR", help="report folder (default training/reports/<name>)")
    experiment.add_argument("--json", action="store_true", help="print the metrics and the report's path as JSON")


def _cmd_train(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    if args.resume:
        config = config if args.epochs is not None else None  # continue with the run's own settings
    else:
        check_paths(config.checked())  # before TensorFlow loads: a typo is said at once, not after seconds
    from fruitclassifier.cli.progress import TrainProgress
    from fruitclassifier.core.training.train import train

    with TrainProgress(enabled=chatty(args), event_lines=args.event_lines) as progress:
        if wants_distributed(args):
            if config is not None and config.backend == "torch":
                raise UserError("training on several devices or machines runs on TensorFlow only",
                                "drop --backend torch, or train on one device")
            return run_distributed(args, config, progress, print_json)
        info = train(config, on_event=progress.on_event, resume=args.resume)
    if args.json:
        print_json(info.metadata)
    else:
        print(info.name)
    return 0


def _cmd_experiment(args: argparse.Namespace) -> int:
    from fruitclassifier.cli.progress import TrainProgress
    from fruitclassifier.core.experiment import run_experiment

    with TrainProgress(enabled=chatty(args)) as progress:
        out = run_experiment(args.config, out_dir=args.out, on_event=progress.on_event)
    if args.json:
        print_json(out)
    else:
        print(f"Report written to {out['report']}")
    return 0
