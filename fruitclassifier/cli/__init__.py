"""The command line (``fruitclassifier COMMAND``): see app.py; ``main`` is the entry point's call."""

from fruitclassifier.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
