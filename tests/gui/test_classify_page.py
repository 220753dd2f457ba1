"""Classify page: real drops of files, folders and broken files; streaming results; model switching; detail pane."""

import csv

from PIL import Image
from PySide6.QtCore import QMimeData, QUrl, Qt
from PySide6.QtWidgets import QApplication
from gui_helpers import WORK_TIMEOUT_MS, copy_model, drop_files
import numpy as np

from fruitclassifier.core.inference.classifier import UNSURE_THRESHOLD
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.classify.jobs import GRADCAM_PIXELS
from fruitclassifier.gui.classify.page import NO_MODEL, ClassifyPage
from fruitclassifier.gui.widgets.qt_images import array_to_qimage


def _finish(qtbot, page, action):
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS) as done:
        action()
    return done.args[0]


def test_dropping_files_a_folder_and_a_broken_file_streams_one_item_each(tf_ready, qtbot, tiny_folder, tmp_path):
    page = tf_ready.page("classify")
    assert page.drop_zone.showing_hint and "Drop fruit photos here" in page.drop_zone.hint_label.text()
    broken = tmp_path / "holiday.jpg"
    broken.write_bytes(b"this is not a jpeg")
    arrived = []
    page.results_arrived.connect(arrived.append)
    counts = _finish(qtbot, page, lambda: drop_files(
        page.drop_zone, [tiny_folder / "apple" / "apple_001.jpg", tiny_folder / "banana", broken]))
    assert (counts["classified"], counts["errors"]) == (13, 1)
    items = {item.name: item for item in page.items()}
    assert len(items) == 14 and len(arrived) == 14
    assert items["holiday.jpg"].error.startswith("not an image") and not items["holiday.jpg"].top
    bananas = [i for i in items.values() if i.name.startswith("banana")]
    assert sum(i.label == "banana" for i in bananas) >= 10
    assert all(i.unsure == (i.probability < UNSURE_THRESHOLD) for i in items.values() if not i.error)
    assert all(i.thumbnail is not None for i in items.values() if not i.error)
    assert not page.drop_zone.showing_hint and not page.progress_row.bar.isVisible()
    assert not page.view.grab().isNull()  # the delegate paints every kind of row


def test_changing_the_model_classifies_every_item_again(tf_ready, qtbot, tiny_model_dir, tiny_folder):
    copy_model(tiny_model_dir, "shouty cnn", ["APPLE", "BANANA", "KIWI"])
    page = tf_ready.page("classify")
    page.refresh_models()
    page.select_model("tiny cnn")
    _finish(qtbot, page, lambda: drop_files(page.drop_zone, [tiny_folder / "kiwi"]))
    before = [(i.key, i.label) for i in page.items()]
    assert {label for _, label in before} <= {"apple", "banana", "kiwi"}
    _finish(qtbot, page, lambda: page.select_model("shouty cnn"))
    after = [(i.key, i.label) for i in page.items()]
    assert [k for k, _ in after] == [k for k, _ in before]  # same rows, same order, no duplicates
    assert [label for _, label in after] == [label.upper() for _, label in before]
    assert not any(i.stale for i in page.items())


def test_pasting_picture_data_and_copied_files(tf_ready, qtbot, tiny_folder):
    page = tf_ready.page("classify")
    picture = np.full((80, 120, 3), 255, np.uint8)
    picture[20:60, 40:80] = (60, 140, 40)
    QApplication.clipboard().setImage(array_to_qimage(picture))
    _finish(qtbot, page, page.paste_from_clipboard)
    pasted = page.items()[0]
    assert pasted.name == "Pasted picture 1" and pasted.path is None and len(pasted.top) == 3
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tiny_folder / "apple" / "apple_003.png"))])
    QApplication.clipboard().setMimeData(mime)
    _finish(qtbot, page, page.paste_from_clipboard)
    assert [i.name for i in page.items()] == ["Pasted picture 1", "apple_003.png"]


def test_export_csv_delete_key_and_clear(tf_ready, qtbot, tiny_folder, tmp_path):
    page = tf_ready.page("classify")
    broken = tmp_path / "empty.png"
    broken.write_bytes(b"")
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "apple", broken]))
    out = tmp_path / "results.csv"
    assert page.export_csv(out) == 13
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["path"].endswith("apple_000.png") and rows[0]["label"] and float(rows[0]["probability"]) > 0
    assert rows[0]["top3"].count(":") == 3
    assert rows[-1]["error"] == "empty file (0 bytes)" and rows[-1]["label"] == ""
    page.view.setFocus()
    page.view.setCurrentIndex(page.results.index(0))
    qtbot.keyClick(page.view, Qt.Key_Delete)
    assert page.results.rowCount() == 12 and page.items()[0].name == "apple_001.jpg"
    page.clear()
    assert page.results.rowCount() == 0 and page.drop_zone.showing_hint


def test_selecting_an_item_shows_it_larger_and_gradcam_on_request(tf_ready, qtbot, tiny_folder):
    page = tf_ready.page("classify")
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "kiwi" / "kiwi_002.jpg"]))
    page.view.setCurrentIndex(page.results.index(0))
    qtbot.waitUntil(lambda: not page.detail.image_view.image().isNull(), timeout=10_000)
    assert page.detail.image_view.image().width() == 24  # the photo itself, never upscaled in memory
    assert page.detail.gradcam.isEnabled()
    page.detail.gradcam.setChecked(True)
    qtbot.waitUntil(lambda: page.detail.image_view.image().width() == GRADCAM_PIXELS, timeout=WORK_TIMEOUT_MS)
    page.detail.gradcam.setChecked(False)
    assert page.detail.image_view.image().width() == 24


def test_drops_are_answered_at_once_without_loading_tensorflow(qtbot, tiny_model, tiny_folder):
    """LiteRT answers: a drop runs straight away, and only Grad-CAM (on request) starts loading TensorFlow."""
    tasks = TaskManager()
    tf = TfLoader(tasks)
    page = ClassifyPage(tasks, tf)
    qtbot.addWidget(page)
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "apple" / "apple_000.png"]))
    assert page.items()[0].top and tf.state == "idle"
    page.view.setCurrentIndex(page.results.index(0))
    with qtbot.waitSignal(tf.loaded, timeout=120_000):
        page.detail.gradcam.setChecked(True)  # Grad-CAM needs TensorFlow: asking for it loads it
        assert page.detail.image_view._message.startswith("Loading TensorFlow for Grad-CAM")  # why it waits
    tasks.cancel_all_and_wait()


def test_without_any_model_the_page_says_what_to_do(qtbot, tmp_path):
    tasks = TaskManager()
    page = ClassifyPage(tasks, TfLoader(tasks))
    qtbot.addWidget(page)
    page.show()
    assert page.picker.current_model() is None
    assert page.notice.isVisible() and page.notice.text() == NO_MODEL
    Image.new("RGB", (8, 8)).save(tmp_path / "x.png")
    page.add_paths([tmp_path / "x.png"])
    assert not tasks.active() and page.notice.text() == NO_MODEL


def test_a_model_without_its_tflite_copy_is_converted_once_and_the_status_bar_says_so(window, qtbot, tiny_model,
                                                                                       tiny_folder):
    (tiny_model.path / "model.tflite").unlink()
    page = window.page("classify")
    page.select_model(str(tiny_model.path))
    shown = []
    window.tf.notice.connect(shown.append)
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "kiwi" / "kiwi_000.png"]))
    assert page.items()[0].label == "kiwi"
    assert len(shown) == 1 and "once" in shown[0] and "TensorFlow" in shown[0]
    qtbot.waitUntil(lambda: "once" in window.statusBar().currentMessage(), timeout=5000)
    assert (tiny_model.path / "model.tflite").is_file()  # kept beside model.keras for next time


def test_newly_opened_photos_are_scrolled_into_view_below_a_long_list(qtbot, tiny_model, tiny_folder):
    tasks = TaskManager()
    page = ClassifyPage(tasks, TfLoader(tasks))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "apple", tiny_folder / "banana"]))
    page.view.scrollToTop()
    _finish(qtbot, page, lambda: page.add_paths([tiny_folder / "kiwi"]))
    first_new = next(row for row in range(page.results.rowCount()) if page.results.item(row).name.startswith("kiwi"))
    assert page.view.viewport().rect().intersects(page.view.visualRect(page.results.index(first_new)))
    tasks.cancel_all_and_wait()
