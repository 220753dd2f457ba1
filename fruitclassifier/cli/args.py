"""Arguments and checks several commands share: a model made elsewhere (--labels, --scaling) and the paths a
training run names, checked before anything slow loads."""

from __future__ import annotations

import argparse
from pathlib import Path

from fruitclassifier.config import TrainConfig


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """--labels and --scaling, for a model file made elsewhere (core/importers)."""
    parser.add_argument("--labels", metavar="FILE", help="class names: labels.txt ('0 Name' or one a line) or a "
                        "JSON list (default: labels.txt beside the model)")
    parser.add_argument("--scaling", choices=("0-1", "0-255", "-1-1", "caffe"), help="the pixel scaling the "
                        "model expects, where the file does not say (Teachable Machine: -1-1)")


def check_paths(config: TrainConfig) -> TrainConfig:
    """The data and test folders exist and are folders, and a .pth weights file is a plain state dict: said in
    one line before anything slow loads."""
    from fruitclassifier.core.data.folders import check_folder
    from fruitclassifier.core.models.pytorch_legacy import check_weights_file

    for folder in (config.data_dir, config.test_dir):
        if folder:
            check_folder(Path(folder).expanduser())
    check_weights_file(config.weights)  # a doctored .pth is refused before anything slow loads (nothing of it runs)
    return config
