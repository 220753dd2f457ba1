"""Every page and widget can run on its own with fake data (house rule 8): the previews live in examples/, out of
the product's modules, and each one's imports still resolve after the code moves (run one to see it:
``python examples/preview_classify_page.py``)."""

from __future__ import annotations

import ast
from pathlib import Path
import runpy

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PREVIEWS = sorted(EXAMPLES.glob("preview_*.py"))
PRODUCT = Path(__file__).resolve().parents[2] / "fruitclassifier"


def test_no_product_module_carries_a_preview_or_fakes():
    for module in PRODUCT.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert not {n for n in names if n.startswith(("fake_", "_preview"))}, module
        if module.name not in (
            "__main__.py",
            "converter_process.py",
            "device_check.py",
            "watchdog.py",
        ):  # child processes
            # (python -m ...) that the app starts
            assert not any(isinstance(n, ast.If) and "__main__" in ast.unparse(n.test) for n in tree.body), module


@pytest.mark.parametrize("preview", PREVIEWS, ids=[p.stem for p in PREVIEWS])
def test_a_previews_imports_resolve(preview, monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLES))
    runpy.run_path(str(preview), run_name="preview_import_check")  # its __main__ block does not run
