"""`models` and `info` say the same headline figure, labelled, and `info` lines up (issue 27, item 10)."""

from __future__ import annotations

import shutil

from helpers import edit_metadata


def _lines(capsys, *argv: str) -> list[str]:
    from fruitclassifier import cli

    assert cli.main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def test_models_leads_with_the_real_photo_figure_info_shows(tiny_model_dir, capsys):
    from fruitclassifier import paths

    folder = paths.models_dir() / "measured"
    shutil.copytree(tiny_model_dir, folder)
    edit_metadata(folder, name="measured", class_names=["apple", "banana", "_other"],
                  metrics={"real_photo_accuracy": 0.712, "realistic_accuracy": 0.5, "test_accuracy": 1.0})
    row = next(line for line in _lines(capsys, "models") if line.startswith("measured\t")).split("\t")
    assert row[2:5] == ["2 classes + not one of mine", "24px", "71.2% on held-out real shop photos"]
    info = dict(line.split(":", 1) for line in _lines(capsys, "info", "measured") if ":" in line)
    assert info["Accuracy"].strip().startswith("71.2% on held-out real shop photos · 100.0% on ")
    assert info["Classes"].strip().startswith("2 classes + not one of mine")


def test_info_values_start_in_one_column(capsys):
    lines = _lines(capsys, "info", "Fruit & veg (default)")
    starts = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in lines}
    assert len(starts) == 1 and any(line.startswith("Architecture: ") for line in lines)


def test_messages_read_as_sentences_and_name_the_extra_to_install(tiny_folder, capsys, monkeypatch):
    """"without asking add --yes" and "needs PyTorch and SciPy install them" were run-on lines."""
    import importlib.util

    from fruitclassifier import cli

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main(["delete", "Fruit & veg (default)"]) == 2
    assert "without asking; add --yes" in capsys.readouterr().err
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else
                        real_find_spec(name, *a))
    assert cli.main(["tune", str(tiny_folder), "--sampler", "gp", "--trials", "1"]) == 2
    err = capsys.readouterr().err
    assert "PyTorch and SciPy, which are not installed. Install them with pip install 'fruitclassifier[gp]'" in err
