"""The CLI's failure modes: every command x bad input -> exit 2 and one line on stderr; a bug -> exit 1
without a traceback (unless FRUITCLASSIFIER_DEBUG); Ctrl-C -> 130; nothing but lines in a pipe."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from fruitclassifier.cli import main


@pytest.fixture
def inputs(tmp_path, tiny_model_dir):
    """Paths for the matrix: a model, a missing folder, an empty folder, a folder of broken images, bad TOML."""
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = tmp_path / "broken"
    for cls in ("apple", "kiwi"):
        (broken / cls).mkdir(parents=True)
        for i in range(3):
            (broken / cls / f"{i}.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    syntax = tmp_path / "syntax.toml"
    syntax.write_text("[[run]\narch = ")
    unknown_arch = tmp_path / "arch.toml"
    unknown_arch.write_text(f'name = "x"\ndata_dir = "{broken}"\n[[run]]\narch = "no_such_arch"\nepochs = 1\n')
    return {"MODEL": str(tiny_model_dir), "MISSING": str(tmp_path / "no" / "such" / "folder"), "EMPTY": str(empty),
            "BROKEN": str(broken), "SYNTAX": str(syntax), "UNKNOWN_ARCH": str(unknown_arch),
            "NO_TOML": str(tmp_path / "missing.toml")}


MATRIX = [
    # predict
    ("predict MODEL MISSING", "file not found"),
    ("predict MODEL EMPTY", "no images"),
    ("predict MODEL BROKEN", "could be classified"),
    ("predict MODEL BROKEN --json", "could be classified"),
    ("predict MODEL EMPTY --top-k 0", "--top-k"),
    ("predict no-such-model EMPTY", "no saved model"),
    # evaluate
    ("evaluate MODEL MISSING", "not"),
    ("evaluate MODEL EMPTY", "class"),
    ("evaluate MODEL BROKEN", ""),
    ("evaluate no-such-model EMPTY", "no saved model"),
    # compare
    ("compare MODEL MODEL --data MISSING", "not"),
    ("compare MODEL MODEL --data EMPTY", "class"),
    ("compare MODEL no-such-model --data EMPTY", "no saved model"),
    ("compare MODEL --data EMPTY", "two models"),
    # train
    ("train MISSING --epochs 1", "not"),
    ("train EMPTY --epochs 1", "class"),
    ("train BROKEN --epochs 1 --image-size 24 --json", "could be read"),
    ("train EMPTY --epochs 0", "epochs"),
    ("train --resume no-such-run", "no training run"),
    # experiment
    ("experiment NO_TOML", "missing.toml"),
    ("experiment SYNTAX", "toml"),
    ("experiment UNKNOWN_ARCH", "no_such_arch"),
]


@pytest.mark.parametrize("command, words", MATRIX, ids=[c for c, _ in MATRIX])
def test_bad_input_exits_2_with_one_line_on_stderr(capsys, inputs, command, words):
    argv = [inputs.get(word, word) for word in command.split()]
    code = main(argv)
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("fruitclassifier: "), err
    assert words.lower() in lines[0].lower() and "Traceback" not in err
    if "--json" in argv:
        assert out.strip() == "" or json.loads(out) is not None  # stdout stays parseable (or empty)


@pytest.fixture
def injected_bug(monkeypatch):
    """A bug deep in the core: listing the store divides by zero."""
    from fruitclassifier.core import store

    def broken():
        return 1 / 0

    monkeypatch.setattr(store, "list_models", broken)


def test_a_bug_exits_1_with_one_line_and_no_traceback(capsys, injected_bug, monkeypatch):
    monkeypatch.delenv("FRUITCLASSIFIER_DEBUG", raising=False)
    assert main(["models"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unexpected error" in err and "ZeroDivisionError" in err
    assert "Traceback" not in err and "FRUITCLASSIFIER_DEBUG" in err


def test_a_bug_shows_its_traceback_with_debug_on(capsys, injected_bug, monkeypatch):
    monkeypatch.setenv("FRUITCLASSIFIER_DEBUG", "1")
    assert main(["models", "--json"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err and "list_models" in err


def _env(fc_home) -> dict:
    return {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home), "TF_CPP_MIN_LOG_LEVEL": "3"}


def test_predict_into_a_pipe_draws_no_progress_bar(tiny_model_dir, tiny_folder, fc_home):
    """stderr is a pipe here (as under a script or CI log): results on stdout, nothing redrawn on stderr."""
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(tiny_model_dir),
                           str(tiny_folder)], capture_output=True, text=True, env=_env(fc_home), timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.strip().splitlines()) == 36
    assert "\r" not in done.stderr and "img/s" not in done.stderr and "Classifying" not in done.stderr
    as_json = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", str(tiny_model_dir),
                              str(tiny_folder / "kiwi"), "--json"], capture_output=True, text=True,
                             env=_env(fc_home), timeout=180)
    assert as_json.returncode == 0 and len(json.loads(as_json.stdout)) == 12 and "\r" not in as_json.stderr


@pytest.mark.slow
def test_ctrl_c_during_training_exits_130_with_one_line(tmp_path, fc_home):
    from helpers import make_image_folder

    folder = make_image_folder(tmp_path / "data", per_class=12)
    proc = subprocess.Popen([sys.executable, "-m", "fruitclassifier", "train", str(folder), "--arch", "custom_cnn",
                             "--epochs", "500", "--image-size", "24", "--batch-size", "8", "--name", "interrupted"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(fc_home))
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not _epochs_done(fc_home):
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err and err.strip().splitlines()[-1] == "Interrupted."
    assert "\r" not in err  # training lines, but no progress bar frames, in a pipe


def _epochs_done(fc_home) -> int:
    for state in (fc_home / "runs").glob("*/state.json"):
        try:
            return int(json.loads(state.read_text())["epochs_done"])
        except (OSError, ValueError, KeyError):
            return 0
    return 0


def test_a_network_setting_that_cannot_work_is_the_users_to_fix(capsys, tiny_folder):
    """ImageNet weights for the custom CNN (it has none) was 'unexpected error: ValueError', exit 1."""
    code = main(["train", str(tiny_folder), "--arch", "custom_cnn", "--weights", "imagenet", "--epochs", "1"])
    err = capsys.readouterr().err
    assert code == 2, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("fruitclassifier: ") and "no ImageNet weights" in last and "unexpected" not in err
