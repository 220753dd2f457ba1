"""Distributed training (issue 17): real worker processes on 127.0.0.1, logical CPUs, stop, resume, lost workers.

Every worker is a real ``fruitclassifier train`` subprocess with its own FRUITCLASSIFIER_HOME (so "only
the chief writes to the store" is checked on disk), a free port found by binding port 0, and a
wall-clock limit. The model is the registry's compact CNN (Conv + BatchNorm + Dense) on 16-px discs,
2 epochs, global batch 8 with 48 training images: 6 global batches an epoch. The learning rate is small
(1e-5) because Adam turns float rounding (two half-batch gradient sums against one) into weight differences
that grow with the step size, and BatchNorm statistics re-estimated each epoch amplify them again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import signal
import subprocess
import sys
import time

from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier.core.training.distributed.setup import free_port

LIMIT_S = 120  # any one subprocess; a hang fails the test instead of the suite
TRAIN = ["--arch", "compact_cnn", "--image-size", "16", "--batch-size", "8", "--dropout", "0", "--no-open-set",
         "--learning-rate", "0.00001", "--seed", "3", "--name", "dist"]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """60 discs of 3 colours; the default 20 % validation share leaves 48 to train on (6 batches of 8)."""
    return make_image_folder(tmp_path_factory.mktemp("dist_data") / "fruit", per_class=20, size=16, seed=3)


def _start(data: Path, home: Path, *extra: str, epochs: int = 2, stderr=subprocess.PIPE) -> subprocess.Popen:
    home.mkdir(parents=True, exist_ok=True)  # TMPDIR too: a worker's scratch folder stays in the test's folder
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(home), "TF_CPP_MIN_LOG_LEVEL": "3", "TMPDIR": str(home)}
    cmd = [sys.executable, "-m", "fruitclassifier", "train", str(data), *TRAIN, "--epochs", str(epochs), "--json",
           *extra]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True)


def _results(*procs: subprocess.Popen) -> list[tuple[int, dict, str]]:
    """(exit status, JSON on stdout, stderr) of each process; all are killed if one outlives LIMIT_S."""
    out, deadline = [], time.monotonic() + LIMIT_S
    try:
        for proc in procs:
            stdout, stderr = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
            out.append((proc.returncode, json.loads(stdout) if stdout.strip() else {}, stderr or ""))
    except subprocess.TimeoutExpired:
        pytest.fail("a worker did not finish within the time limit")
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    return out


def _cluster() -> str:
    return f"127.0.0.1:{free_port()},127.0.0.1:{free_port()}"


def _weights(path: str | Path) -> dict[str, np.ndarray]:
    import keras

    path = Path(path)
    model = keras.saving.load_model(path / "model.keras" if path.is_dir() else path, compile=False)
    return {v.path: np.asarray(v) for v in model.weights}


def _assert_close(a: dict, b: dict, atol: float) -> None:
    assert a.keys() == b.keys()
    assert any("moving_variance" in name for name in a)  # BatchNorm's statistics are among them
    worst = max(a, key=lambda name: float(np.max(np.abs(a[name] - b[name]))))
    assert np.allclose(a[worst], b[worst], rtol=0, atol=atol), (worst, float(np.max(np.abs(a[worst] - b[worst]))))


@pytest.fixture(scope="module")
def reference(data, tmp_path_factory) -> Path:
    """The same run in one process on one device (--devices 1): the model folder it stored."""
    home = tmp_path_factory.mktemp("dist_ref")
    [(status, meta, err)] = _results(_start(data, home, "--devices", "1"))
    assert status == 0, err
    assert meta["distributed"]["replicas"] == 1
    return Path(meta["distributed_outcome"]["model_path"])


def test_two_workers_train_the_model_a_single_process_trains(data, reference, tmp_path, monkeypatch, capsys):
    cluster, homes = _cluster(), [tmp_path / "chief", tmp_path / "worker"]
    procs = [_start(data, homes[rank], "--cluster", cluster, "--rank", str(rank)) for rank in (0, 1)]
    (chief_status, chief, chief_err), (worker_status, worker, worker_err) = _results(*procs)
    assert chief_status == 0 and worker_status == 0, chief_err[-800:] + worker_err[-800:]
    for outcome in (chief["distributed_outcome"], worker["distributed_outcome"]):
        assert outcome["workers"] == 2 and outcome["replicas"] == 2 and not outcome["stopped"]
        assert outcome["batch_sizes"] == [[4]] * 6  # half of each global batch of 8
        assert (outcome["images_seen"], outcome["global_images"]) == (48, 48 * 2)  # 2 epochs of 48 images
    assert worker["distributed_outcome"]["model"] is None
    assert [p.name for p in (homes[0] / "models").iterdir()] == [Path(chief["distributed_outcome"]["model_path"]).name]
    assert not (homes[1] / "models").exists() or not any((homes[1] / "models").iterdir())
    chief_w, worker_w = _weights(chief["distributed_outcome"]["model_path"]), _weights(
        worker["distributed_outcome"]["model_path"])
    _assert_close(chief_w, worker_w, atol=1e-6)
    _assert_close(chief_w, _weights(reference), atol=1e-5)
    monkeypatch.setenv("FRUITCLASSIFIER_HOME", str(homes[0]))  # the normal path: predict by the stored name
    from fruitclassifier import cli

    photo = sorted((data / "kiwi").iterdir())[0]
    assert cli.main(["predict", "dist", str(photo), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)[0]
    assert answer["top"][0]["label"] in ("apple", "banana", "kiwi") and "error" not in answer


def test_two_logical_cpus_train_the_model_a_single_device_trains(data, reference, tmp_path):
    [(status, meta, err)] = _results(_start(data, tmp_path, "--devices", "2"))
    assert status == 0, err[-800:]
    outcome = meta["distributed_outcome"]
    assert outcome["replicas"] == 2 and outcome["workers"] == 1
    assert outcome["batch_sizes"] == [[4, 4]] * 6  # each logical CPU got half of each batch
    _assert_close(_weights(outcome["model_path"]), _weights(reference), atol=1e-5)


def _wait_for_epoch(home: Path, procs: list[subprocess.Popen], epochs: int = 1) -> None:
    """Until the chief's run folder records ``epochs`` finished epochs (or fail after LIMIT_S)."""
    deadline = time.monotonic() + LIMIT_S
    while time.monotonic() < deadline:
        for state in (home / "runs").glob("*/state.json") if (home / "runs").exists() else []:
            try:
                if json.loads(state.read_text())["epochs_done"] >= epochs:
                    return
            except (OSError, ValueError, KeyError):
                pass
        if any(p.poll() is not None for p in procs):
            pytest.fail("a worker ended before its first epoch: " + procs[0].stderr.read()[-800:])
        time.sleep(0.2)
    pytest.fail("no epoch finished within the time limit")


def test_a_killed_worker_ends_the_other_with_one_line_within_the_timeout(data, tmp_path):
    cluster, homes = _cluster(), [tmp_path / "chief", tmp_path / "worker"]
    procs = [_start(data, homes[rank], "--cluster", cluster, "--rank", str(rank), "--worker-timeout", "15",
                    epochs=500) for rank in (0, 1)]
    _wait_for_epoch(homes[0], procs)
    procs[1].kill()
    killed = time.monotonic()
    [(status, _meta, err)] = _results(procs[0])
    assert status != 0
    assert time.monotonic() - killed < 15 + 10
    last = err.strip().splitlines()[-1]
    assert last.startswith("fruitclassifier: ") and "worker" in last and "Traceback" not in err


def test_a_worker_that_never_arrives_ends_the_chief_within_the_timeout(data, tmp_path):
    started = time.monotonic()
    [(status, _meta, err)] = _results(_start(data, tmp_path, "--cluster", _cluster(), "--rank", "0",
                                             "--worker-timeout", "4"))
    assert status != 0 and time.monotonic() - started < 60
    assert err.strip().splitlines()[-1] == (
        "fruitclassifier: no answer from the other 1 worker(s) for 4 s while waiting for them to join: a worker "
        "stopped or never started; check every machine, then start all workers again")


def test_ctrl_c_on_the_chief_stops_every_worker_then_the_chief_resumes_the_run(tmp_path):
    """Ctrl-C on the chief ends every worker after one batch. Only the chief keeps the run folder: resumed
    there (--resume RUN), the worker started with its usual command takes the chief's weights, optimizer and
    epochs (sync.py) and trains just the epochs left.

    On short last batches: 33 training images (4 whole batches of 8, 1 over) and 9 for validation (8, 1 over)
    leave the worker no share of either last batch. Its epoch used to end a step early and the collective
    failed ("Shape mismatch in the collective"); now every worker takes 4 steps and validates all 9 itself."""
    data = make_image_folder(tmp_path / "odd", per_class=14, size=16, seed=5)
    cluster, homes = _cluster(), [tmp_path / "chief", tmp_path / "worker"]
    procs = [_start(data, homes[rank], "--cluster", cluster, "--rank", str(rank), epochs=500) for rank in (0, 1)]
    _wait_for_epoch(homes[0], procs)
    procs[0].send_signal(signal.SIGINT)
    (chief_status, chief, chief_err), (worker_status, worker, worker_err) = _results(*procs)
    assert chief_status == 0 and worker_status == 0, chief_err[-800:] + worker_err[-800:]
    assert chief["distributed_outcome"]["stopped"] and worker["distributed_outcome"]["stopped"]
    assert chief["stopped_early"] and chief["epochs_trained"] < 500
    assert chief["distributed_outcome"]["global_images"] == worker["distributed_outcome"]["global_images"]
    done = chief["epochs_trained"]
    cluster = _cluster()
    procs = [_start(data, homes[0], "--resume", chief["run_id"], "--cluster", cluster, "--rank", "0", epochs=done + 2),
             _start(data, homes[1], "--cluster", cluster, "--rank", "1", epochs=done + 2)]
    (chief_status, chief, chief_err), (worker_status, worker, worker_err) = _results(*procs)
    assert chief_status == 0 and worker_status == 0, chief_err[-800:] + worker_err[-800:]
    assert chief["epochs_trained"] == done + 2 and len(chief["history"]["loss"]) == done + 2
    for outcome in (chief["distributed_outcome"], worker["distributed_outcome"]):
        assert outcome["batch_sizes"] == [[4]] * 4  # whole batches only: the 33rd image waits
        assert (outcome["images_seen"], outcome["global_images"]) == (2 * 16, 2 * 32)  # the 2 epochs left, halved
    scores = np.array(chief["history"]["val_accuracy"]) * 9  # counted over all 9 validation images
    assert np.allclose(scores, np.round(scores), atol=1e-4)
    _assert_close(_weights(chief["distributed_outcome"]["model_path"]),
                  _weights(worker["distributed_outcome"]["model_path"]), atol=1e-6)  # it continued the chief's


def test_a_worker_started_with_other_settings_stops_every_worker_in_one_line(data, tmp_path):
    cluster = _cluster()
    procs = [_start(data, tmp_path / "chief", "--cluster", cluster, "--rank", "0", epochs=3),
             _start(data, tmp_path / "worker", "--cluster", cluster, "--rank", "1", epochs=4)]
    (chief_status, _c, chief_err), (worker_status, _w, worker_err) = _results(*procs)
    assert chief_status == 2 and worker_status == 2
    assert worker_err.strip().splitlines()[-1] == (
        "fruitclassifier: this worker's settings differ from the chief's (epochs 4 here, 3 on the chief); start "
        "every worker with the command the chief's machine shows, on the same data")
    assert chief_err.strip().splitlines()[-1].startswith("fruitclassifier: another worker was started with other")
    assert "Traceback" not in chief_err + worker_err and not (tmp_path / "chief" / "models").exists()


def test_stop_within_one_batch_then_resume_on_one_device(data, monkeypatch):
    """In this process: --devices 1 needs no logical CPUs, so the strategy can start after other tests' TF."""
    from fruitclassifier.config import TrainConfig
    from fruitclassifier.core.events import BatchEnded, RunFinished, RunStarted
    from fruitclassifier.core.training.distributed.run import train_distributed
    from fruitclassifier.core.training.distributed.setup import DistSpec

    config = TrainConfig.for_arch("compact_cnn").replace(data_dir=str(data), image_size=16, batch_size=8, epochs=2,
                                                         dropout=0.0, open_set=False, name="stopped")
    events: list = []

    def stop() -> bool:  # asked during epoch 2's first batch
        return sum(isinstance(e, BatchEnded) for e in events) >= 7

    first = train_distributed(config, DistSpec(), on_event=events.append, should_stop=stop)
    assert sum(isinstance(e, BatchEnded) for e in events) == 8  # the batch after the request was the last
    assert first.stopped and isinstance(events[-1], RunFinished) and events[-1].stopped
    run = next(e.run for e in events if isinstance(e, RunStarted))
    events.clear()
    resumed = train_distributed(None, DistSpec(), on_event=events.append, resume=run)
    assert next(e for e in events if isinstance(e, RunStarted)).initial_epoch == 1
    assert sum(isinstance(e, BatchEnded) for e in events) == 6 and not resumed.stopped
    assert resumed.info is not None and resumed.info.metadata["epochs_trained"] == 2


def test_a_run_stopped_under_a_strategy_resumes_in_plain_training(data):
    """What the window's Resume and `train --resume` (no --devices) call on a run a strategy trained: its
    checkpoint was compiled without accuracy (the custom step measures it), which ended the resumed run in
    a KeyError after its last epoch."""
    from fruitclassifier.config import TrainConfig
    from fruitclassifier.core.events import BatchEnded, RunStarted
    from fruitclassifier.core.training.distributed.run import train_distributed
    from fruitclassifier.core.training.distributed.setup import DistSpec
    from fruitclassifier.core.training.train import train

    config = TrainConfig.for_arch("compact_cnn").replace(data_dir=str(data), image_size=16, batch_size=8, epochs=2,
                                                         dropout=0.0, open_set=False, name="plain resume")
    events: list = []
    first = train_distributed(config, DistSpec(), on_event=events.append,
                              should_stop=lambda: sum(isinstance(e, BatchEnded) for e in events) >= 7)
    assert first.stopped
    run = next(e.run for e in events if isinstance(e, RunStarted))
    info = train(None, resume=run)
    history = info.metadata["history"]
    assert info.metadata["epochs_trained"] == 2 and len(history["accuracy"]) == len(history["loss"]) == 2
    assert 0.0 <= history["val_accuracy"][-1] <= 1.0
