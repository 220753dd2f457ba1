"""Importing TensorFlow the window's way (fruitclassifier/tf_import.py), in a fresh process: the native
libraries are loaded before Python's import (with the GIL released), Keras comes without pyplot, and
afterwards TensorFlow, Keras and pyplot all work as usual."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import json, sys
    from fruitclassifier import tf_import

    preloaded = [p.name for p in tf_import.preload_native_libraries()]
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    before = {"tensorflow_imported": "tensorflow" in sys.modules,
              "mapped": [name for name in preloaded if name in maps]}
    tf = tf_import.import_tensorflow()
    import keras
    after = {"pyplot_imported": "matplotlib.pyplot" in sys.modules, "gc_enabled": __import__("gc").isenabled(),
             "sum": float(tf.reduce_sum(tf.constant([1.0, 2.0]))),
             "dense": keras.layers.Dense(2)(tf.ones((1, 3))).shape.as_list()}
    import matplotlib.pyplot as plt  # hidden only while Keras was imported
    after["pyplot_works"] = plt.figure() is not None
    print(json.dumps({"preloaded": preloaded, "before": before, "after": after}))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_tensorflow_is_imported_gently_and_then_works_as_usual():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                          env={"MPLBACKEND": "Agg", **__import__("os").environ})
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert [name.split(".so")[0] for name in report["preloaded"]] == ["libtensorflow_framework", "libtensorflow_cc"]
    assert report["before"] == {"tensorflow_imported": False, "mapped": report["preloaded"]}
    assert report["after"] == {"pyplot_imported": False, "gc_enabled": True, "sum": 3.0, "dense": [1, 2],
                               "pyplot_works": True}


def test_a_missing_tensorflow_folder_means_the_usual_import(monkeypatch):
    from fruitclassifier import tf_import

    monkeypatch.setattr(tf_import, "_tensorflow_folder", lambda: None)
    assert tf_import.preload_native_libraries() == []
