"""The Models page imports a Teachable Machine export (issue 20): the dialog finds labels.txt, offers the
scaling choices, and an imported .tflite lists with its source and answers through LiteRT."""

from __future__ import annotations

from gui_helpers import WORK_TIMEOUT_MS
import import_formats as F
import numpy as np

from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.gui.models.import_dialog import ImportModelDialog
from fruitclassifier.gui.models.model_details import details_html


def test_dialog_finds_labels_txt_and_offers_the_scalings(qtbot, tmp_path):
    (tmp_path / "labels.txt").write_text(F.LABELS_TM)
    dialog = ImportModelDialog(tmp_path / "model_unquant.tflite")
    qtbot.addWidget(dialog)
    assert dialog.from_file.isChecked() and dialog.class_names() == str(tmp_path / "labels.txt")
    assert dialog.buttons.buttons()[0].isEnabled() and dialog.scaling() is None
    dialog.scaling_combo.setCurrentIndex(dialog.scaling_combo.findData("-1-1"))
    assert dialog.scaling() == "-1-1"
    assert [dialog.scaling_combo.itemData(i) for i in range(dialog.scaling_combo.count())] == \
        [None, "0-255", "0-1", "-1-1", "caffe"]


def test_page_imports_a_teachable_machine_tflite(window, qtbot, tmp_path):
    model = F.tiny_model()
    path = F.save_tflite(model, tmp_path / "tm" / "model_unquant.tflite")
    (path.parent / "labels.txt").write_text(F.LABELS_TM)
    page = window.page("models")
    with qtbot.waitSignal(page.models_changed, timeout=WORK_TIMEOUT_MS):
        page.import_model(str(path), str(path.parent / "labels.txt"), "Teachable lemons", None)
    info = page.current_info()
    assert info.name == "Teachable lemons" and info.class_names == F.NAMES
    assert "Imported TensorFlow Lite (model_unquant.tflite), pixels scaled -1-1" in details_html(info)
    batch = F.pixels()
    np.testing.assert_allclose(Classifier.load(info).predict_arrays(batch), F.reference(model, batch), atol=1e-5)
    with qtbot.waitSignal(page.operation_failed, timeout=WORK_TIMEOUT_MS) as failure:
        page.import_model(str(path), ["only", "two"], None, "0-1")
    assert "3 outputs but 2 class names" in failure.args[0]


def test_dialog_previews_answers_under_each_scaling_and_a_header_picks_one(window, qtbot, tmp_path):
    model = F.tiny_model()
    path = F.save_tflite(model, tmp_path / "tm" / "model_unquant.tflite")
    (path.parent / "labels.txt").write_text(F.LABELS_TM)
    page = window.page("models")
    dialog = ImportModelDialog(path, parent=page, preview_runner=page.run_preview)
    qtbot.addWidget(dialog)
    assert dialog.preview.button.isEnabled() and not dialog.preview.table.isVisible()
    dialog.show()
    dialog.preview.button.click()
    qtbot.waitUntil(lambda: dialog.preview.table.rowCount() > 0, timeout=WORK_TIMEOUT_MS)
    table = dialog.preview.table
    assert table.columnCount() == 4 and table.item(0, 0).text().split()[0] in F.NAMES
    assert table.verticalHeaderItem(0).text() and "Pick the column" in dialog.preview.status.text()
    table.horizontalHeader().sectionClicked.emit(2)  # the "-1-1" column
    assert dialog.scaling() == "-1-1"


def test_preview_failure_is_said_in_the_dialog(window, qtbot, tmp_path):
    (tmp_path / "x.tflite").write_bytes(b"not a flatbuffer")
    page = window.page("models")
    dialog = ImportModelDialog(tmp_path / "x.tflite", parent=page, preview_runner=page.run_preview)
    qtbot.addWidget(dialog)
    dialog.names_edit.setText("a, b")
    dialog.preview.button.click()
    qtbot.waitUntil(lambda: "No preview" in dialog.preview.status.text(), timeout=WORK_TIMEOUT_MS)
    assert "x.tflite" in dialog.preview.status.text()
