"""The one atomic writer: all or nothing, nothing left behind, file and folder synced."""

import os

import pytest

from fruitclassifier.core import atomic
from fruitclassifier.core.atomic import atomic_path, atomic_write


def test_atomic_write_replaces_the_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")
    atomic_write(target, "new ✓")
    atomic_write(tmp_path / "blob.bin", b"\x00\x01")
    assert target.read_text(encoding="utf-8") == "new ✓" and (tmp_path / "blob.bin").read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blob.bin", "state.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "checkpoint.keras"
    target.write_bytes(b"good")
    with pytest.raises(RuntimeError):
        with atomic_path(target, suffix=".keras") as tmp:
            assert tmp.parent == tmp_path and tmp.name.endswith(".keras") and tmp.name.startswith(".tmp-")
            tmp.write_bytes(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"good" and [p.name for p in tmp_path.iterdir()] == ["checkpoint.keras"]


def test_the_file_and_its_folder_are_synced_before_and_after_the_rename(tmp_path, monkeypatch):
    synced, real_fsync, real_replace = [], os.fsync, os.replace

    def fsync(fd):
        synced.append("folder" if _is_dir(fd) else "file")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: synced.append("replace") or real_replace(a, b))
    atomic_write(tmp_path / "a.txt", "x")
    expected = ["file", "replace", "folder"] if hasattr(os, "O_DIRECTORY") else ["file", "replace"]
    assert synced == expected


def _is_dir(fd: int) -> bool:
    import stat

    return stat.S_ISDIR(os.fstat(fd).st_mode)
