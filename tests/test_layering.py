"""The core and the CLI never import Qt; importing the package stays cheap."""

import subprocess
import sys

CORE_MODULES = [
    "fruitclassifier.cli",
    "fruitclassifier.core.training",
    "fruitclassifier.core.inference",
    "fruitclassifier.core.evaluation",
    "fruitclassifier.core.experiment",
    "fruitclassifier.core.explain",
    "fruitclassifier.core.report",
    "fruitclassifier.core.store",
    "fruitclassifier.core.data",
]


def _modules_after_import(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_and_cli_do_not_import_qt():
    loaded = _modules_after_import("\n".join(f"import {m}" for m in CORE_MODULES))
    assert not {m for m in loaded if m.startswith(("PySide6", "pyqtgraph", "fruitclassifier.gui"))}


def test_package_import_is_cheap():
    loaded = _modules_after_import("import fruitclassifier, fruitclassifier.config, fruitclassifier.paths")
    assert "tensorflow" not in loaded and "PySide6" not in loaded


def test_listing_models_and_cli_parsing_need_no_tensorflow():
    code = ("import fruitclassifier.cli as c; c.build_parser().parse_args(['models']);"
            "import fruitclassifier.core.store as s; s.list_models()")
    assert "tensorflow" not in _modules_after_import(code)


def test_cli_source_names_no_gui_module():
    """The GUI runner is handed in by __main__.py; cli.py itself never imports Qt or the GUI."""
    from pathlib import Path

    import fruitclassifier.cli as cli

    source = Path(cli.__file__).read_text(encoding="utf-8")
    assert "fruitclassifier.gui" not in source and "PySide6" not in source


def test_gui_command_without_a_runner_is_a_clear_error(capsys):
    import fruitclassifier.cli as cli

    cli._gui_runner = None
    assert cli.main(["gui"]) == 2
    assert "desktop app" in capsys.readouterr().err
