"""Classify's "Not one of mine" setting: the levels a model measured, every photo answered again, remembered."""

from __future__ import annotations

from gui_helpers import WORK_TIMEOUT_MS, copy_model, drop_files
from helpers import edit_metadata

from fruitclassifier.gui.classify.refusal_picker import SETTING, RefusalPicker


def _finish(qtbot, page, action):
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS):
        action()


def test_refusal_level_answers_every_photo_again_and_is_remembered(tf_ready, qtbot, tiny_model_dir, tiny_folder):
    levels = copy_model(tiny_model_dir, "levels cnn", ["apple", "banana", "_other"])  # kiwis are "not mine"
    edit_metadata(levels.path, open_set={
        "other_class": "_other", "threshold": 0.5, "default_level": "balanced",
        "levels": {"rarely": 0.0, "balanced": 0.5, "readily": 0.6},
        "level_figures": {"rarely": {"known_refused": 0.01, "unseen_refused": 0.4}}})
    page = tf_ready.page("classify")
    page.refresh_models()
    assert not page.refusal.isEnabled()  # the tiny cnn has one threshold, or none
    page.select_model("levels cnn")
    assert page.refusal.isEnabled() and "own fruit refused 1%" in page.refusal.toolTip()
    kiwis = sorted((tiny_folder / "kiwi").iterdir())[:6]
    _finish(qtbot, page, lambda: drop_files(page.drop_zone, kiwis))
    assert sum(item.unknown for item in page.items()) >= 5
    _finish(qtbot, page, lambda: page.refusal.setCurrentIndex(page.refusal.findData("rarely")))
    assert len(page.items()) == 6 and not any(item.unknown for item in page.items())
    assert RefusalPicker().level == "rarely"  # a new window starts where the user left it
    from fruitclassifier.gui.base.settings import settings

    assert settings().value(SETTING) == "rarely"
