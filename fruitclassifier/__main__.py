"""Entry point (``fruitclassifier`` and ``python -m fruitclassifier``): the CLI, whose default opens the GUI.

The GUI runner is handed to the CLI from here so that ``fruitclassifier.cli`` never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
import sys


def run_gui(**kwargs) -> int:
    from fruitclassifier.gui.app import run_gui as run

    return run(**kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    from fruitclassifier.cli import main as cli_main

    return cli_main(argv, gui_runner=run_gui)


if __name__ == "__main__":
    sys.exit(main())
