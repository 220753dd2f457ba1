"""The layering (pyproject.toml [tool.importlinter]) holds for every module; importing the package stays cheap."""

from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parents[1]


def _modules_after_import(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_import_linter_contracts_hold():
    """Every module of the core and the CLI is Qt-free and each layer imports only the layers below it.

    import-linter reads the static imports of all modules (lazy ones inside functions too), so a new
    module is covered the day it is added, unlike a hand-picked list imported in a subprocess. It runs
    in a subprocess because it reconfigures logging (disabling the loggers that already exist).
    """
    code = ("import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, no_cache=True, no_logo=True))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert " 0 broken" in proc.stdout


def test_package_import_is_cheap():
    loaded = _modules_after_import("import fruitclassifier, fruitclassifier.config, fruitclassifier.paths")
    assert "tensorflow" not in loaded and "PySide6" not in loaded


def test_listing_models_and_cli_parsing_need_no_tensorflow():
    code = ("import fruitclassifier.cli as c; c.build_parser().parse_args(['models']);"
            "import fruitclassifier.core.store as s; s.list_models()")
    assert "tensorflow" not in _modules_after_import(code)


def test_cli_source_names_no_gui_module():
    """The GUI runner is handed in by __main__.py; no module of the CLI package imports Qt or the GUI."""
    from pathlib import Path

    import fruitclassifier.cli as cli

    for module in Path(cli.__file__).parent.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert "import fruitclassifier.gui" not in source and "from fruitclassifier.gui" not in source, module
        assert "PySide6" not in source, module


def test_gui_command_without_a_runner_is_a_clear_error(capsys):
    import fruitclassifier.cli as cli

    assert cli.main(["gui"]) == 2
    assert "desktop app" in capsys.readouterr().err
