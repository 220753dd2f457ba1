"""The command line: the GUI's twin, calling the same core functions.

Human output by default, ``--json`` for machines, a progress bar on long work.
Exit codes (EXIT_CODES, shown by --help): 0 success, 2 bad input (one line on stderr), 1 an unexpected
failure (one line on stderr; the traceback only with --verbose or FRUITCLASSIFIER_DEBUG=1), 3 when predict
could read some files but not all. The Models page's twins (info, export, rename, delete) and the library
listings live in cli_library.py.
This module never imports the GUI: the ``gui`` command calls a runner that the entry point
(``fruitclassifier/__main__.py``) hands in, so the CLI stays usable where Qt is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from fruitclassifier import __version__, architectures
from fruitclassifier.cli_args import add_train_arguments, check_paths, config_from_args
from fruitclassifier.cli_distributed import add_distributed_arguments, run_distributed, wants_distributed
from fruitclassifier.cli_library import LIBRARY_COMMANDS, add_library_parsers, add_runs_actions
from fruitclassifier.cli_library import print_json as _print_json
from fruitclassifier.cli_tune import TUNE_COMMANDS, add_tune_parser
from fruitclassifier.progress import report_error

from fruitclassifier.errors import UserError  # (re-exported: the CLI's own bad-input errors)
from fruitclassifier.tf_import import quiet_tensorflow_import

_STARTED = time.perf_counter()


GuiRunner = Callable[..., int]
_gui_runner: GuiRunner | None = None


def main(argv: Sequence[str] | None = None, gui_runner: GuiRunner | None = None) -> int:
    """Run one command; ``gui_runner(self_test=..., started_at=...)`` opens the window for ``gui``."""
    global _gui_runner
    _gui_runner = gui_runner or _gui_runner
    quiet_tensorflow_import()  # TensorFlow's C++ start-up chatter (CUDA probing, oneDNN) is noise to a user
    parser = build_parser()
    args = parser.parse_args(global_flags_after_command(list(sys.argv[1:] if argv is None else argv)))
    command = getattr(args, "command", None) or "gui"
    try:
        code = int(COMMANDS[command](args) or 0)
        sys.stdout.flush()  # here, so a reader that went away (`| head -1`) is met inside the try
        return code
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into messages
        return report_error(exc, getattr(args, "verbose", False))


#: Flags every command takes (or most: --json), accepted before the command's name too: `fruitclassifier -q models`.
GLOBAL_FLAGS = ("-q", "--quiet", "-v", "--verbose", "--json", "--jsonl")


def global_flags_after_command(argv: list[str]) -> list[str]:
    """Move GLOBAL_FLAGS given before the command to just after its name (argparse takes a subcommand's
    options only after it); with no command, they go to the default one, gui."""
    lead = 0
    while lead < len(argv) and argv[lead] in GLOBAL_FLAGS:
        lead += 1
    if lead == 0:
        return argv
    rest = argv[lead:]
    if rest and rest[0] in COMMANDS:
        return [rest[0], *argv[:lead], *rest[1:]]
    if not rest:
        return ["gui", *argv[:lead]]
    return argv  # --help, --version or a typo: argparse says what it makes of it


def _reader_gone() -> int:
    """The reader of stdout closed it (`predict ... | head -1`): that ends the command, quietly and with 0 (the
    reader had what it wanted). stdout goes to devnull so the interpreter's flush at exit fails no more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


EXIT_CODES = """exit codes:
  0    success
  1    an unexpected failure: one line on stderr (--verbose or FRUITCLASSIFIER_DEBUG=1: the traceback)
  2    bad input, said in one line on stderr (predict: no file could be classified)
  3    predict: some files could not be read while the others were classified
  130  interrupted (Ctrl-C)
"""


def build_parser() -> argparse.ArgumentParser:
    """One small function a command (below), so each command's arguments read on their own."""
    networks = ", ".join(arch.short_title for arch in architectures.TABLE)  # the table: every network, always
    parser = argparse.ArgumentParser(prog="fruitclassifier", description=f"Classify fruit photos; train and "
                                     f"compare {networks}. No command opens the app.",
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"fruitclassifier {__version__}",
                        help="print the version and exit")
    for flags, text in ((("-q", "--quiet"), "(also after the command) results and errors only"),
                        (("-v", "--verbose"), "(also after the command) tracebacks of unexpected failures"),
                        (("--json",), "(also after the command) output as JSON, where the command has it")):
        parser.add_argument(*flags, action="store_true", dest=f"_{flags[-1][2:]}_before", help=text)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", help="what to do (default: gui)")
    common = _common_options()
    for add in (_add_gui, _add_train, _add_predict, _add_evaluate, _add_import, _add_compare, _add_models,
                _add_runs, _add_teach, _add_experiment):
        add(sub, common)
    add_library_parsers(sub, common)
    add_tune_parser(sub, common)
    return parser


def _common_options() -> argparse.ArgumentParser:
    """--quiet/--verbose, given to every command (after its name: `fruitclassifier predict -q ...`)."""
    common = argparse.ArgumentParser(add_help=False)
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress bars, epoch lines or notes on "
                       "stderr: results and errors only")
    noise.add_argument("-v", "--verbose", action="store_true", help="on an unexpected failure, print the "
                       "traceback too (as FRUITCLASSIFIER_DEBUG=1 does)")
    return common


def _chatty(args: argparse.Namespace) -> bool:
    """Progress bars and notes on stderr: not under --json/--jsonl (a reader wants data) nor --quiet."""
    return not (getattr(args, "json", False) or getattr(args, "jsonl", False) or getattr(args, "quiet", False))


def _add_gui(sub: Any, common: argparse.ArgumentParser) -> None:
    gui = sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    gui.add_argument("--self-test", action="store_true", help="open, classify the samples, print JSON, exit")
    gui.add_argument("files", nargs="*", metavar="FILE", help="photos or folders to classify as the window opens "
                     "(what the desktop's 'Open With' passes)")


def _add_train(sub: Any, common: argparse.ArgumentParser) -> None:
    train = sub.add_parser("train", parents=[common], help="train a model and save it in the library")
    add_train_arguments(train)
    train.add_argument("--resume", metavar="RUN", help="continue a stopped run (run id or model name)")
    train.add_argument("--json", action="store_true", help="print the saved model's metadata as JSON")
    add_distributed_arguments(train)


def _add_predict(sub: Any, common: argparse.ArgumentParser) -> None:
    predict = sub.add_parser("predict", parents=[common], help="classify images or folders",
                             epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    predict.add_argument("model", help="model name in the library, a model folder, or a model file "
                         "(.keras, .h5, .tflite, SavedModel folder: used without saving it)")
    predict.add_argument("paths", nargs="+", metavar="PATH", help="photos, or folders searched for photos")
    predict.add_argument("--top-k", type=int, default=3, help="labels shown for each photo (default 3)")
    predict.add_argument("--refuse", choices=("rarely", "balanced", "readily"), default="balanced",
                         help="how readily to answer 'not one of my fruits' (default balanced; the levels a model "
                         "measured are in `info`, a model without them keeps its one threshold)")
    _add_import_options(predict)
    out = predict.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print every answer as one JSON list at the end")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object a line, each photo as soon "
                     "as it is answered")


def _add_evaluate(sub: Any, common: argparse.ArgumentParser) -> None:
    evaluate = sub.add_parser("evaluate", parents=[common], help="score a model on a labelled folder")
    evaluate.add_argument("model", help="model name, model folder or model file (as for predict)")
    evaluate.add_argument("test_dir", help="one sub-folder of photos per class, named as the model's classes")
    _add_import_options(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")


def _add_import(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help="add a model made elsewhere to the library (.keras, "
                         ".h5, .tflite, SavedModel folder, Teachable Machine export)")
    imp.add_argument("path", metavar="PATH", help="the model file or SavedModel folder")
    _add_import_options(imp)
    imp.add_argument("--name", help="name in the library (default: the file's or folder's name)")
    imp.add_argument("--json", action="store_true", help="print the stored model's metadata as JSON")


def _add_compare(sub: Any, common: argparse.ArgumentParser) -> None:
    compare = sub.add_parser("compare", parents=[common], help="score several models on one folder, side by side")
    compare.add_argument("models", nargs="+", metavar="MODEL", help="two or more models (names, folders or "
                         "model files)")
    compare.add_argument("--data", required=True, metavar="TEST_DIR", help="the labelled folder they are scored "
                         "on (one sub-folder per class)")
    compare.add_argument("--report", metavar="DIR", help="also write a report folder (Markdown, PNG, JSON)")
    compare.add_argument("--json", action="store_true", help="print the table, verdict and scores as JSON")


def _add_models(sub: Any, common: argparse.ArgumentParser) -> None:
    models = sub.add_parser("models", parents=[common], help="list the models in the library")
    models.add_argument("--json", action="store_true", help="print the list as JSON")


def _add_runs(sub: Any, common: argparse.ArgumentParser) -> None:
    runs = sub.add_parser("runs", parents=[common], help="list training runs (for --resume); prune or delete them")
    runs.add_argument("--json", action="store_true", help="print the list as JSON")
    add_runs_actions(runs, common)


def _add_teach(sub: Any, common: argparse.ArgumentParser) -> None:
    teach = sub.add_parser("teach", parents=[common], help="teach a copy of a model your own photos (one "
                           "folder per class)")
    teach.add_argument("model", help="model name in the library, or a model folder")
    teach.add_argument("photos_dir", help="one sub-folder of photos per class (existing or new class names)")
    teach.add_argument("--name", help="name of the new model (default: '<model> (taught <date>)')")
    teach.add_argument("--epochs", type=int, help="passes over your photos' features (default 60)")
    teach.add_argument("--replay", metavar="DIR", help="the model's training images, one folder per class "
                       "(needed for an imported model)")
    teach.add_argument("--json", action="store_true", help="print the new model's metadata as JSON")


def _add_experiment(sub: Any, common: argparse.ArgumentParser) -> None:
    experiment = sub.add_parser("experiment", parents=[common], help="train, evaluate and report every run "
                                "of a TOML config")
    experiment.add_argument("config", help="e.g. training/configs/article.toml")
    experiment.add_argument("--out", metavar="DIR", help="report folder (default training/reports/<name>)")
    experiment.add_argument("--json", action="store_true", help="print the metrics and the report's path as JSON")


def _add_import_options(parser: argparse.ArgumentParser) -> None:
    """--labels and --scaling, for a model file made elsewhere (core/importers)."""
    parser.add_argument("--labels", metavar="FILE", help="class names: labels.txt ('0 Name' or one a line) or a "
                        "JSON list (default: labels.txt beside the model)")
    parser.add_argument("--scaling", choices=("0-1", "0-255", "-1-1", "caffe"), help="the pixel scaling the "
                        "model expects, where the file does not say (Teachable Machine: -1-1)")


def _cmd_import(args: argparse.Namespace) -> int:
    from fruitclassifier.core.importers.prepare import import_model

    info = import_model(args.path, args.labels, args.scaling, args.name)
    if args.json:
        _print_json(info.to_dict())
    else:
        source = info.metadata.get("source", {})
        print(f"{info.name}\t{source.get('format')}\t{len(info.class_names)} classes\t{info.image_size}px\t"
              f"scaling {source.get('scaling')} ({source.get('scaling_from')})")
        for note in source.get("repairs", []):
            print(f"  note: {note}", file=sys.stderr)
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    if _gui_runner is None:
        raise UserError("the desktop app is not available here; run `python -m fruitclassifier` or use a "
                        "command such as `fruitclassifier predict`")
    files = getattr(args, "files", None) or []
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise UserError(f"no such file or folder: {missing[0]}", "check the path, then open it again")
    extra = {"files": [os.path.abspath(f) for f in files]} if files else {}
    return _gui_runner(self_test=getattr(args, "self_test", False), started_at=_STARTED, **extra)


def _cmd_train(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    if args.resume:
        config = config if args.epochs is not None else None  # continue with the run's own settings
    else:
        check_paths(config.checked())  # before TensorFlow loads: a typo is said at once, not after seconds
    from fruitclassifier.core.training.train import train
    from fruitclassifier.progress import TrainProgress

    with TrainProgress(enabled=_chatty(args), event_lines=args.event_lines) as progress:
        if wants_distributed(args):
            return run_distributed(args, config, progress, _print_json)
        info = train(config, on_event=progress.on_event, resume=args.resume)
    if args.json:
        _print_json(info.metadata)
    else:
        print(info.name)
    return 0


def _cmd_predict(args: argparse.Namespace) -> int:
    from fruitclassifier.core.importers.prepare import load_classifier
    from fruitclassifier.core.inference.classifier import expand_paths
    from fruitclassifier.progress import bar

    if args.top_k < 1:
        raise UserError("--top-k must be at least 1")
    classifier = load_classifier(args.model, args.labels, args.scaling)
    classifier.set_refusal(args.refuse)
    files = expand_paths(args.paths)
    if not files:
        raise UserError("no images found in the given paths")
    top_k = min(args.top_k, len(classifier.class_names))
    with bar(len(files), "Classifying", enabled=_chatty(args)) as progress:
        def on_result(pred: Any) -> None:
            progress.update(1)
            if args.jsonl:  # one line a photo, flushed: a reader sees each answer as it comes
                print(json.dumps(pred.to_dict(), default=str), flush=True)

        preds = classifier.classify_paths(files, top_k=top_k, on_result=on_result)
    if args.json:
        _print_json([p.to_dict() for p in preds])
    elif not args.jsonl:
        for pred in preds:
            print(_describe_prediction(pred))
    return _predict_status(preds, quiet=args.quiet)


def _predict_status(preds: list, quiet: bool) -> int:
    """0 all answered; 3 some files unreadable (said on stderr); none answered is bad input (exit 2)."""
    failed = [p for p in preds if not p.ok]
    if len(failed) == len(preds):
        raise UserError(f"none of the {len(preds)} file(s) could be classified ({preds[0].path}: {preds[0].error})")
    if failed and not quiet:
        print(f"fruitclassifier: {len(failed)} of {len(preds)} file(s) could not be read (exit code 3)",
              file=sys.stderr)
    return 3 if failed else 0


def _describe_prediction(pred: Any) -> str:
    if not pred.ok:
        return f"{pred.path}\terror: {pred.error}"
    from fruitclassifier.core.inference.display_names import display_name

    tops = ", ".join(f"{display_name(label)} {p:.1%}" for label, p in pred.top)
    flag = {"unknown": "not one of my fruits — closest: ", "unsure": "not sure — "}.get(pred.state, "")
    return f"{pred.path}\t{flag}{tops}"


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from fruitclassifier.core.evaluation.metrics import evaluate
    from fruitclassifier.core.importers.prepare import load_classifier
    from fruitclassifier.progress import bar

    classifier = load_classifier(args.model, args.labels, args.scaling)
    with bar(None, "Evaluating", enabled=_chatty(args)) as progress:
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
    from fruitclassifier.core.evaluation.metrics import compare
    from fruitclassifier.core.evaluation.report import comparison_rows, format_table, write_comparison_report
    from fruitclassifier.core.store import find_model
    from fruitclassifier.core.evaluation.verdict import verdict
    from fruitclassifier.progress import bar

    if len(args.models) < 2:
        raise UserError("compare needs at least two models")
    infos = [find_model(m) for m in args.models]
    with bar(None, "Comparing", enabled=_chatty(args)) as progress:
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
            views.append(bar(event.total, "Looking at your photos", enabled=_chatty(args)))
        views[0].set_progress(event.done, event.total)

    with TrainProgress(enabled=_chatty(args)) as progress:
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

    with TrainProgress(enabled=_chatty(args)) as progress:
        out = run_experiment(args.config, out_dir=args.out, on_event=progress.on_event)
    if args.json:
        _print_json(out)
    else:
        print(f"Report written to {out['report']}")
    return 0


COMMANDS = {
    "gui": _cmd_gui,
    "train": _cmd_train,
    "predict": _cmd_predict,
    "evaluate": _cmd_evaluate,
    "compare": _cmd_compare,
    "experiment": _cmd_experiment,
    "teach": _cmd_teach,
    **LIBRARY_COMMANDS,
    **TUNE_COMMANDS,
    "import": _cmd_import,
}
