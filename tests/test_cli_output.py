"""What the command line prints, through real processes (issue 27, items 4 and 5): a reader that closes the
pipe ends the command quietly, TensorFlow's native start-up lines never reach the user, global flags go before
or after the command, and a bad path is said before anything slow loads."""

from __future__ import annotations

import json
import os
from pathlib import Path
import subprocess
import sys
import time

import pytest


def _env(fc_home: Path) -> dict[str, str]:
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    for name in ("FRUITCLASSIFIER_DEBUG", "TF_CPP_MIN_LOG_LEVEL"):  # as a user runs it (conftest sets the level)
        env.pop(name, None)
    return env


def test_a_reader_that_closes_the_pipe_ends_predict_quietly_with_0(tiny_model_dir, tiny_folder, fc_home):
    """`predict ... | head -1`: head exits after one line; the rest of the answers meet a closed pipe."""
    proc = subprocess.Popen([sys.executable, "-m", "fruitclassifier", "predict", str(tiny_model_dir),
                             str(tiny_folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(fc_home))
    proc.stdout.close()  # the reader is gone before the first answer is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_train_on_a_missing_folder_exits_2_before_tensorflow_loads(tmp_path, fc_home):
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "train", str(tmp_path / "nope")],
                          capture_output=True, text=True, timeout=60, env=_env(fc_home))
    seconds = time.perf_counter() - began
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "nope does not exist" in done.stderr
    assert seconds < 2.0, f"took {seconds:.1f} s: something slow loaded before the check"


@pytest.mark.parametrize("argv", [["-q", "models"], ["--json", "models"], ["models", "--json"],
                                  ["-v", "--json", "runs"]])
def test_global_flags_go_before_or_after_the_command(argv, capsys):
    from fruitclassifier import cli

    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    if "--json" in argv:
        assert isinstance(json.loads(out), list)
    else:
        assert "(default)" in out and "bundled" in out


def test_native_log_lines_written_to_fd_2_are_filtered_and_the_rest_kept(fc_home):
    """As TensorFlow's absl writes them (straight to fd 2, not through sys.stderr), during the import."""
    code = (
        "import os, sys\n"
        "from fruitclassifier.tf_import import quiet_native_logs\n"
        "with quiet_native_logs():\n"
        "    os.write(2, b'WARNING: All log messages before absl::InitializeLog() is called are written to "
        "STDERR\\n')\n"
        "    os.write(2, b'I0000 00:00:1796385763.657915   10623 cudart_stub.cc:31] Could not find cuda drivers\\n')\n"
        "    os.write(2, b'E0000 00:00:1796385765.071012   10235 cuda_platform.cc:52] failed call to cuInit\\n')\n"
        "    print('a warning of our own', file=sys.stderr)\n"
        "print('after', file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=_env(fc_home))
    assert done.returncode == 0
    assert done.stderr == "a warning of our own\nafter\n"


def test_importing_tensorflow_after_the_cli_started_prints_no_native_line(fc_home):
    """The hook the CLI installs catches the first `import tensorflow`, wherever it comes from."""
    code = (
        "from fruitclassifier.tf_import import quiet_tensorflow_import\n"
        "quiet_tensorflow_import()\n"
        "import keras, tensorflow as tf\n"
        "print(int(tf.reduce_sum(tf.ones(3))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=_env(fc_home))
    assert done.returncode == 0 and done.stdout == "3\n"
    assert done.stderr == ""
