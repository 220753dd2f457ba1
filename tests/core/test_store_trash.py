"""Deleting to the trash through Send2Trash (store.delete_model(to_trash=True)) and Undo
(store.restore_model from the hard-linked copy kept in the app's recycle folder), without Qt; and where
there is no trash: NoTrashError with nothing changed and no folder made, on the CLI a second question."""

from __future__ import annotations

import os
from pathlib import Path
import shutil
import subprocess
import sys

import pytest

from fruitclassifier import paths
from fruitclassifier.core import store

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the freedesktop trash (Linux, BSD)")


@pytest.fixture
def my_model(tiny_model_dir, tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(paths, "bundled_models_dir", lambda: tmp_path / "no-bundled-models")
    return Path(shutil.copytree(tiny_model_dir, paths.models_dir() / tiny_model_dir.name))


@pytest.fixture
def no_trash(tmp_path, monkeypatch) -> Path:
    """A data home under a plain file: no trash folder can be made there (as on a volume without one)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    return blocker


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@linux_only
def test_trashed_then_undone_from_the_kept_copy_and_the_trash_entry_goes(my_model):
    name = store.find_model(str(my_model)).name
    kept = store.delete_model(name, to_trash=True, keep=True)
    trash = Path(os.environ["XDG_DATA_HOME"]) / "Trash"
    in_trash = trash / "files" / my_model.name
    assert store.list_models() == [] and not my_model.exists() and (in_trash / "metadata.json").is_file()
    assert (trash / "info" / f"{my_model.name}.trashinfo").read_text().startswith("[Trash Info]\nPath=")
    for f in kept.iterdir():  # the kept copy is hard links: the model's bytes are on disk once
        assert f.stat().st_ino == (in_trash / f.name).stat().st_ino

    restored = store.restore_model(kept, my_model.name)
    assert restored.path == my_model and restored.name == name and restored.error is None
    assert [m.name for m in store.list_models()] == [name]
    assert not in_trash.exists() and not (trash / "info" / f"{my_model.name}.trashinfo").exists()
    assert not kept.parent.exists()


@linux_only
def test_a_plain_trash_delete_keeps_nothing_and_same_names_stay_apart(tmp_path):
    from fruitclassifier.core.store.trash import move_to_trash

    for text in ("first", "second"):
        folder = paths.models_dir() / "tiny-cnn"
        folder.mkdir()
        (folder / "note.txt").write_text(text)
        assert move_to_trash(folder) is None and not folder.exists()
    files = Path(os.environ["XDG_DATA_HOME"]) / "Trash" / "files"
    assert [(files / n / "note.txt").read_text() for n in ("tiny-cnn", "tiny-cnn 1")] == ["first", "second"]
    assert not (paths.home() / "recycle").exists()


def test_no_trash_changes_nothing_and_makes_no_folder(my_model, no_trash):
    before = _tree(paths.home())
    with pytest.raises(store.NoTrashError, match="no trash"):
        store.delete_model(str(my_model), to_trash=True, keep=True)
    assert my_model.is_dir() and _tree(paths.home()) == before and not no_trash.with_name("share").exists()
    assert store.delete_model(str(my_model)) is None and not my_model.exists()  # for good, when asked


def test_a_taken_folder_is_not_overwritten_by_undo(my_model, tmp_path):
    kept = tmp_path / "kept" / my_model.name
    kept.mkdir(parents=True)
    with pytest.raises(store.StoreError, match="exists again"):
        store.restore_model(kept, my_model.name)
    assert kept.is_dir() and my_model.is_dir()


def test_cli_without_a_trash_asks_again_and_says_deleted_for_good(my_model, no_trash, monkeypatch, capsys):
    from fruitclassifier.cli import main

    answers = iter(["y", "n"])  # yes to the trash, no to deleting for good
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    assert main(["delete", str(my_model)]) == 0
    err = capsys.readouterr().err
    assert "no trash" in err and "Not deleted" in err and my_model.is_dir()

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "fruitclassifier", "delete", str(my_model)]
    done = subprocess.run(
        cmd, check=False, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "--yes" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = subprocess.run(
        [*cmd, "--yes"], check=False, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "for good" in done.stderr and "no trash" in done.stderr and not my_model.exists()
    assert not no_trash.with_name("share").exists() and not (paths.home() / "recycle").exists()
