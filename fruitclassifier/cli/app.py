"""The command line: the GUI's twin, calling the same core functions.

One module per command group (gui, train, classify, compare, teach, library, tune), each registering its
parsers beside its handlers; the shared output (exit codes, errors, JSON), arguments and progress bars sit
below them. Human output by default, ``--json`` for machines, a progress bar on long work.
This package never imports the GUI: the ``gui`` command calls a runner that the entry point
(``fruitclassifier/__main__.py``) hands to ``main``, so the CLI stays usable where Qt is absent.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
import sys
import time
from typing import Any

from fruitclassifier import __version__, architectures
from fruitclassifier.cli import classify, compare, gui, library, teach, train, tune
from fruitclassifier.cli.output import EXIT_CODES, reader_gone, report_error
from fruitclassifier.tf_import import quiet_tensorflow_import

_STARTED = time.perf_counter()


GuiRunner = Callable[..., int]
#: The command groups, each registering its parsers and returning its handlers (cli/<group>.py).
GROUPS = (gui, train, classify, compare, teach, library, tune)


def main(argv: Sequence[str] | None = None, gui_runner: GuiRunner | None = None) -> int:
    """Run one command; ``gui_runner(self_test=..., started_at=...)`` opens the window for ``gui``."""
    quiet_tensorflow_import()  # TensorFlow's C++ start-up chatter (CUDA probing, oneDNN) is noise to a user
    parser, commands = _parser_and_commands()
    args = parser.parse_args(global_flags_after_command(list(sys.argv[1:] if argv is None else argv), commands))
    args.gui_runner, args.started_at = gui_runner, _STARTED
    command = getattr(args, "command", None) or "gui"
    try:
        code = int(commands[command](args) or 0)
        sys.stdout.flush()  # here, so a reader that went away (`| head -1`) is met inside the try
        return code
    except BrokenPipeError:
        return reader_gone()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into messages
        return report_error(exc, getattr(args, "verbose", False), getattr(args, "event_lines", False))


#: Flags every command takes (or most: --json), accepted before the command's name too: `fruitclassifier -q models`.
GLOBAL_FLAGS = ("-q", "--quiet", "-v", "--verbose", "--json", "--jsonl")


def global_flags_after_command(argv: list[str], commands: Any = ()) -> list[str]:
    """Move GLOBAL_FLAGS given before the command to just after its name (argparse takes a subcommand's
    options only after it); with no command, they go to the default one, gui."""
    lead = 0
    while lead < len(argv) and argv[lead] in GLOBAL_FLAGS:
        lead += 1
    if lead == 0:
        return argv
    rest = argv[lead:]
    if rest and rest[0] in commands:
        return [rest[0], *argv[:lead], *rest[1:]]
    if not rest:
        return ["gui", *argv[:lead]]
    return argv  # --help, --version or a typo: argparse says what it makes of it


def build_parser() -> argparse.ArgumentParser:
    """Every command's parser (each group registers its own, beside its handlers)."""
    return _parser_and_commands()[0]


def _parser_and_commands() -> tuple[argparse.ArgumentParser, dict[str, Callable[[argparse.Namespace], int]]]:
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
    commands: dict[str, Callable[[argparse.Namespace], int]] = {}
    for group in GROUPS:
        commands.update(group.register(sub, common))
    return parser, commands


def _common_options() -> argparse.ArgumentParser:
    """--quiet/--verbose, given to every command (after its name: `fruitclassifier predict -q ...`)."""
    common = argparse.ArgumentParser(add_help=False)
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress bars, epoch lines or notes on "
                       "stderr: results and errors only")
    noise.add_argument("-v", "--verbose", action="store_true", help="on an unexpected failure, print the "
                       "traceback too (as FRUITCLASSIFIER_DEBUG=1 does)")
    return common
