"""Deleting to the trash (store.delete_model's to_trash, which the GUI fills with QFile.moveToTrash) and
bringing a model back (store.restore_model): the core part of the Models page's Undo, without Qt."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from fruitclassifier import paths
from fruitclassifier.core import store


@pytest.fixture
def my_model(tiny_model_dir, tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(paths, "bundled_models_dir", lambda: tmp_path / "no-bundled-models")
    return Path(shutil.copytree(tiny_model_dir, paths.models_dir() / tiny_model_dir.name))


def _freedesktop_trash(root: Path):
    """A trash like the XDG one: files/<name> plus info/<name>.trashinfo."""
    def move(folder: Path) -> Path:
        (root / "files").mkdir(parents=True, exist_ok=True)
        (root / "info").mkdir(exist_ok=True)
        (root / "info" / f"{folder.name}.trashinfo").write_text(f"[Trash Info]\nPath={folder}\n")
        return Path(shutil.move(str(folder), str(root / "files" / folder.name)))
    return move


def test_deleted_to_the_trash_and_restored_under_its_old_folder(my_model, tmp_path):
    name = store.find_model(str(my_model)).name
    in_trash = store.delete_model(name, to_trash=_freedesktop_trash(tmp_path / "Trash"))
    assert in_trash == tmp_path / "Trash" / "files" / my_model.name and (in_trash / "metadata.json").is_file()
    assert store.list_models() == [] and not my_model.exists()

    restored = store.restore_model(in_trash, my_model.name)
    assert restored.path == my_model and restored.name == name and restored.error is None
    assert [m.name for m in store.list_models()] == [name]
    assert not in_trash.exists() and not (tmp_path / "Trash" / "info" / f"{my_model.name}.trashinfo").exists()


def test_no_trash_means_deleted_and_a_taken_folder_is_not_overwritten(my_model, tmp_path):
    name = store.find_model(str(my_model)).name
    assert store.delete_model(name, to_trash=lambda folder: None) is None  # no trash here: gone for good
    assert not my_model.exists() and not list(paths.models_dir().glob(".tmp*"))

    elsewhere = tmp_path / "in-trash" / my_model.name
    my_model.mkdir()  # a new model took the folder name meanwhile
    elsewhere.mkdir(parents=True)
    with pytest.raises(store.StoreError, match="exists again"):
        store.restore_model(elsewhere, my_model.name)
    assert elsewhere.is_dir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the freedesktop trash (Linux, BSD)")
def test_the_cli_trash_keeps_two_deletions_of_one_name_apart(tmp_path, monkeypatch):
    from fruitclassifier.core.store.trash import move_to_trash

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    moved = []
    for text in ("first", "second"):
        folder = tmp_path / "models" / "tiny-cnn"
        folder.mkdir(parents=True)
        (folder / "note.txt").write_text(text)
        moved.append(move_to_trash(folder))
        assert not folder.exists()
    trash = tmp_path / "data" / "Trash"
    assert moved == [trash / "files" / "tiny-cnn", trash / "files" / "tiny-cnn 2"]
    assert [(p / "note.txt").read_text() for p in moved] == ["first", "second"]
    assert (trash / "info" / "tiny-cnn 2.trashinfo").read_text().startswith("[Trash Info]\nPath=")
    assert move_to_trash(tmp_path / "no-such-folder") is None
    assert not (trash / "info" / "no-such-folder.trashinfo").exists()
