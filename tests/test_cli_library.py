"""The Models page's twins on the command line (info, export, rename, delete), predict's --jsonl stream and
exit code 3, --quiet, and help text on every argument of every command."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import shutil
import sys
from urllib.parse import unquote

import pytest

from fruitclassifier import paths
from fruitclassifier.cli import build_parser, main


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def my_model(tiny_model_dir) -> str:
    """A copy of the tiny model in this test's own library (rename and delete change only those)."""
    shutil.copytree(tiny_model_dir, paths.models_dir() / tiny_model_dir.name)
    return json.loads((tiny_model_dir / "metadata.json").read_text(encoding="utf-8"))["name"]


def _library_names(capsys) -> list[str]:
    code, out, _ = _run(capsys, "models", "--json")
    assert code == 0
    return [m["name"] for m in json.loads(out)]


def test_every_argument_of_every_command_has_help():
    parser = build_parser()
    missing = []
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in [("", parser), *subparsers.choices.items()]:
        missing += [f"{name} {a.dest}" for a in sub._actions if not a.help and a.help != argparse.SUPPRESS]
    assert missing == []
    assert set(subparsers.choices) >= {"info", "export", "rename", "delete", "models", "predict", "teach"}
    assert "3" in parser.epilog and "could not be read" in parser.epilog


def test_info_describes_the_bundled_model_and_a_broken_folder(capsys):
    bundled = next(p for p in paths.bundled_models_dir().iterdir() if (p / "metadata.json").is_file())
    meta = json.loads((bundled / "metadata.json").read_text(encoding="utf-8"))
    code, out, _ = _run(capsys, "info", bundled.name, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["bundled"] and shown["class_names"] == meta["class_names"] and shown["problem"] == ""
    code, out, _ = _run(capsys, "info", bundled.name)
    assert code == 0 and "bundled (read-only)" in out and f"{meta['image_size']}×{meta['image_size']} px" in out

    broken = paths.models_dir() / "half-written"
    broken.mkdir()
    (broken / "metadata.json").write_text('{"class_names": "not a list"}', encoding="utf-8")
    code, out, _ = _run(capsys, "info", str(broken))
    assert code == 0 and "Problem:" in out


def test_rename_and_delete_change_only_my_models(capsys, my_model, monkeypatch):
    code, out, _ = _run(capsys, "rename", my_model, "Discs")
    assert code == 0 and out.strip() == "Discs"
    assert "Discs" in _library_names(capsys) and my_model not in _library_names(capsys)

    bundled = next(p.name for p in paths.bundled_models_dir().iterdir() if (p / "metadata.json").is_file())
    code, _, err = _run(capsys, "rename", bundled, "Mine now")
    assert code == 2 and "bundled" in err and len(err.strip().splitlines()) == 1

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script: no one to ask
    code, _, err = _run(capsys, "delete", "Discs")
    assert code == 2 and "--yes" in err and "Discs" in _library_names(capsys)
    folder = next(p for p in paths.models_dir().iterdir() if (p / "metadata.json").is_file())
    code, _, err = _run(capsys, "delete", "Discs", "--yes")
    assert code == 0 and "Moved 'Discs' to the trash" in err and "Discs" not in _library_names(capsys)
    if sys.platform.startswith("linux"):  # the freedesktop trash under the test's own XDG_DATA_HOME
        trash = Path(os.environ["XDG_DATA_HOME"]) / "Trash"
        assert (trash / "files" / folder.name / "metadata.json").is_file()
        record = (trash / "info" / f"{folder.name}.trashinfo").read_text(encoding="utf-8")
        assert record.startswith("[Trash Info]\nPath=") and unquote(record.split("\n")[1][5:]) == str(folder)
    code, _, err = _run(capsys, "delete", "Discs", "--yes")
    assert code == 2 and "No saved model called 'Discs'" in err


def test_delete_asks_on_a_terminal_and_keeps_the_model_on_no(capsys, my_model, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, _, err = _run(capsys, "delete", my_model)
    assert code == 0 and "Not deleted" in err and my_model in _library_names(capsys)
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    code, _, _ = _run(capsys, "delete", my_model, "--quiet")
    assert code == 0 and my_model not in _library_names(capsys)


@pytest.mark.slow
def test_export_tflite_writes_a_checked_copy(capsys, tiny_model_dir, tmp_path, real_images_dir):
    out_file = tmp_path / "out" / "tiny.tflite"
    code, out, err = _run(capsys, "export", tiny_model_dir, out_file, "--samples",
                          *sorted(real_images_dir.glob("*.jpg"))[:4], "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["format"] == "tflite" and Path(report["path"]) == out_file and out_file.stat().st_size > 0
    assert report["samples"] == 4 and report["max_abs_diff"] <= report["tolerance"]
    labels = out_file.with_name("tiny-labels.txt").read_text(encoding="utf-8").split()
    meta = json.loads((tiny_model_dir / "metadata.json").read_text(encoding="utf-8"))
    assert labels == meta["class_names"]


def test_predict_jsonl_streams_one_line_a_file_and_exits_3_when_some_failed(capsys, tiny_model_dir, tmp_path,
                                                                          real_images_dir):
    photos = sorted(real_images_dir.glob("*.jpg"))[:3]
    folder = tmp_path / "mixed"
    folder.mkdir()
    for photo in photos:
        shutil.copy(photo, folder / photo.name)
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")

    code, out, err = _run(capsys, "predict", tiny_model_dir, folder, "--jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 3 and len(lines) == 4 and "1 of 4" in err
    assert sorted(Path(a["path"]).name for a in lines) == sorted([*(p.name for p in photos), "broken.jpg"])
    assert [a for a in lines if "error" in a][0]["path"].endswith("broken.jpg")

    code, out, err = _run(capsys, "predict", tiny_model_dir, folder, "--json")
    assert code == 3 and len(json.loads(out)) == 4 and "1 of 4" in err
    code, out, err = _run(capsys, "predict", tiny_model_dir, folder, "--quiet")
    assert code == 3 and len(out.splitlines()) == 4 and err == ""  # the answers and the code; no notes
    code, out, _ = _run(capsys, "predict", tiny_model_dir, *photos)
    assert code == 0 and len(out.splitlines()) == 3


def test_verbose_shows_the_traceback_of_a_bug_and_plain_runs_do_not(capsys, monkeypatch):
    from fruitclassifier.core import store

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug in the store")

    monkeypatch.delenv("FRUITCLASSIFIER_DEBUG", raising=False)
    monkeypatch.setattr(store, "find_model", broken)
    code, _, err = _run(capsys, "info", "anything")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "info", "anything", "--verbose")
    assert code == 1 and "Traceback" in err and "ZeroDivisionError: a bug in the store" in err
