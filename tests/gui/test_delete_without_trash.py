"""Models page, where the model's folder has no trash (issue 27.6): a second, plain question before the model
is deleted for good; Cancel keeps it and makes no folder; no Undo is offered for a delete that cannot be undone."""

from __future__ import annotations

from fruitclassifier import paths
from fruitclassifier.core import store


def test_no_trash_asks_before_deleting_for_good(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    blocker = tmp_path / "not-a-folder"  # a data home under a plain file: no trash can be made there
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    answers, asked = [QMessageBox.Cancel, QMessageBox.Yes], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: asked.append(args[2]) or answers.pop(0))
    page = window.page("models")
    window.show_page("models")

    page.delete_current(confirm=False)
    assert len(asked) == 1 and "no trash" in asked[0] and "for good" in asked[0]
    assert [m.name for m in store.list_models()] == ["tiny cnn"] and not (paths.home() / "recycle").exists()

    page.delete_current(confirm=False)
    assert len(asked) == 2 and store.list_models() == []
    assert not window.undo_action.isEnabled() and not (paths.home() / "recycle").exists()
