"""The command line: the GUI's twin, calling the same core functions.

Human output by default, ``--json`` for machines, a progress bar on long work.
Exit codes: 0 success, 2 bad input (one line on stderr), 1 an unexpected
failure (one line on stderr; the traceback only with FRUITCLASSIFIER_DEBUG=1).
This module never imports the GUI: the ``gui`` command calls a runner that the entry point
(``fruitclassifier/__main__.py``) hands in, so the CLI stays usable where Qt is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from fruitclassifier import __version__
from fruitclassifier.cli_args import add_train_arguments, config_from_args

_STARTED = time.perf_counter()
# TensorFlow's C++ start-up chatter (CUDA probing on machines without a GPU) is noise to a user.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


from fruitclassifier.errors import UserError  # noqa: E402  (re-exported: the CLI's own bad-input errors)


GuiRunner = Callable[..., int]
_gui_runner: GuiRunner | None = None


def main(argv: Sequence[str] | None = None, gui_runner: GuiRunner | None = None) -> int:
    """Run one command; ``gui_runner(self_test=..., started_at=...)`` opens the window for ``gui``."""
    global _gui_runner
    _gui_runner = gui_runner or _gui_runner
    parser = build_parser()
    args = parser.parse_args(argv)
    command = getattr(args, "command", None) or "gui"
    try:
        return int(COMMANDS[command](args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into messages
        return _report_error(exc)


def _report_error(exc: Exception) -> int:
    """One line on stderr; exit 2 when the user can fix it, 1 for our bug (the rule is errors.is_user_error)."""
    from fruitclassifier.errors import is_user_error, user_message

    if os.environ.get("FRUITCLASSIFIER_DEBUG"):
        import traceback

        traceback.print_exc()
    print(f"fruitclassifier: {user_message(exc, 'set FRUITCLASSIFIER_DEBUG=1 for details')}", file=sys.stderr)
    return 2 if is_user_error(exc) else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fruitclassifier", description="Classify fruit photos; train and "
                                     "compare a custom CNN, VGG16 and ResNet50.")
    parser.add_argument("--version", action="version", version=f"fruitclassifier {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--self-test", action="store_true", help="open, classify the samples, print JSON, exit")

    train = sub.add_parser("train", help="train a model and save it in the library")
    add_train_arguments(train)
    train.add_argument("--resume", metavar="RUN", help="continue a stopped run (run id or model name)")
    train.add_argument("--json", action="store_true", help="print the saved model's metadata as JSON")

    predict = sub.add_parser("predict", help="classify images or folders")
    predict.add_argument("model", help="model name in the library, a model folder or a .keras file")
    predict.add_argument("paths", nargs="+", metavar="PATH")
    predict.add_argument("--top-k", type=int, default=3)
    predict.add_argument("--json", action="store_true")

    evaluate = sub.add_parser("evaluate", help="score a model on a labelled folder")
    evaluate.add_argument("model")
    evaluate.add_argument("test_dir")
    evaluate.add_argument("--json", action="store_true")

    compare = sub.add_parser("compare", help="score several models on one folder, side by side")
    compare.add_argument("models", nargs="+", metavar="MODEL")
    compare.add_argument("--data", required=True, metavar="TEST_DIR")
    compare.add_argument("--report", metavar="DIR", help="also write a report folder (Markdown, PNG, JSON)")
    compare.add_argument("--json", action="store_true")

    models = sub.add_parser("models", help="list the models in the library")
    models.add_argument("--json", action="store_true")

    runs = sub.add_parser("runs", help="list training runs (for --resume)")
    runs.add_argument("--json", action="store_true")

    teach = sub.add_parser("teach", help="teach a copy of a model your own photos (one folder per class)")
    teach.add_argument("model", help="model name in the library, or a model folder")
    teach.add_argument("photos_dir", help="one sub-folder of photos per class (existing or new class names)")
    teach.add_argument("--name", help="name of the new model (default: '<model> (taught <date>)')")
    teach.add_argument("--epochs", type=int, help="passes over your photos' features (default 60)")
    teach.add_argument("--replay", metavar="DIR", help="the model's training images, one folder per class "
                       "(needed for an imported model)")
    teach.add_argument("--json", action="store_true", help="print the new model's metadata as JSON")

    experiment = sub.add_parser("experiment", help="train, evaluate and report every run of a TOML config")
    experiment.add_argument("config", help="e.g. training/configs/article.toml")
    experiment.add_argument("--out", metavar="DIR", help="report folder (default training/reports/<name>)")
    experiment.add_argument("--json", action="store_true")
    return parser


def _cmd_gui(args: argparse.Namespace) -> int:
    if _gui_runner is None:
        raise UserError("the desktop app is not available here; run `python -m fruitclassifier` or use a "
                        "command such as `fruitclassifier predict`")
    return _gui_runner(self_test=getattr(args, "self_test", False), started_at=_STARTED)


def _cmd_train(args: argparse.Namespace) -> int:
    from fruitclassifier.core.training import train
    from fruitclassifier.progress import TrainProgress

    config = config_from_args(args)
    if args.resume:
        config = config if args.epochs is not None else None  # continue with the run's own settings
    else:
        config.checked()
    with TrainProgress(enabled=not args.json) as progress:
        info = train(config, on_event=progress.on_event, resume=args.resume)
    if args.json:
        _print_json(info.metadata)
    else:
        print(info.name)
    return 0


def _cmd_predict(args: argparse.Namespace) -> int:
    from fruitclassifier.core.inference import Classifier, expand_paths
    from fruitclassifier.progress import bar

    if args.top_k < 1:
        raise UserError("--top-k must be at least 1")
    classifier = Classifier.load(args.model)
    files = expand_paths(args.paths)
    if not files:
        raise UserError("no images found in the given paths")
    with bar(len(files), "Classifying", enabled=not args.json) as progress:
        preds = classifier.classify_paths(files, top_k=min(args.top_k, len(classifier.class_names)),
                                          on_result=lambda _: progress.update(1))
    if args.json:
        _print_json([p.to_dict() for p in preds])
    else:
        for pred in preds:
            print(_describe_prediction(pred))
    if not any(p.ok for p in preds):  # exit 2 says so on stderr too, like every other bad input
        raise UserError(f"none of the {len(preds)} file(s) could be classified ({preds[0].path}: {preds[0].error})")
    return 0


def _describe_prediction(pred: Any) -> str:
    if not pred.ok:
        return f"{pred.path}\terror: {pred.error}"
    tops = ", ".join(f"{label} {p:.1%}" for label, p in pred.top)
    flag = {"unknown": "not one of my fruits — closest: ", "unsure": "not sure — "}.get(pred.state, "")
    return f"{pred.path}\t{flag}{tops}"


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from fruitclassifier.core.evaluation import evaluate
    from fruitclassifier.core.inference import Classifier
    from fruitclassifier.progress import bar

    classifier = Classifier.load(args.model)
    with bar(None, "Evaluating", enabled=not args.json) as progress:
        result = evaluate(classifier, args.test_dir, on_progress=progress.set_progress)
    if args.json:
        out = result.to_dict()
        out.pop("predictions")
        _print_json(out)
    else:
        print(f"{classifier.name} on {args.test_dir}: accuracy {result.accuracy:.4f}, macro-F1 "
              f"{result.macro_f1:.4f}, {result.n} images, {result.ms_per_image:.2f} ms/image")
        for line in result.skipped[:10]:
            print(f"  skipped {line}")
    return 0


def _cmd_compare(args: argparse.Namespace) -> int:
    from fruitclassifier.core.evaluation import compare
    from fruitclassifier.core.report import comparison_rows, format_table, write_comparison_report
    from fruitclassifier.core.store import find_model
    from fruitclassifier.core.verdict import verdict
    from fruitclassifier.progress import bar

    if len(args.models) < 2:
        raise UserError("compare needs at least two models")
    infos = [find_model(m) for m in args.models]
    with bar(None, "Comparing", enabled=not args.json) as progress:
        results = compare([i.path for i in infos], args.data,
                          on_progress=lambda name, d, t: progress.set_progress(d, t, name))
    rows = comparison_rows(infos, results)
    summary = verdict(rows)
    if args.report:
        write_comparison_report(args.report, infos, results, notes=summary)
    if args.json:
        _print_json({"models": rows, "verdict": summary, "results": [_compact(r.to_dict()) for r in results]})
    else:
        print(format_table(rows))
        print(f"\n{summary}")
        if args.report:
            print(f"Report written to {args.report}")
    return 0


def _compact(result: dict) -> dict:
    result.pop("predictions", None)
    return result


def _cmd_models(args: argparse.Namespace) -> int:
    from fruitclassifier.core.store import list_models

    models = list_models()
    if args.json:
        _print_json([m.to_dict() for m in models])
        return 0
    if not models:
        print("No models yet. Train one with `fruitclassifier train DATA_DIR`.")
    for m in models:
        acc = f"{m.accuracy:.2%}" if m.accuracy is not None else "—"
        kind = "bundled" if m.bundled else "mine"
        print(f"{m.name}\t{m.arch}\t{len(m.class_names)} classes\t{m.image_size}px\t{acc}\t{kind}")
    for m in list_models(include_broken=True):  # said on stderr, so scripts reading the list are unaffected
        if m.error is not None:
            print(f"{m.name}\tcannot be opened: {m.problem} ({m.path})", file=sys.stderr)
    return 0


def _cmd_runs(args: argparse.Namespace) -> int:
    from fruitclassifier.core.runs import list_runs

    runs = list_runs()
    if args.json:
        _print_json(runs)
        return 0
    for r in runs:
        flag = "resumable" if r["resumable"] else r.get("status", "")
        print(f"{r['run_id']}\t{r['config']['arch']}\tepoch {r['epochs_done']}/{r['config']['epochs']}\t{flag}")
    return 0


def _cmd_teach(args: argparse.Namespace) -> int:
    from fruitclassifier.core.events import Event, Progress
    from fruitclassifier.core.teach.run import TeachOptions, teach
    from fruitclassifier.progress import TrainProgress, bar

    if args.epochs is not None and args.epochs < 1:
        raise UserError("--epochs must be at least 1")
    options = TeachOptions(name=args.name or "", replay_dir=args.replay or "",
                           **({"epochs": args.epochs} if args.epochs else {}))
    views: list = []  # the features bar, opened at the first progress event (none before a refusal)

    def on_event(event: Event) -> None:
        if not isinstance(event, Progress):
            return progress.on_event(event)
        if not views:
            views.append(bar(event.total, "Looking at your photos", enabled=not args.json))
        views[0].set_progress(event.done, event.total)

    with TrainProgress(enabled=not args.json) as progress:
        try:
            info = teach(args.model, args.photos_dir, options, on_event=on_event)
        finally:
            for view in views:
                view.__exit__(None, None, None)
    if args.json:
        _print_json(info.metadata)
    else:
        print(info.name)
    return 0


def _cmd_experiment(args: argparse.Namespace) -> int:
    from fruitclassifier.core.experiment import run_experiment
    from fruitclassifier.progress import TrainProgress

    with TrainProgress(enabled=not args.json) as progress:
        out = run_experiment(args.config, out_dir=args.out, on_event=progress.on_event)
    if args.json:
        _print_json(out)
    return 0


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


COMMANDS = {
    "gui": _cmd_gui,
    "train": _cmd_train,
    "predict": _cmd_predict,
    "evaluate": _cmd_evaluate,
    "compare": _cmd_compare,
    "models": _cmd_models,
    "runs": _cmd_runs,
    "experiment": _cmd_experiment,
    "teach": _cmd_teach,
}
