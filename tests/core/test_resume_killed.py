"""A real training process killed with SIGKILL mid-run is resumed from its last checkpoint, by run id
(train()) and by the --name it was started with (`train --resume`); `runs` lists it in between."""

import json
import os
import signal
import subprocess
import sys
import time

from helpers import make_image_folder
import pytest

from fruitclassifier.cli import main
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.store import find_model
from fruitclassifier.core.training.runs import RunState, list_runs
from fruitclassifier.core.training.train import train

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")]


def _state_of(fc_home, name: str) -> dict | None:
    for path in (fc_home / "runs").glob("*/state.json"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # being replaced this instant
            continue
        if raw["config"].get("name") == name:
            return raw
    return None


def _start_and_kill(folder, fc_home, names, min_epochs: int = 2) -> dict[str, dict]:
    """Start one CLI training per name (hundreds of epochs), SIGKILL each after ``min_epochs`` checkpoints."""
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "TF_CPP_MIN_LOG_LEVEL": "3"}
    procs = {name: subprocess.Popen([sys.executable, "-m", "fruitclassifier", "train", str(folder), "--arch",
                                     "custom_cnn", "--epochs", "400", "--image-size", "24", "--batch-size", "8",
                                     "--name", name], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True) for name in names}
    try:
        deadline = time.monotonic() + 300
        while procs and time.monotonic() < deadline:
            for name, proc in list(procs.items()):
                assert proc.poll() is None, proc.communicate()[1][-2000:]
                state = _state_of(fc_home, name)
                if state and state["epochs_done"] >= min_epochs:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait(30)
                    assert proc.returncode == -signal.SIGKILL
                    del procs[name]
            time.sleep(0.1)
        assert not procs, f"no checkpoint within the time limit: {list(procs)}"
    finally:
        for proc in procs.values():
            proc.kill()
    return {name: _state_of(fc_home, name) for name in names}


def test_a_sigkilled_run_resumes_by_run_id_and_by_name(tmp_path, fc_home, capsys):
    folder = make_image_folder(tmp_path / "data", per_class=12)
    killed = _start_and_kill(folder, fc_home, ["killed by id", "killed by name"])
    for state in killed.values():
        assert state["status"] == "running" and state["model_name"] == ""  # it never got to save a model
        assert RunState.load(state["run_id"]).checkpoint.is_file()

    assert main(["runs"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 2 and all(line.endswith("\tresumable") for line in listed)
    assert {line.split("\t")[0] for line in listed} == {s["run_id"] for s in killed.values()}

    by_id = killed["killed by id"]
    state = RunState.load(by_id["run_id"])
    info = train(state.config.replace(epochs=by_id["epochs_done"] + 1), resume=by_id["run_id"])
    assert info.name == "killed by id" and info.metadata["run_id"] == by_id["run_id"]
    assert len(info.metadata["history"]["loss"]) == by_id["epochs_done"] + 1  # continued, not restarted

    by_name = killed["killed by name"]
    code = main(["train", "--resume", "killed by name", "--epochs", str(by_name["epochs_done"] + 1), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    meta = json.loads(out)
    assert meta["name"] == "killed by name" and meta["run_id"] == by_name["run_id"]
    assert len(meta["history"]["loss"]) == by_name["epochs_done"] + 1

    assert {r["run_id"]: r["status"] for r in list_runs()} == {s["run_id"]: "finished" for s in killed.values()}
    for name in killed:
        preds = Classifier.load(find_model(name)).classify_paths(sorted((folder / "kiwi").iterdir())[:2])
        assert all(p.ok for p in preds)
