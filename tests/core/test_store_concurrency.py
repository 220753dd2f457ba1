"""Two processes saving a model under the same name at the same moment: both models are kept.

Each process picks its free name first and then writes for a while (a Keras save takes
seconds), so two saves started together both pick the same name. The processes here
meet at a file barrier right after picking it, so the interleaving happens every time.
"""

import os
import subprocess
import sys

from fruitclassifier.core.store import list_models

SAVE_AFTER_BARRIER = r"""
import shutil, sys, time
from pathlib import Path
from fruitclassifier.core import store

barrier, me, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
pick = store.unique_name

def pick_then_wait(name):
    chosen = pick(name)
    (barrier / me).touch()
    deadline = time.monotonic() + 60
    while len(list(barrier.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    return chosen

store.unique_name = pick_then_wait


class FileModel:  # a finished .keras file standing in for a Keras model: no TensorFlow needed
    def count_params(self):
        return 1

    def save(self, target):
        shutil.copyfile(source, target)


try:
    info = store.save_model(FileModel(), {"class_names": ["apple", "banana", "kiwi"], "image_size": 24,
                                          "arch": "custom_cnn"}, name="same name")
except store.StoreError as exc:
    print("refused:", exc)
else:
    print("saved:", info.name)
"""


def test_two_processes_saving_one_name_at_once_keep_both(tiny_model_dir, fc_home, tmp_path):
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "FRUITCLASSIFIER_FAST_PATH": "off"}
    procs = [subprocess.Popen([sys.executable, "-c", SAVE_AFTER_BARRIER, str(barrier), me,
                               str(tiny_model_dir / "model.keras")], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for me in ("a", "b")]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outputs]
    lines = sorted(out.strip() for out, _ in outputs)
    assert lines == ["saved: same name", "saved: same name (2)"], lines  # never "Directory not empty"
    stored = {m.name: m for m in list_models() if not m.bundled}
    assert set(stored) == {"same name", "same name (2)"}
    for info in stored.values():
        assert info.metadata["name"] == info.name and info.model_file.stat().st_size > 0
    assert not [p for p in (fc_home / "models").iterdir() if p.name.startswith(".tmp-")]  # nothing left behind
