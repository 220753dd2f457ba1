"""What every command shares on the terminal: exit codes, the one-line error report, JSON, quiet/chatty.

Exit codes (EXIT_CODES, shown by --help): 0 success, 2 bad input (one line on stderr), 1 an unexpected
failure (one line on stderr; the traceback only with --verbose or FRUITCLASSIFIER_DEBUG=1), 3 when predict
could read some files but not all, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import Any

EXIT_CODES = """exit codes:
  0    success
  1    an unexpected failure: one line on stderr (--verbose or FRUITCLASSIFIER_DEBUG=1: the traceback)
  2    bad input, said in one line on stderr (predict: no file could be classified)
  3    predict: some files could not be read while the others were classified
  130  interrupted (Ctrl-C)
"""


def report_error(exc: Exception, verbose: bool = False, event_lines: bool = False) -> int:
    """One line on stderr; exit 2 when the user can fix it, 1 for our bug (the rule is errors.is_user_error).

    With ``event_lines`` (a run another process draws: core/training/backend_child.py), the error also goes as an
    event line first, so that process raises it with its own type."""
    from fruitclassifier.errors import is_user_error, user_message

    if event_lines:
        from fruitclassifier.core.event_lines import error_to_line

        print(error_to_line(exc), file=sys.stderr, flush=True)

    if verbose or os.environ.get("FRUITCLASSIFIER_DEBUG"):
        import traceback

        traceback.print_exc()
    print(f"fruitclassifier: {user_message(exc, 'set FRUITCLASSIFIER_DEBUG=1 for details')}", file=sys.stderr)
    return 2 if is_user_error(exc) else 1


def print_json(value: Any) -> None:
    """Indented JSON on stdout (``default=str``: paths and dates print as text)."""
    json.dump(value, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def chatty(args: argparse.Namespace) -> bool:
    """Progress bars and notes on stderr: not under --json/--jsonl (a reader wants data) nor --quiet."""
    return not (getattr(args, "json", False) or getattr(args, "jsonl", False) or getattr(args, "quiet", False))


def reader_gone() -> int:
    """The reader of stdout closed it (`predict ... | head -1`): that ends the command, quietly and with 0 (the
    reader had what it wanted). stdout goes to devnull so the interpreter's flush at exit fails no more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0
