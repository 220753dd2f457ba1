"""Run folders and caches (issue 27.8): a finished run keeps only its settings and curves, `runs prune`
removes finished runs' checkpoints and runs whose model is gone (stopped runs keep theirs for --resume),
`runs delete RUN` removes one; caches live in the platform's cache folder."""

from __future__ import annotations

import json
import shutil

import pytest

from fruitclassifier import paths
from fruitclassifier.cli import main


def _run_folder(run_id: str, status: str, model: str, checkpoint_bytes: int = 300_000):
    folder = paths.runs_dir() / run_id
    (folder / "other").mkdir(parents=True)
    (folder / "state.json").write_text(json.dumps({
        "run_id": run_id, "config": {"arch": "custom_cnn", "epochs": 2}, "epochs_done": 2,
        "status": status, "model_name": model}), encoding="utf-8")
    (folder / "checkpoint.keras").write_bytes(b"k" * checkpoint_bytes)
    (folder / "best.weights.h5").write_bytes(b"w" * 100_000)
    (folder / "other" / "x.png").write_bytes(b"p" * 100_000)
    return folder


def _my_model(tiny_model_dir, name: str, run_id: str) -> None:
    folder = shutil.copytree(tiny_model_dir, paths.models_dir() / name.lower())
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    (folder / "metadata.json").write_text(json.dumps({**meta, "name": name, "run_id": run_id}), encoding="utf-8")


def test_prune_frees_finished_and_orphaned_runs_only(tiny_model_dir, capsys):
    finished = _run_folder("r1-finished", "finished", "Kept")
    stopped = _run_folder("r2-stopped", "stopped", "Stopped one")
    orphan = _run_folder("r3-orphan", "finished", "Deleted since", checkpoint_bytes=1_000_000)
    renamed = _run_folder("r4-renamed", "stopped", "Old name")  # the model was renamed: found by run id
    killed = _run_folder("r5-killed", "running", "")  # killed before it saved: resumable, no model
    _my_model(tiny_model_dir, "Kept", "r1-finished")
    _my_model(tiny_model_dir, "Stopped one", "r2-stopped")
    _my_model(tiny_model_dir, "New name", "r4-renamed")

    assert main(["runs", "prune"]) == 0
    out = capsys.readouterr().out
    assert "r1-finished\tfinished\t0.5 MB" in out and "r3-orphan\tmodel gone\t1.2 MB" in out
    assert "Freed 1.7 MB from 2 run(s)." in out
    assert sorted(p.name for p in finished.iterdir()) == ["state.json"] and not orphan.exists()
    for kept in (stopped, renamed, killed):
        assert (kept / "checkpoint.keras").is_file() and (kept / "other" / "x.png").is_file()
    assert main(["runs", "prune"]) == 0 and "Nothing to remove." in capsys.readouterr().out

    assert main(["runs", "delete", "Stopped one"]) == 0  # by its model's name
    assert "r2-stopped\tdeleted\t0.5 MB" in capsys.readouterr().out and not stopped.exists()
    assert main(["runs", "delete", "no-such-run"]) == 2
    err = capsys.readouterr().err
    assert "no training run named 'no-such-run'" in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_finished_run_keeps_no_checkpoint_and_says_so_on_resume(tiny_folder, capsys):
    from fruitclassifier.config import TrainConfig
    from fruitclassifier.core.training.train import TrainingError, train

    config = TrainConfig(data_dir=str(tiny_folder), arch="custom_cnn", epochs=1, batch_size=8, image_size=24,
                         val_split=0.25, seed=1, dropout=0.0, open_set=False)
    info = train(config)
    folder = paths.runs_dir() / info.metadata["run_id"]
    assert sorted(p.name for p in folder.iterdir()) == ["batches.json", "state.json"]
    with pytest.raises(TrainingError, match="checkpoint was removed") as refused:
        train(config.replace(epochs=2), resume=info.metadata["run_id"])
    assert "--config" in str(refused.value)


def test_caches_live_in_the_platforms_cache_folder_and_the_old_one_moves(monkeypatch, user_dirs, tmp_path):
    monkeypatch.delenv("FRUITCLASSIFIER_HOME")
    old = tmp_path / "xdg-data" / "FruitClassifier" / "cache"
    (old / "eval").mkdir(parents=True)
    (old / "eval" / "entry.json").write_text("{}")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    cache = paths.cache_dir()
    assert cache == tmp_path / "xdg-cache" / "FruitClassifier"
    assert (cache / "eval" / "entry.json").is_file() and not old.exists()
    assert paths.models_dir() == tmp_path / "xdg-data" / "FruitClassifier" / "models"
