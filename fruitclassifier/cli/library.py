"""The library on the command line: the listings (models, runs), the Models page's twins (info, import,
export, rename, delete), cleaning up runs (prune, delete) and the desktop entry (install-desktop).

Each command is one core call (core/store.py, core/inference/export.py), as the page's buttons are, so the two
cannot drift: export re-checks the copy against the original before it lands; rename and delete refuse
bundled models with the same message.
Never imports Qt, the progress bars or the train flags (a sibling of them in the CLI's layering contract,
pyproject.toml).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
import sys
from typing import Any

from fruitclassifier.cli.args import add_import_options
from fruitclassifier.cli.output import print_json
from fruitclassifier.errors import UserError

EXPORT_FORMATS = ("savedmodel", "tflite")


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Every library command's parser; returns their handlers by name."""
    _add_import(sub, common)
    _add_models(sub, common)
    _add_runs(sub, common)
    add_library_parsers(sub, common)
    return {**LIBRARY_COMMANDS, "import": _cmd_import}


def _add_import(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help="add a model made elsewhere to the library (.keras, "
                         ".h5, .tflite, SavedModel folder, Teachable Machine export)")
    imp.add_argument("path", metavar="PATH", help="the model file or SavedModel folder")
    add_import_options(imp)
    imp.add_argument("--name", help="name in the library (default: the file's or folder's name)")
    imp.add_argument("--json", action="store_true", help="print the stored model's metadata as JSON")


def _add_models(sub: Any, common: argparse.ArgumentParser) -> None:
    models = sub.add_parser("models", parents=[common], help="list the models in the library")
    models.add_argument("--json", action="store_true", help="print the list as JSON")


def _add_runs(sub: Any, common: argparse.ArgumentParser) -> None:
    runs = sub.add_parser("runs", parents=[common], help="list training runs (for --resume); prune or delete them")
    runs.add_argument("--json", action="store_true", help="print the list as JSON")
    add_runs_actions(runs, common)


def add_library_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The library's subcommands and install-desktop; ``common`` carries --quiet/--verbose."""
    info = sub.add_parser("info", parents=[common], help="show one model's details (the Models page's panel)")
    info.add_argument("model", help="model name in the library, a model folder or a .keras file")
    info.add_argument("--json", action="store_true", help="print the model's summary and full metadata as JSON")

    export = sub.add_parser("export", parents=[common], help="save a model as a SavedModel folder or a .tflite "
                            "file, checked against the original")
    export.add_argument("model", help="model name in the library, a model folder or a .keras file")
    export.add_argument("out", help="target: a new folder (savedmodel) or a .tflite file")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="default: tflite when OUT ends in .tflite, "
                        "else savedmodel")
    export.add_argument("--samples", nargs="+", metavar="PHOTO", help="photos to check the copy on "
                        "(default: the bundled sample photos)")
    export.add_argument("--json", action="store_true", help="print the export report as JSON")

    rename = sub.add_parser("rename", parents=[common], help="give one of your models a new name")
    rename.add_argument("old", help="the model's current name")
    rename.add_argument("new", help="the new name")

    delete = sub.add_parser("delete", parents=[common], help="move one of your models to the trash (asks first)")
    delete.add_argument("name", help="the model's name (or its folder, for one that cannot be opened)")
    delete.add_argument("--yes", "-y", action="store_true", help="delete without asking, and for good where "
                        "there is no trash (needed when stdin is not a terminal)")

    desktop = sub.add_parser("install-desktop", parents=[common], help="Linux: add the app to the desktop's menu "
                             "and 'Open With' for photos ($XDG_DATA_HOME/applications and icons/hicolor)")
    desktop.add_argument("--remove", action="store_true", help="remove the menu entry and icons instead")


def _cmd_models(args: argparse.Namespace) -> int:
    from fruitclassifier.core.store import list_models

    models = list_models()
    if args.json:
        print_json([m.to_dict() for m in models])
        return 0
    if not models:
        print("No models yet. Train one with `fruitclassifier train DATA_DIR`.")
    for m in models:
        acc = next(iter(m.accuracy_parts()), "—")  # the headline `info` leads with: real photos when measured
        kind = "bundled" if m.bundled else "mine"
        print(f"{m.name}\t{m.arch}\t{m.classes_text()}\t{m.image_size}px\t{acc}\t{kind}")
    for m in list_models(include_broken=True):  # said on stderr, so scripts reading the list are unaffected
        if m.error is not None:
            print(f"{m.name}\tcannot be opened: {m.problem} ({m.path})", file=sys.stderr)
    return 0


def add_runs_actions(runs: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """``runs prune`` and ``runs delete RUN`` under ``runs`` (which alone lists them)."""
    actions = runs.add_subparsers(dest="runs_action", metavar="{prune,delete}",
                                  help="without one, the runs are listed")
    actions.add_parser("prune", parents=[common], help="remove finished runs' checkpoints and runs whose model "
                       "is gone; stopped runs keep theirs for --resume")
    delete = actions.add_parser("delete", parents=[common], help="remove one run and all its files")
    delete.add_argument("run", help="run id (from `fruitclassifier runs`) or the name of the model it made")


def _cmd_runs(args: argparse.Namespace) -> int:
    from fruitclassifier.core.training import runs as run_store

    action = getattr(args, "runs_action", None)
    if action is not None:
        freed = run_store.prune_runs() if action == "prune" else [run_store.delete_run(args.run)]
        for item in freed:
            print(f"{item.run_id}\t{item.reason}\t{item.bytes / 1e6:.1f} MB")
        total = sum(item.bytes for item in freed)
        print(f"Freed {total / 1e6:.1f} MB from {len(freed)} run(s)." if freed else "Nothing to remove.")
        return 0
    runs = run_store.list_runs()
    if getattr(args, "json", False):
        print_json(runs)
        return 0
    for r in runs:
        flag = "resumable" if r["resumable"] else r.get("status", "")
        print(f"{r['run_id']}\t{r['config']['arch']}\tepoch {r['epochs_done']}/{r['config']['epochs']}\t{flag}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from fruitclassifier.core.store import find_model

    info = find_model(args.model, usable=False)  # a broken folder is described too, with its reason
    if args.json:
        print_json({**info.to_dict(), "problem": info.problem})
        return 0
    lines = _info_lines(info)
    width = max(len(label) for label, _ in lines) + 2  # the longest label ("Architecture:") and a space
    for label, value in lines:
        print(f"{label + ':':<{width}}{value}")
    return 0


def _info_lines(info: Any) -> list[tuple[str, str]]:
    lines = [("Name", info.name), ("Folder", str(info.path)),
             ("Kind", "bundled (read-only)" if info.bundled else "mine")]
    if info.error is not None:
        return [*lines, ("Problem", info.problem)]
    params = info.metadata.get("params")
    return [*lines,
            ("Architecture", info.arch),
            ("Classes", f"{info.classes_text()}: {', '.join(info.own_class_names)}"),
            ("Input", f"{info.image_size}×{info.image_size} px"),
            ("Accuracy", info.accuracy_text() or "not measured"),
            ("Parameters", f"{params:,}" if isinstance(params, int) else "—"),
            *([("Trained on", str(info.metadata["device"]))] if info.metadata.get("device") else []),
            ("Size", f"{info.size_bytes / 1e6:.1f} MB"),
            ("Created", info.created or "—")]


def _cmd_export(args: argparse.Namespace) -> int:
    from fruitclassifier.core.inference import export
    from fruitclassifier.core.store import find_model

    fmt = args.format or ("tflite" if args.out.lower().endswith(".tflite") else "savedmodel")
    info = find_model(args.model)
    run = export.export_tflite if fmt == "tflite" else export.export_savedmodel
    report = run(info, args.out, args.samples)
    if args.json:
        print_json(report)
    else:
        print(f"Exported {info.name!r} as {fmt} to {report['path']} ({report['size_bytes'] / 1e6:.1f} MB); "
              f"on {report['samples']} photos it answers like the original (largest difference "
              f"{report['max_abs_diff']:.1e}, allowed {report['tolerance']:.0e})")
    return 0


def _cmd_rename(args: argparse.Namespace) -> int:
    from fruitclassifier.core.store import rename_model

    print(rename_model(args.old, args.new).name)
    return 0


def _cmd_delete(args: argparse.Namespace) -> int:
    """To the desktop's trash (Send2Trash); where there is none, asks again before deleting for good."""
    from fruitclassifier.core.store import NoTrashError, delete_model, find_model

    info = find_model(args.name, usable=False)
    if not _confirmed(args, f"Move the model {info.name!r} ({info.path}) to the trash?"):
        return 0
    try:
        delete_model(str(info.path), to_trash=True)  # by folder: a broken one may have no name
    except NoTrashError as exc:
        print(exc.message, file=sys.stderr)
        if not _confirmed(args, f"Delete {info.name!r} for good? It cannot be brought back."):
            return 0
        delete_model(str(info.path))
        if not args.quiet:
            print(f"Deleted {info.name!r} for good (there is no trash for {info.path}).", file=sys.stderr)
        return 0
    if not args.quiet:
        print(f"Moved {info.name!r} to the trash; restore it from there if you need it again.", file=sys.stderr)
    return 0


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    """--yes, or a "y" typed at the terminal; a script without --yes is stopped (exit 2), never left waiting."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(f"not deleting {args.name!r} without asking", "add --yes to delete it from a script")
    if input(f"{question} [y/N] ").strip().lower() in ("y", "yes"):
        return True
    print("Not deleted.", file=sys.stderr)
    return False


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from fruitclassifier import desktop

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise UserError("install-desktop is for Linux and the BSDs",
                        "on macOS and Windows the app's installer adds it to the menu")
    files = desktop.remove() if args.remove else desktop.install()
    verb = "Removed" if args.remove else "Wrote"
    for path in files:
        print(path)
    if not args.quiet:
        note = "" if args.remove else "; FruitClassifier is in the menu and under 'Open With' for photos"
        print(f"{verb} {len(files)} file(s){note}.", file=sys.stderr)
    return 0


LIBRARY_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "models": _cmd_models,
    "runs": _cmd_runs,
    "info": _cmd_info,
    "export": _cmd_export,
    "rename": _cmd_rename,
    "delete": _cmd_delete,
    "install-desktop": _cmd_install_desktop,
}


def _cmd_import(args: argparse.Namespace) -> int:
    from fruitclassifier.core.importers.prepare import import_model

    info = import_model(args.path, args.labels, args.scaling, args.name)
    if args.json:
        print_json(info.to_dict())
    else:
        source = info.metadata.get("source", {})
        print(f"{info.name}\t{source.get('format')}\t{len(info.class_names)} classes\t{info.image_size}px\t"
              f"scaling {source.get('scaling')} ({source.get('scaling_from')})")
        for note in source.get("repairs", []):
            print(f"  note: {note}", file=sys.stderr)
    return 0
