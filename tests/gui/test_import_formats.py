"""The Models page imports a Teachable Machine export (issue 20): the dialog finds labels.txt, offers the
scaling choices, and an imported .tflite lists with its source and answers through LiteRT."""

from __future__ import annotations

import import_formats as F
import numpy as np
from gui_helpers import WORK_TIMEOUT_MS

from fruitclassifier.core.inference import Classifier
from fruitclassifier.gui.widgets.import_dialog import ImportModelDialog
from fruitclassifier.gui.widgets.model_details import details_html


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
