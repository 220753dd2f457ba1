"""Models page: the table, details and curves, rename, delete, read-only bundled models, import, export."""

import shutil

from PySide6.QtCore import Qt
from gui_helpers import WORK_TIMEOUT_MS, copy_model
import pytest

from fruitclassifier import paths
from fruitclassifier.core import store
from fruitclassifier.gui.models.import_dialog import ImportModelDialog, parse_typed_names
from fruitclassifier.gui.models.model_table import COLUMNS, READ_ONLY_TIP


@pytest.fixture
def bundled_dir(tmp_path, monkeypatch, tiny_model_dir):
    """A stand-in for resources/models holding one read-only model."""
    root = tmp_path / "bundled"
    root.mkdir()
    monkeypatch.setattr(paths, "bundled_models_dir", lambda: root)
    copy_model(tiny_model_dir, "Fruits default", root=root)
    return root


def _row_texts(page, row):
    model = page.table.model()
    return [model.index(row, c).data() for c in range(len(COLUMNS))]


def test_table_lists_models_and_details_show_metadata_and_curves(window):
    page = window.page("models")
    assert page.table_model.rowCount() == 1
    name, arch, classes, accuracy, _created, size, source = _row_texts(page, 0)
    assert (name, arch, classes, source) == ("tiny cnn", "custom_cnn", "3", "Mine")
    # says where it was measured, never a bare "accurate" (the tiny model has test accuracy from its test folder)
    assert accuracy.endswith(("% on test set", "% on validation", "% on Fruits-360 Test")), accuracy
    assert size.endswith(("KB", "MB"))
    text = page.details.text.toPlainText()
    assert "apple, banana, kiwi" in text and "24×24 px" in text
    assert page.details.curves.has_data


def test_rename_inline_and_everyone_sees_the_new_name(window, qtbot):
    page = window.page("models")
    with qtbot.waitSignal(page.models_changed, timeout=5000):
        page.table.model().setData(page.table.model().index(0, 0), "Renamed CNN", Qt.EditRole)
    assert _row_texts(page, 0)[0] == "Renamed CNN"
    assert [m.name for m in store.list_models()] == ["Renamed CNN"]
    assert window.page("classify").picker.current_model().name == "Renamed CNN"
    page.rename(page.current_info(), "")
    assert "empty" in page.notice.text() and page.notice.isVisibleTo(page)


def test_delete_removes_the_model_everywhere(window, qtbot):
    page = window.page("models")
    with qtbot.waitSignal(page.models_changed, timeout=5000):
        page.delete_current(confirm=False)
    assert page.table_model.rowCount() == 0 and store.list_models() == []
    assert window.page("classify").picker.current_model() is None


def test_bundled_models_are_read_only_with_a_reason(bundled_dir, window):
    page = window.page("models")
    page.refresh()
    assert _row_texts(page, 0)[0] == "Fruits default" and _row_texts(page, 0)[-1] == "Bundled"
    page.select_row(0)
    assert not page.rename_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == READ_ONLY_TIP
    assert page.open_button.isEnabled() and page.export_button.isEnabled()
    page.delete_current(confirm=False)
    assert "read-only" in page.notice.text() or "cannot be deleted" in page.notice.text()
    page.select_row(1)
    assert page.delete_button.isEnabled()


def test_open_in_classify_selects_the_model_there(bundled_dir, window):
    page = window.page("models")
    page.refresh()
    page.select_row(1)
    page.open_button.click()
    assert window.current_page_name() == "classify"
    assert window.page("classify").picker.current_model().name == "tiny cnn"


def test_import_a_keras_file_with_typed_class_names(tf_ready, qtbot, tiny_model_dir, tmp_path):
    page = tf_ready.page("models")
    loose = tmp_path / "downloaded.keras"
    shutil.copyfile(tiny_model_dir / "model.keras", loose)
    with qtbot.waitSignal(page.models_changed, timeout=WORK_TIMEOUT_MS):
        page.import_model(str(loose), parse_typed_names("red, yellow ,green"), "From the web")
    assert page.current_info().name == "From the web"
    assert page.current_info().class_names == ["red", "yellow", "green"]
    with qtbot.waitSignal(page.operation_failed, timeout=WORK_TIMEOUT_MS) as failure:
        page.import_model(str(loose), ["only", "two"])
    assert "3 outputs but 2 class names" in failure.args[0]


def test_import_dialog_wants_two_names_or_a_names_file(qtbot, tmp_path):
    dialog = ImportModelDialog(tmp_path / "m.keras")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.names_edit.setText("apple, banana")
    assert ok.isEnabled() and dialog.class_names() == ["apple", "banana"] and dialog.model_name() == "m"
    names = tmp_path / "classes.txt"
    names.write_text("a\nb\n")
    dialog.from_file.setChecked(True)
    dialog.file_edit.setText(str(names))
    assert ok.isEnabled() and dialog.class_names() == str(names)


def test_export_tflite_from_the_page(tf_ready, qtbot, tmp_path):
    page = tf_ready.page("models")
    with qtbot.waitSignal(page.operation_finished, timeout=WORK_TIMEOUT_MS) as done:
        page.export(page.current_info(), "tflite", tmp_path / "tiny.tflite")
    assert (tmp_path / "tiny.tflite").is_file() and "same answers" in done.args[0]


def test_the_delete_button_asks_first_and_cancel_keeps_the_model(window, qtbot, monkeypatch):
    """Issue 26.7: "Delete…" had an ellipsis but deleted at once (clicked(False) arrived as confirm=False)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.Cancel)
    page = window.page("models")
    page.delete_button.click()
    assert asked and "trash" in asked[0]
    assert [m.name for m in store.list_models()] == ["tiny cnn"]


def test_a_models_data_folder_reads_as_a_place_not_a_developer_path(tmp_path):
    from fruitclassifier.core.store import ModelInfo
    from fruitclassifier.gui.models.model_details import details_html

    meta = {"arch": "compact_cnn", "class_names": ["a", "b"], "image_size": 32,
            "config": {"data_dir": "../shared/datasets/fruits360-subset/Training", "epochs": 2}}
    bundled = details_html(ModelInfo("Default", tmp_path, True, meta))
    assert "../shared" not in bundled and "Training (on the computer that built this model)" in bundled
    meta["config"]["data_dir"] = str(tmp_path / "gone")
    assert "(not on this computer)" in details_html(ModelInfo("Mine", tmp_path, False, meta))


def test_typed_class_names_split_on_any_comma_a_keyboard_types():
    assert parse_typed_names("red, yellow ,green\nblue") == ["red", "yellow", "green", "blue"]
    assert parse_typed_names("苹果，香蕉、猕猴桃") == ["苹果", "香蕉", "猕猴桃"]  # full-width and enumeration commas
    assert parse_typed_names(" , ,") == []
