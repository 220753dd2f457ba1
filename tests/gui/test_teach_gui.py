"""Teaching from the Classify page: "This is…" copies files and nothing else; Teach makes and switches to a
new model that knows the new class; Cancel leaves the store as it was; going back returns to the parent."""

from __future__ import annotations

import os

from gui_helpers import TF_TIMEOUT_MS, WORK_TIMEOUT_MS, copy_model, drop_files
from helpers import make_image_folder

from fruitclassifier import paths
from fruitclassifier.core import store


def _classify(qtbot, page, files):
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS):
        drop_files(page.drop_zone, files)


def _select(page, names):
    view, model = page.view, page.results
    view.clearSelection()
    for row in range(model.rowCount()):
        if model.item(row).name in names:
            view.selectionModel().select(model.index(row), view.selectionModel().SelectionFlag.Select)


def _snapshot(folder):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_this_is_copies_the_photos_and_nothing_else(tf_ready, qtbot, tiny_folder, fc_home):
    page = tf_ready.page("classify")
    teacher = page.teacher
    _classify(qtbot, page, [tiny_folder / "apple", tiny_folder / "kiwi"])
    sources, models = _snapshot(tiny_folder), sorted(p.name for p in paths.models_dir().iterdir())
    answers = [(i.key, i.label) for i in page.items()]
    chosen = ["apple_000.png", "apple_001.jpg", "apple_002.jpg"]
    _select(page, chosen)
    assert teacher.this_is_button.isEnabled()
    with qtbot.waitSignal(teacher.taught) as added:
        teacher.teach_selected_as("Pear")
    copies = added.args[0]
    assert sorted(c.name for c in copies) == sorted(chosen) and all(c.parent.name == "Pear" for c in copies)
    assert all(c.read_bytes() == (tiny_folder / "apple" / c.name).read_bytes() for c in copies)
    assert all(fc_home in c.parents for c in copies)
    assert _snapshot(tiny_folder) == sources  # the originals are neither moved nor touched
    assert sorted(p.name for p in paths.models_dir().iterdir()) == models  # no model saved
    assert [(i.key, i.label) for i in page.items()] == answers  # the answers are not changed by a correction
    assert "3 photos: Pear 3" in teacher.panel.counts.text() and teacher.panel.photos.count() == 3
    marked = {i.name for i in page.items() if teacher._label_of(i) == "Pear"}
    assert marked == set(chosen)
    assert not page.view.grab().isNull()  # the delegate paints the "taught" tag
    _select(page, ["kiwi_000.png"])
    assert teacher.teach_selected_as("Not one of my fruits") == []  # the tiny model has no such class
    assert "no “Not one of my fruits” class" in teacher.panel.message.text()
    teacher.remove([c for c in copies if c.name == "apple_000.png"])
    assert teacher.panel.photos.count() == 2 and (tiny_folder / "apple" / "apple_000.png").exists()


def _teachable(tiny_model_dir, tmp_path):
    """The tiny model, told where its (tiny) training images are, so teaching can replay them."""
    replay = make_image_folder(tmp_path / "replay", per_class=10, seed=9)
    info = copy_model(tiny_model_dir, "teachable cnn")
    return store.update_metadata(info.name, {"config": {"data_dir": str(replay)}})


def test_teach_saves_a_new_model_switches_to_it_and_can_go_back(tf_ready, qtbot, tiny_model_dir, tmp_path):
    parent = _teachable(tiny_model_dir, tmp_path)
    page = tf_ready.page("classify")
    teacher = page.teacher
    page.refresh_models()
    page.select_model(str(parent.path))
    plums = make_image_folder(tmp_path / "my photos", per_class=10, classes=["plum"], seed=21)
    assert drop_files(teacher.panel, [plums])  # a folder of class folders onto the panel
    assert "10 photos: plum 10" in teacher.panel.counts.text()
    others = make_image_folder(tmp_path / "more plums", per_class=6, classes=["plum"], seed=23)
    _classify(qtbot, page, [others / "plum"])
    assert all(i.label != "plum" for i in page.items())
    with qtbot.waitSignal(teacher.changes_ready, timeout=TF_TIMEOUT_MS) as changed:
        with qtbot.waitSignal(teacher.teaching_finished, timeout=TF_TIMEOUT_MS) as finished:
            teacher.panel.teach_button.click()
    new = finished.args[0]
    assert new.class_names == ["apple", "banana", "kiwi", "plum"] and new.metadata["parent"] == "teachable cnn"
    assert page.picker.current_model().path == new.path
    assert sum(i.label == "plum" for i in page.items()) >= 5  # other photos of the new class, re-answered
    assert len(changed.args[0]) >= 5 and all(new_label == "plum" for _, _, new_label in changed.args[0])
    text = teacher.panel.message.text()
    assert "Held-back photos:" in text and "changed" in text and "→ plum" in text
    assert teacher.panel.plot.series("accuracy:val")[1]  # the live curve got the held-back accuracy
    assert not any(legend.isVisible() for legend in teacher.panel.plot._legends.values())  # too narrow for one
    assert teacher.panel.back_button.isVisible()
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS):
        teacher.panel.back_button.click()
    assert page.picker.current_model().path == parent.path
    assert teacher.panel.message.text() == "" and not teacher.panel.plot.isVisible()  # no stale summary
    assert store.find_model(str(new.path)).name == new.name  # the taught model stays in the library


def test_cancel_leaves_the_store_unchanged(tf_ready, qtbot, tiny_model_dir, tmp_path):
    parent = _teachable(tiny_model_dir, tmp_path)
    page = tf_ready.page("classify")
    page.refresh_models()
    page.select_model(str(parent.path))
    teacher = page.teacher
    teacher.add_folders([make_image_folder(tmp_path / "photos", per_class=8, classes=["plum", "fig"], seed=5)])
    before = sorted(os.listdir(paths.models_dir()))
    with qtbot.waitSignal(teacher.teaching_failed, timeout=TF_TIMEOUT_MS) as failed:
        teacher.panel.teach_button.click()
        teacher.panel.progress_row.cancel_button.click()
    assert "cancelled" in failed.args[0] and "nothing was saved" in failed.args[0]
    qtbot.waitUntil(lambda: not teacher.busy, timeout=WORK_TIMEOUT_MS)
    assert sorted(os.listdir(paths.models_dir())) == before
    assert page.picker.current_model().path == parent.path and teacher.panel.teach_button.isEnabled()
