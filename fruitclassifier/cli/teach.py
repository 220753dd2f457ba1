"""``teach``: a copy of a model that has learnt the user's photos (one folder per class)."""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Any

from fruitclassifier.cli.output import chatty, print_json
from fruitclassifier.config import BACKENDS
from fruitclassifier.errors import UserError


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_teach(sub, common)
    return {"teach": _cmd_teach}


def _add_teach(sub: Any, common: argparse.ArgumentParser) -> None:
    teach = sub.add_parser("teach", parents=[common], help="teach a copy of a model your own photos (one "
                           "folder per class)")
    teach.add_argument("model", help="model name in the library, or a model folder")
    teach.add_argument("photos_dir", help="one sub-folder of photos per class (existing or new class names)")
    teach.add_argument("--name", help="name of the new model (default: '<model> (taught <date>)')")
    teach.add_argument("--epochs", type=int, help="passes over your photos' features (default 60)")
    teach.add_argument("--top-passes", type=int, metavar="N", help="then passes that fine-tune the top of the "
                       "network where it allows (default 8; 0: the head only, quicker)")
    teach.add_argument("--replay", metavar="DIR", help="the model's training images, one folder per class "
                       "(needed for an imported model)")
    teach.add_argument("--backend", choices=BACKENDS, default=None,
                       help="Keras backend to teach on (default auto: PyTorch where it sees a GPU and TensorFlow "
                       "does not, as train does); on another one than this process's it runs in a child process")
    teach.add_argument("--json", action="store_true", help="print the new model's metadata as JSON")
    teach.add_argument("--event-lines", action="store_true", help="also print every teaching event as a JSON "
                       "line on stderr (core/event_lines.py), for a program that draws the run")
    teach.add_argument("--options", metavar="FILE", help=argparse.SUPPRESS)  # TeachOptions as JSON (a child run)


def _cmd_teach(args: argparse.Namespace) -> int:
    from fruitclassifier.cli.progress import TrainProgress, bar
    from fruitclassifier.core.events import Event, Progress
    from fruitclassifier.core.teach.run import TeachOptions, teach

    if args.epochs is not None and args.epochs < 1:
        raise UserError("--epochs must be at least 1")
    if args.top_passes is not None and args.top_passes < 0:
        raise UserError("--top-passes must be 0 or more")
    given = {"name": args.name, "replay_dir": args.replay, "epochs": args.epochs, "tune_epochs": args.top_passes,
             "backend": args.backend}
    options = dataclasses.replace(_options_file(args.options, TeachOptions),
                                  **{key: value for key, value in given.items() if value is not None})
    views: list = []  # the features bar, opened at the first progress event (none before a refusal)

    def on_event(event: Event) -> None:
        if not isinstance(event, Progress) or args.event_lines:
            progress.on_event(event)  # the features' progress goes as a line too, not as a bar
        if not isinstance(event, Progress) or not chatty(args):
            return
        if not views:
            views.append(bar(event.total, "Looking at your photos", enabled=chatty(args)))
        views[0].set_progress(event.done, event.total)

    with TrainProgress(enabled=chatty(args), event_lines=args.event_lines) as progress:
        try:
            info = teach(args.model, args.photos_dir, options, on_event=on_event)
        finally:
            for view in views:
                view.__exit__(None, None, None)
    if args.json:
        print_json(info.metadata)
    else:
        print(info.name)
    return 0


def _options_file(path: str | None, kind: type) -> Any:
    """The TeachOptions a parent process wrote for its child run (core/teach/run.py), or the defaults."""
    if not path:
        return kind()
    try:
        raw = json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read the teaching options {path}: {exc}") from None
    known = {field.name for field in dataclasses.fields(kind)}
    return kind(**{key: value for key, value in raw.items() if key in known})
