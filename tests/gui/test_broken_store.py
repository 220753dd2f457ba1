"""The window survives a bad store (issue 19): hostile folders beside a good model do not stop start-up; the
Models page lists them greyed with their reasons, never selects one by default, and deletes them; Classify's
picker never offers them."""

import json
import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from gui_helpers import copy_model
from helpers import edit_metadata
import pytest

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.gui.models.model_table import COLUMNS
from fruitclassifier.gui.widgets.model_picker import INFO_ROLE


def _offered(picker) -> list[str]:
    return [info.name for r in range(picker.count()) if (info := picker.itemData(r, INFO_ROLE)) is not None]


@pytest.fixture
def bad_store(tiny_model_dir):
    """Broken folders named to sort before the good one, so "the first row" would be a broken one."""
    root = paths.models_dir()
    huge = shutil.copytree(tiny_model_dir, root / "aaa-huge")
    edit_metadata(huge, name="aaa huge", image_size=100000, created="2099-01-01T00:00:00+00:00")
    (root / "aab-empty").mkdir()
    names = shutil.copytree(tiny_model_dir, root / "aac-names")
    edit_metadata(names, name="aac names", class_names="apple", created="2099-01-01T00:00:00+00:00")
    (root / "aad-garbage").mkdir()
    (root / "aad-garbage" / "metadata.json").write_text("[" * 100_000)  # nesting too deep for json
    (root / "aad-garbage" / "model.keras").write_bytes(b"PK")
    good = copy_model(tiny_model_dir, "tiny cnn")
    return good


def test_broken_folders_are_listed_greyed_and_never_chosen(qtbot, bad_store):
    from fruitclassifier.gui.main_window import MainWindow

    window = MainWindow()  # start-up reads the store: it must not raise
    qtbot.addWidget(window)
    window.show()
    page = window.page("models")
    model = page.table.model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"aaa huge", "aab-empty", "aac names", "aad-garbage", "tiny cnn"}
    assert page.current_info().name == "tiny cnn"  # the one usable model, not the first row
    assert window.page("classify").picker.current_model().name == "tiny cnn"
    assert _offered(window.page("classify").picker) == ["tiny cnn"]

    huge = rows["aaa huge"]
    reason = model.index(huge, COLUMNS.index("Accuracy")).data()
    assert "image_size 100000 is outside" in reason
    assert model.index(huge, COLUMNS.index("Architecture")).data() == "Cannot be opened"
    assert "image_size 100000" in model.index(huge, 0).data(Qt.ToolTipRole)
    grey = window.palette().brush(QPalette.Disabled, QPalette.Text).color()
    assert model.index(huge, 0).data(Qt.ForegroundRole).color() == grey
    assert model.index(rows["tiny cnn"], 0).data(Qt.ForegroundRole) is None
    assert "has no metadata.json" in model.index(rows["aab-empty"], 3).data()
    assert "not valid JSON" in model.index(rows["aad-garbage"], 3).data()

    page.table.selectRow(huge)
    assert "Cannot be opened" in page.details.text.toPlainText()
    assert page.delete_button.isEnabled() and not page.open_button.isEnabled()
    assert not page.rename_button.isEnabled() and not page.export_button.isEnabled()
    with qtbot.waitSignal(page.models_changed, timeout=5000):
        page.delete_current(confirm=False)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "aaa huge" not in names and not (paths.models_dir() / "aaa-huge").exists()
    assert "Deleted" in page.notice.text()
    window.close()


def test_the_picker_ignores_a_folder_broken_after_start(window, tiny_model_dir):
    broken = shutil.copytree(tiny_model_dir, paths.models_dir() / "later")
    (broken / "metadata.json").write_text(json.dumps({"name": "later", "class_names": [], "image_size": 24}))
    page = window.page("classify")
    page.refresh_models()
    assert _offered(page.picker) == ["tiny cnn"]
    assert "later" in [i.name for i in store.list_models(include_broken=True)]
