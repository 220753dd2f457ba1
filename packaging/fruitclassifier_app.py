"""Entry script of the frozen app (build_app.spec): the same command line as ``fruitclassifier``.

With no arguments it opens the GUI, as a double-click on FruitClassifier.app does. Kept outside
the package so PyInstaller's script folder (added to its search path) holds nothing that could
shadow a module name.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

DEVICE_CHECK_FLAG = "--fruitclassifier-device-check"  # see fruitclassifier.core.training.device_check
WATCHDOG_FLAG = "--fruitclassifier-watchdog"  # see fruitclassifier.core.training.distributed.watchdog
CONVERTER_FLAG = "--fruitclassifier-converter"  # see fruitclassifier.core.conversion.converter_process


def _ensure_streams() -> None:
    """A windowed app may start without stdout/stderr; printing (progress bars, --json) must not crash."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app


def _cli_args(argv: list[str]) -> list[str]:
    """Drop the '-psn_0_1234' process serial number that older macOS Finders pass to a launched app."""
    return [a for a in argv if not a.startswith("-psn_")]


def main() -> int:
    multiprocessing.freeze_support()
    _ensure_streams()
    args = _cli_args(sys.argv[1:])
    if args[:1] == [DEVICE_CHECK_FLAG]:  # the GPU self-check's child process (core/training/device_check.py)
        from fruitclassifier.core.training.device_check import child_main

        return child_main()
    if args[:1] == [WATCHDOG_FLAG]:  # a distributed worker's deadline keeper (plain Python, no TensorFlow)
        from fruitclassifier.core.training.distributed import watchdog

        return watchdog.child_main(args[1:])
    if args[:1] == [CONVERTER_FLAG]:  # the window's .tflite converter (keeps the converter's GIL off the GUI)
        from fruitclassifier.core.conversion import converter_process

        return converter_process.child_main()
    from fruitclassifier.__main__ import main as app_main  # hands the GUI runner to the CLI

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
