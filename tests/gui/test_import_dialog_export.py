"""The import dialog and the app's own .tflite export (issue 27, item 3): the export is recognised, the labels
file written beside it is found, classes are counted as everywhere else, and the preview shows whole rows."""

from __future__ import annotations

import import_formats as F

from fruitclassifier.core.conversion import scaling
from fruitclassifier.core.inference import lite_record
from fruitclassifier.gui.models.import_dialog import ImportModelDialog
from fruitclassifier.gui.models.scaling_preview import ScalingPreview

NAMES = ["Lemon", "Lime", "_other"]


def test_the_apps_own_export_is_recognised_and_needs_no_names(qtbot, tmp_path):
    plain = F.save_tflite(F.tiny_model(), tmp_path / "plain.tflite")
    exported = tmp_path / "fruit.tflite"
    exported.write_bytes(lite_record.embed(plain.read_bytes(), {"name": "My fruit", "class_names": NAMES,
                                                                 "input_scaling": "0-255"}))
    dialog = ImportModelDialog(exported)
    qtbot.addWidget(dialog)
    assert dialog.from_export.isChecked() and dialog.class_names() is None and dialog.scaling() is None
    assert dialog.from_export.text() == "As the file says: 2 classes + not one of mine"
    assert "exported by this app from “My fruit”" in dialog.layout().itemAt(0).widget().text()
    assert dialog.buttons.buttons()[0].isEnabled()


def test_a_labels_file_named_for_the_model_is_found_and_counted(qtbot, tmp_path):
    model = F.save_tflite(F.tiny_model(), tmp_path / "fruit.tflite")
    (tmp_path / "fruit-labels.txt").write_text("\n".join(NAMES) + "\n")
    dialog = ImportModelDialog(model)
    qtbot.addWidget(dialog)
    assert not dialog.from_export.isVisible() and dialog.from_file.isChecked()
    assert dialog.class_names() == str(tmp_path / "fruit-labels.txt")
    intro = dialog.layout().itemAt(0).widget().text()
    assert "found fruit-labels.txt beside it: 2 classes + not one of mine" in intro


def test_the_preview_table_shows_every_row_whole(qtbot):
    preview = ScalingPreview(lambda: None, None)
    qtbot.addWidget(preview)
    preview.show()
    photos = [(f"Fruit_{i}", "Lemon", 0.9) for i in range(6)]
    preview.show_answers({choice: photos for choice in scaling.CHOICES})
    table = preview.table
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows and not table.verticalScrollBar().isVisible()
