"""``predict`` and ``evaluate``: answer photos, or score a model on a labelled folder (LiteRT, no TensorFlow).

Also the ``--labels``/``--scaling`` options every command that opens a model made elsewhere takes.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from fruitclassifier.cli.args import add_import_options
from fruitclassifier.cli.output import EXIT_CODES, chatty, print_json
from fruitclassifier.cli.video import add_video_options, predict_videos, split_videos
from fruitclassifier.errors import UserError


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_predict(sub, common)
    _add_evaluate(sub, common)
    return {"predict": _cmd_predict, "evaluate": _cmd_evaluate}


def _add_predict(sub: Any, common: argparse.ArgumentParser) -> None:
    predict = sub.add_parser("predict", parents=[common], help="classify images or folders",
                             epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    predict.add_argument("model", help="model name in the library, a model folder, or a model file "
                         "(.keras, .h5, .tflite, SavedModel folder: used without saving it)")
    predict.add_argument("paths", nargs="+", metavar="PATH", help="photos, or folders searched for photos, or "
                         "videos (.mp4, .mov, …: sampled frames, each with its time_s)")
    predict.add_argument("--top-k", type=int, default=3, help="labels shown for each photo (default 3)")
    predict.add_argument("--refuse", choices=("rarely", "balanced", "readily"), default="balanced",
                         help="how readily to answer 'not one of my fruits' (default balanced; the levels a model "
                         "measured are in `info`, a model without them keeps its one threshold)")
    add_import_options(predict)
    add_video_options(predict)
    out = predict.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print every answer as one JSON list at the end")
    out.add_argument("--jsonl", action="store_true", help="print one JSON object a line, each photo as soon "
                     "as it is answered")


def _add_evaluate(sub: Any, common: argparse.ArgumentParser) -> None:
    evaluate = sub.add_parser("evaluate", parents=[common], help="score a model on a labelled folder")
    evaluate.add_argument("model", help="model name, model folder or model file (as for predict)")
    evaluate.add_argument("test_dir", help="one sub-folder of photos per class, named as the model's classes")
    add_import_options(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")


def _cmd_predict(args: argparse.Namespace) -> int:
    from fruitclassifier.cli.progress import bar
    from fruitclassifier.core.importers.prepare import load_classifier
    from fruitclassifier.core.inference.classifier import expand_paths

    if args.top_k < 1:
        raise UserError("--top-k must be at least 1")
    classifier = load_classifier(args.model, args.labels, args.scaling)
    classifier.set_refusal(args.refuse)
    top_k = min(args.top_k, len(classifier.class_names))
    videos = split_videos(args.paths)
    if videos:  # cli/video.py: sampled frames, each with its time
        return predict_videos(args, classifier, videos, top_k, _describe_prediction)
    files = expand_paths(args.paths)
    if not files:
        raise UserError("no images found in the given paths")
    with bar(len(files), "Classifying", enabled=chatty(args)) as progress:
        def on_result(pred: Any) -> None:
            progress.update(1)
            if args.jsonl:  # one line a photo, flushed: a reader sees each answer as it comes
                print(json.dumps(pred.to_dict(), default=str), flush=True)

        preds = classifier.classify_paths(files, top_k=top_k, on_result=on_result)
    if args.json:
        print_json([p.to_dict() for p in preds])
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
    from fruitclassifier.cli.progress import bar
    from fruitclassifier.core.evaluation.metrics import evaluate
    from fruitclassifier.core.importers.prepare import load_classifier

    classifier = load_classifier(args.model, args.labels, args.scaling)
    with bar(None, "Evaluating", enabled=chatty(args)) as progress:
        result = evaluate(classifier, args.test_dir, on_progress=progress.set_progress)
    if args.json:
        out = result.to_dict()
        out.pop("predictions")
        print_json(out)
    else:
        print(f"{classifier.name} on {args.test_dir}: accuracy {result.accuracy:.4f}, macro-F1 "
              f"{result.macro_f1:.4f}, {result.n} images, {result.ms_per_image:.2f} ms/image")
        for line in result.skipped[:10]:
            print(f"  skipped {line}")
    return 0
