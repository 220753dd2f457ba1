"""A saving process killed (SIGKILL) at random points never leaves the store broken (issue 19); saves fsync.

A real subprocess saves, renames, re-describes and deletes tiny models in a loop; it is killed at a
random moment, a few times over. After each kill the store must still list, list nothing broken, and
every listed model must classify a photo. The random delays are printed, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from fruitclassifier.core import store
from fruitclassifier.core.inference.classifier import Classifier

pytestmark = pytest.mark.slow

SAVER = textwrap.dedent("""
    import os, keras
    from fruitclassifier.core import store
    from fruitclassifier.core.models.registry import build_model

    keras.utils.set_random_seed(0)
    model = build_model("custom_cnn", 3, 24, dropout=0.0, seed=0)
    meta = {"arch": "custom_cnn", "class_names": ["apple", "banana", "kiwi"], "image_size": 24,
            "preprocessing": "rescale"}
    print("ready", flush=True)
    for i in range(1000):
        info = store.save_model(model, meta, name=f"saved {i}")
        info = store.rename_model(info.name, f"renamed {os.getpid()} {i}")
        store.update_metadata(info.name, {"notes": f"round {i}"})
        if i % 2:
            store.delete_model(info.name)
        print("round", i, flush=True)
""")


def _start(env: dict, log) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", SAVER], env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    assert proc.stdout.readline().strip() == "ready", _tail(log)
    return proc


def _tail(log) -> str:
    log.flush()
    log.seek(0)
    return log.read()[-1500:]


def test_killed_saves_leave_a_store_that_lists_and_classifies(fc_home, tiny_folder, tmp_path):
    rng = random.Random(os.environ.get("SIGKILL_SEED") or time.time_ns())
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "TF_CPP_MIN_LOG_LEVEL": "3"}
    photo = tiny_folder / "kiwi" / "kiwi_001.jpg"
    with open(tmp_path / "saver.log", "w+") as log:  # the saver's stderr, shown when it fails on its own
        for kill in range(3):
            proc = _start(env, log)
            if kill:  # after the first kill (anywhere, even in the first save), let one round finish first
                assert proc.stdout.readline().startswith("round"), _tail(log)
            delay = rng.uniform(0.05, 4.0)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            listed = store.list_models(include_broken=True)
            broken = [(i.path.name, i.problem) for i in listed if i.error is not None]
            assert not broken, f"kill {kill} after {delay:.2f} s left {broken}"
            for info in (i for i in listed if not i.bundled):
                [answer] = Classifier.load(info).classify_paths([photo])
                assert answer.ok, f"kill {kill} after {delay:.2f} s: {info.name} cannot classify ({answer.error})"
    assert any(not i.bundled for i in store.list_models())  # the later rounds' saves are there to be checked


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names synced files through /proc (Linux)")
def test_a_save_fsyncs_the_model_file_and_the_store_folder_before_it_is_visible(monkeypatch):
    """A kill cannot show a missing fsync; a power cut would: every file and the rename are synced."""
    from fruitclassifier import paths
    from fruitclassifier.core import atomic
    from fruitclassifier.core.models.registry import build_model

    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    model = build_model("custom_cnn", 3, 24, dropout=0.0, seed=0)
    info = store.save_model(model, {"arch": "custom_cnn", "class_names": ["a", "b", "c"], "image_size": 24})
    names = [os.path.basename(p) for p in synced]
    assert "model.keras" in names and any(n.endswith("metadata.json") for n in names)
    assert str(paths.models_dir()) in synced  # the folder's rename into place is durable too
    synced.clear()
    store.rename_model(info.name, "renamed")
    assert str(paths.models_dir()) in synced
