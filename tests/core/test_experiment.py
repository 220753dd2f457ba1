"""The experiment command: every run trained, evaluated on test and realistic folders, report written."""

import json

from fruitclassifier.cli import main
from fruitclassifier.core.store import find_model


def test_experiment_with_a_fine_tuning_stage_writes_a_complete_report(tiny_fruits360, tmp_path, capsys):
    config = tmp_path / "exp.toml"
    config.write_text(
        f'name = "tiny"\ntest_dir = "{tiny_fruits360 / "Test"}"\nrealistic_dir = "{tiny_fruits360 / "Test"}"\n'
        f'[defaults]\ndata_dir = "{tiny_fruits360 / "Training"}"\nimage_size = 24\nbatch_size = 8\nepochs = 1\n'
        '[[run]]\narch = "compact_cnn"\nname = "stage one"\n'
        '[[run]]\narch = "compact_cnn"\nname = "stage two"\nweights = "@previous"\nlearning_rate = 0.0001\n')
    out = tmp_path / "report"
    assert main(["experiment", str(config), "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [m["name"] for m in summary["models"]] == ["stage one", "stage two"]
    assert set(summary["realistic_accuracy"]) == {"stage one", "stage two"}
    for name in ("report.md", "metrics.json", "curves.png", "per_class_f1.png"):
        assert (out / name).stat().st_size > 0
    assert "realistic set" in (out / "report.md").read_text()
    assert summary["report"] == str((out / "report.md").resolve())
    assert "report" not in json.loads((out / "metrics.json").read_text())  # no machine's path in the report
    metrics = find_model("stage two").metadata["metrics"]
    assert {"test_accuracy", "realistic_accuracy"} <= set(metrics)
    assert find_model("stage two").metadata["config"]["weights"].endswith(".weights.h5")
