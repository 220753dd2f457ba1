"""``gui`` (the default command): open the desktop app, optionally with photos or folders to classify.

The CLI never imports Qt: the entry point (``fruitclassifier/__main__.py``) hands ``cli.main`` a runner that
opens the window, and main passes it to this command on ``args.gui_runner`` (no module state to undo).
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from fruitclassifier.errors import UserError

# The window's languages (gui/base/i18n.py LANGUAGES; the CLI itself stays English and never imports Qt).
LANGUAGE_CODES = ("en", "de", "es", "fr", "ru", "zh_CN")


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    _add_gui(sub, common)
    return {"gui": _cmd_gui}


def _add_gui(sub: Any, common: argparse.ArgumentParser) -> None:
    gui = sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    gui.add_argument("--self-test", action="store_true", help="open, classify the samples, print JSON, exit")
    gui.add_argument("--camera", metavar="VIDEO", help="with --self-test: also play VIDEO through the live view as "
                     "the camera and add live_answers_per_s, live_max_stall_ms and live_last_answer")
    gui.add_argument("--lang", metavar="CODE", help="the window's language for this run: de, en, es, fr, ru or "
                     "zh_CN (default: View › Language's choice, else the system's); with --self-test also adds "
                     "language, untranslated and untranslated_texts")
    gui.add_argument("files", nargs="*", metavar="FILE", help="photos or folders to classify as the window opens "
                     "(what the desktop's 'Open With' passes)")


def _cmd_gui(args: argparse.Namespace) -> int:
    runner = getattr(args, "gui_runner", None)
    if runner is None:
        raise UserError("the desktop app is not available here; run `python -m fruitclassifier` or use a "
                        "command such as `fruitclassifier predict`")
    files = getattr(args, "files", None) or []
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise UserError(f"no such file or folder: {missing[0]}", "check the path, then open it again")
    extra = {"files": [os.path.abspath(f) for f in files]} if files else {}
    lang = getattr(args, "lang", None)
    if lang:
        if lang.replace("-", "_") not in LANGUAGE_CODES:
            raise UserError(f"no such language: {lang}", f"pick one of {', '.join(LANGUAGE_CODES)}")
        extra["language"] = lang.replace("-", "_")
    camera = getattr(args, "camera", None)
    if camera:
        if not getattr(args, "self_test", False):
            raise UserError("--camera plays a video in the self-test only", "add --self-test, or open the live "
                            "view from the window's File menu")
        if not os.path.isfile(camera):
            raise UserError(f"no such video: {camera}", "check the path, then run it again")
        extra["camera"] = os.path.abspath(camera)
    return runner(self_test=getattr(args, "self_test", False), started_at=args.started_at, **extra)
