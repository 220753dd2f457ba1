"""``fruitclassifier tune``: a hyper-parameter study (core/tuning) from the command line.

Three uses of one command: start or resume a study on a data folder; ``--worker`` joins a study another
terminal or machine started (same ``--storage`` and ``--study``: it reads the study's own settings);
``--stop`` asks every worker of a study to stop after its current epoch. A line a trial on stderr (with
the training's progress bar), ``--json`` prints the study's summary.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fruitclassifier.cli.args import check_paths
from fruitclassifier.cli.output import print_json
from fruitclassifier.config import SAMPLERS, TuneConfig, search_space
from fruitclassifier.config_flags import add_train_arguments, config_from_args
from fruitclassifier.errors import UserError


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_tune(sub, common)
    return {"tune": cmd_tune}


def _add_tune(sub: Any, common: argparse.ArgumentParser) -> None:
    tune = sub.add_parser("tune", parents=[common], help="search learning rate, dropout, L2 and augmentation "
                          "for the best validation accuracy (Optuna; workers on several machines share a study)")
    add_train_arguments(tune)  # DATA_DIR and every training flag: the settings each trial starts from
    tune.add_argument("--trials", type=int, help="trials the study should hold in all, every worker together "
                      "(default 10; a resumed study continues up to this number)")
    tune.add_argument("--timeout", type=float, metavar="SECONDS", help="start no new trial after this many "
                      "seconds (the running trial finishes; as Optuna's timeout; this worker only)")
    tune.add_argument("--epochs-per-trial", dest="epochs_per_trial", type=int, help="epochs each trial trains "
                      "(default 3; --epochs is ignored here)")
    tune.add_argument("--storage", metavar="PATH_OR_URL", help="journal file on a disk every worker sees, or a "
                      "database URL such as postgresql://user@host/db (default: a journal file in the app's "
                      "data folder)")
    tune.add_argument("--study", metavar="NAME", help="study name (default 'fruitclassifier')")
    tune.add_argument("--sampler", choices=SAMPLERS, help="tpe (Bayesian, default), gp (needs PyTorch and "
                      "SciPy: pip install 'fruitclassifier[gp]') or random")
    for searched in search_space():  # each TuneConfig range is a --search-NAME LOW:HIGH flag
        name = searched.name
        tune.add_argument(f"--search-{name.replace('_', '-')}", dest=f"search_{name}", metavar="LOW:HIGH",
                          help=f"{searched.help}: searched from LOW to HIGH; one value fixes it (default: "
                          f"{_default_range(name)})")
    tune.add_argument("--no-pruner", dest="pruner", action="store_false", default=True,
                      help="train every trial to its last epoch (default: stop trials trailing the median)")
    role = tune.add_mutually_exclusive_group()
    role.add_argument("--worker", action="store_true", help="join an existing study (no DATA_DIR: the study "
                      "keeps its settings; the data folder must be at the same path here)")
    role.add_argument("--stop", nargs="?", const="", metavar="STUDY", help="ask every worker of the study "
                      "(--study, or STUDY) to stop, then exit")
    tune.add_argument("--json", action="store_true", help="print the study's summary as JSON")


def cmd_tune(args: argparse.Namespace) -> int:
    storage = args.storage or ""
    if args.stop is not None:
        from fruitclassifier.core.tuning import request_stop

        study = args.stop or args.study or TuneConfig().study
        request_stop(storage, study)
        print(f"Asked every worker of study {study!r} to stop.", file=sys.stderr)
        return 0
    if args.timeout is not None and args.timeout <= 0:
        raise UserError(f"--timeout must be a number of seconds above 0, not {args.timeout:g}")
    config = _worker_config(args, storage) if args.worker else check_study_paths(_study_config(args))
    from fruitclassifier.core.tuning import tune  # after the checks: it loads Optuna (and TensorFlow, later)

    chatty = not (args.json or args.quiet)
    with _TuneProgress(chatty) as progress:
        summary = tune(config, on_event=progress.on_event, timeout_s=args.timeout)
    if args.json:
        print_json(summary.to_dict())
    else:
        _print_summary(summary)
    return 0


def _study_config(args: argparse.Namespace) -> TuneConfig:
    """The study's settings from the flags: the training flags make the base every trial starts from."""
    from fruitclassifier.core.tuning.space import fine_tune_range, learning_rate_range

    if not args.data_dir and not args.config:
        raise UserError("give the data folder to tune on (or --worker to join a study)")
    changes = {key: value for key, value in (("trials", args.trials), ("epochs_per_trial", args.epochs_per_trial),
                                              ("storage", args.storage), ("study", args.study),
                                              ("sampler", args.sampler)) if value is not None}
    base = config_from_args(args)
    config = TuneConfig(base=base, pruner=args.pruner, learning_rate=learning_rate_range(base.learning_rate),
                        fine_tune_layers=fine_tune_range(base.arch), **changes)
    return config.replace(**_searched_ranges(args, config))


def check_study_paths(config: TuneConfig) -> TuneConfig:
    """The base's folders exist: said in one line before Optuna and TensorFlow load."""
    check_paths(config.base)
    return config


def _default_range(name: str) -> str:
    if name == "learning_rate":
        return "a decade either side of the network's own"
    if name == "fine_tune_layers":
        return "0 up to the network's limit"
    low, high = getattr(TuneConfig(), name)
    return f"{low:g}:{high:g}"


def _searched_ranges(args: argparse.Namespace, config: TuneConfig) -> dict[str, tuple[float, float]]:
    """The ``--search-NAME`` flags as ranges; one that does not parse, or cannot apply, is the user's to fix."""
    ranges: dict[str, tuple[float, float]] = {}
    for searched in search_space():
        name = searched.name
        text = getattr(args, f"search_{name}", None)
        if text is None:
            continue
        flag = f"--search-{name.replace('_', '-')}"
        if not config.applies(name):
            raise UserError(f"{flag} applies only to a network with a pretrained backbone started from "
                            f"pretrained weights ({config.base.arch} with weights {config.base.weights or 'none'})")
        ranges[name] = _parse_range(flag, text, int if searched.whole else float)
    return ranges


def _parse_range(flag: str, text: str, kind: type) -> tuple[Any, Any]:
    """'LOW:HIGH' or one value (a fixed setting) -> (low, high); the limits are TuneConfig.validate's."""
    parts = text.split(":")
    try:
        if len(parts) not in (1, 2):
            raise ValueError
        low, high = kind(parts[0]), kind(parts[-1])
    except ValueError:
        raise UserError(f"{flag} takes LOW:HIGH or one value, such as 0.1:0.5, not {text!r}") from None
    if low > high:
        raise UserError(f"{flag}: LOW must not be above HIGH ({text})")
    return low, high


def _worker_config(args: argparse.Namespace, storage: str) -> TuneConfig:
    """A joining worker runs the study's own settings (its trial budget may be raised with --trials)."""
    from fruitclassifier.core.tuning import default_storage, study_config

    config = study_config(storage or default_storage(), args.study or TuneConfig().study)
    return config.replace(storage=storage, **({"trials": args.trials} if args.trials else {}))


def _print_summary(summary: Any) -> None:
    counts = ", ".join(f"{summary.count(s)} {s}" for s in ("complete", "pruned", "failed", "running")
                       if summary.count(s))
    print(f"Study {summary.study!r}: {len(summary.trials)} trials ({counts})")
    if summary.best_number is None:
        print("No trial completed yet.")
        return
    params = ", ".join(f"{k} {v:.3g}" for k, v in summary.best_params.items())
    print(f"Best: trial {summary.best_number}, validation accuracy {summary.best_value:.4f} ({params})")
    if summary.best_model:
        print(summary.best_model)


class _TuneProgress:
    """The training's own progress (progress.TrainProgress) plus a line a trial on stderr."""

    def __init__(self, enabled: bool) -> None:
        from fruitclassifier.cli.progress import TrainProgress

        self._enabled, self._train = enabled, TrainProgress(enabled=enabled)

    def __enter__(self) -> _TuneProgress:
        self._train.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._train.__exit__(*exc)

    def on_event(self, event: Any) -> None:
        from fruitclassifier.core.tuning.events import StudyOpened, TrialFinished, TrialStarted

        if isinstance(event, (StudyOpened, TrialStarted, TrialFinished)):
            if self._enabled:
                print(_describe(event), file=sys.stderr, flush=True)
        else:
            self._train.on_event(event)


def _describe(event: Any) -> str:
    from fruitclassifier.core.tuning.events import StudyOpened, TrialStarted

    if isinstance(event, StudyOpened):
        return f"Study {event.study!r} in {event.storage}: {event.trials_before} of {event.trials_wanted} trials so far"
    params = ", ".join(f"{k} {v:.3g}" for k, v in event.params.items())
    if isinstance(event, TrialStarted):
        return f"Trial {event.number}: {params}"
    score = f" {event.value:.4f}" if event.value is not None else ""
    why = f": {event.reason}" if event.reason else ""
    best = f" (best: trial {event.best_number}, {event.best_value:.4f})" if event.best_number is not None else ""
    return f"Trial {event.number} {event.state}{score}{why}{best}"
