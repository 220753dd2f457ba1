"""The CLI end to end: train one epoch on a tiny folder, predict, evaluate, compare, models; exit codes."""

import json
import os
from pathlib import Path
import subprocess
import sys

import pytest

from fruitclassifier.cli import main
from fruitclassifier.core.evaluation.verdict import verdict


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _train_tiny(capsys, folder, name):
    code, out, err = _run(capsys, "train", str(folder), "--arch", "custom_cnn", "--epochs", "1",
                          "--image-size", "24", "--batch-size", "8", "--name", name, "--json")
    assert code == 0, err
    return json.loads(out)


def _hand_verdict(capsys, test_dir, rows, gaps, val_losses, best_vals) -> str:
    """The verdict worked out without core.verdict: accuracy counted from `predict --json` answers against
    the class folders, the sentence spelled out from the rules in its docstring (tie under 0.005; above a
    0.05 train-val gap a model overfits when its last validation loss is above its best earlier one, and
    otherwise fails on validation from the start; first of all, a best validation accuracy more than 0.10 above
    the folder's accuracy is overfitting)."""
    accuracy = {}
    for name in gaps:
        code, out, _ = _run(capsys, "predict", name, str(test_dir), "--json")
        answers = json.loads(out)
        right = sum(Path(a["path"]).parent.name == a["top"][0]["label"] for a in answers)
        accuracy[name] = right / len(answers)
    assert {r["name"]: r["accuracy"] for r in rows} == pytest.approx(accuracy)
    (best, a), (other, b) = sorted(accuracy.items(), key=lambda kv: -kv[1])
    if a - b >= 0.005:
        first = f"{best} is best on this folder (accuracy {a:.3f} vs {b:.3f})."
    else:
        speed = {r["name"]: r["ms_per_image"] for r in rows}
        fast, slow = sorted(speed, key=speed.get)
        first = (f"{fast} and {slow} are about as accurate on this folder ({a:.3f}); {fast} is faster "
                 f"({speed[fast]:.2f} vs {speed[slow]:.2f} ms per image).")
    parts, overfits = [], False
    for n, g in gaps.items():
        if best_vals[n] - accuracy[n] > 0.10:
            parts.append(f"{n} overfits: validation accuracy {best_vals[n]:.3f} but {accuracy[n]:.3f} on this folder, "
                         "so what it learned does not carry over to these photos.")
            overfits = True
        elif g > 0.05 and len(val_losses[n]) < 2:
            parts.append(f"{n} has a train–val gap of {g:.2f} (too few epochs of validation loss to say why).")
        elif g > 0.05 and val_losses[n][-1] > min(val_losses[n][:-1]):
            parts.append(f"{n} overfits: train–val gap {g:.2f} and validation loss rising.")
            overfits = True
        elif g > 0.05:
            parts.append(f"{n} fails on validation from the start (train–val gap {g:.2f}, validation loss not "
                         "rising): not overfitting.")
    if not overfits:
        parts.insert(0, "Neither overfits." if parts else
                     "Neither overfits (validation and this folder within 0.10, train–val gap under 0.05).")
    return f"{first} {' '.join(parts)}"


@pytest.mark.slow
def test_train_predict_evaluate_compare_models(capsys, tiny_fruits360, tmp_path):
    meta = _train_tiny(capsys, tiny_fruits360, "first")
    assert meta["name"] == "first" and meta["train_images_per_s"] > 0
    assert "test_accuracy" in meta["metrics"]  # the Test/ beside Training/ was evaluated
    second = _train_tiny(capsys, tiny_fruits360, "second")
    gaps = {m["name"]: m["history"]["accuracy"][-1] - m["history"]["val_accuracy"][-1] for m in (meta, second)}
    val_losses = {m["name"]: m["history"]["val_loss"] for m in (meta, second)}
    best_vals = {m["name"]: max(m["history"]["val_accuracy"]) for m in (meta, second)}

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 truncated")
    code, out, _ = _run(capsys, "predict", "first", str(tiny_fruits360 / "Test" / "kiwi"), str(broken), "--json")
    rows = json.loads(out)
    assert code == 3 and len(rows) == 5  # some files unreadable, the others answered
    assert all("top" in r and len(r["top"]) == 3 for r in rows[:4]) and "error" in rows[4]

    code, out, _ = _run(capsys, "evaluate", "first", str(tiny_fruits360 / "Test"), "--json")
    result = json.loads(out)
    assert code == 0 and result["n"] == 12
    assert {"accuracy", "labels", "per_class", "confusion", "ms_per_image"} <= set(result)

    report = tmp_path / "report"
    code, out, _ = _run(capsys, "compare", "first", "second", "--data", str(tiny_fruits360 / "Test"),
                        "--report", str(report), "--json")
    compared = json.loads(out)
    assert code == 0 and [m["name"] for m in compared["models"]] == ["first", "second"]
    assert compared["verdict"] == verdict(compared["models"])
    assert compared["verdict"] == _hand_verdict(capsys, tiny_fruits360 / "Test", compared["models"], gaps,
                                                val_losses, best_vals)
    for file in ("report.md", "metrics.json", "curves.png", "per_class_f1.png", "confusion_first.png"):
        assert (report / file).stat().st_size > 0
    assert compared["verdict"] in (report / "report.md").read_text(encoding="utf-8")
    code, out, _ = _run(capsys, "compare", "first", "second", "--data", str(tiny_fruits360 / "Test"))
    last = out.strip().splitlines()[-1]  # the table, then the verdict (timings differ from the first run)
    assert code == 0 and ("first" in last or "second" in last) and "overfit" in last

    code, out, _ = _run(capsys, "models", "--json")
    assert code == 0 and {"first", "second"} <= {m["name"] for m in json.loads(out)}


@pytest.mark.parametrize("argv, message", [
    (["predict", "no-such-model", "x.jpg"], "no saved model"),
    (["evaluate", "no-such-model", "."], "no saved model"),
    (["train", "/definitely/not/here", "--epochs", "1"], "not"),
    (["train", ".", "--epochs", "0"], "epochs"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err.lower()
    assert "Traceback" not in err


def test_predict_on_unsafe_model_file_is_a_clear_error(capsys, tmp_path, tiny_folder, monkeypatch):
    """A real .keras archive with a Lambda layer (Python code) and a valid metadata.json beside it: refused
    by safe mode with one line that says why, and the file's code never runs (loaded unsafely, it would)."""
    import keras

    marker = tmp_path / "code-ran"
    monkeypatch.setenv("FC_LAMBDA_MARKER", str(marker))
    inputs = keras.Input((24, 24, 3))
    hidden = keras.layers.Lambda(
        lambda x: (__import__("pathlib").Path(__import__("os").environ["FC_LAMBDA_MARKER"]).touch(), x)[1])(inputs)
    outputs = keras.layers.Dense(3, activation="softmax")(keras.layers.Flatten()(hidden))
    folder = tmp_path / "unsafe"
    folder.mkdir()
    keras.Model(inputs, outputs).save(folder / "model.keras")
    (folder / "metadata.json").write_text(json.dumps({"name": "unsafe", "class_names": ["apple", "banana", "kiwi"],
                                                      "image_size": 24, "arch": "imported"}))
    marker.unlink()  # building the model above ran the lambda once
    code, _, err = _run(capsys, "predict", str(folder / "model.keras"), str(tiny_folder / "kiwi"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "Lambda layer" in err and "arbitrary code" in err and "model.keras" in err
    assert not marker.exists()


def test_module_entry_point_runs_without_traceback(tmp_path):
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "models"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "predict", "nope", "x"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_train_event_lines_carry_the_run_for_a_program_that_draws_it(tiny_folder, tmp_path):
    """`train --event-lines` (what the window's several-machines chief runs with): a real process's stderr,
    read back as the typed events, in order, with the summary lines still there for a person."""
    from fruitclassifier.core import event_lines
    from fruitclassifier.core.events import BatchEnded, EpochEnded, RunFinished, RunStarted

    proc = subprocess.run([sys.executable, "-m", "fruitclassifier", "train", str(tiny_folder), "--arch", "custom_cnn",
                           "--epochs", "2", "--image-size", "16", "--batch-size", "8", "--no-open-set",
                           "--name", "lines", "--event-lines"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "FRUITCLASSIFIER_HOME": str(tmp_path / "home")})
    assert proc.returncode == 0, proc.stderr[-800:]
    events = [e for e in map(event_lines.from_line, proc.stderr.splitlines()) if e is not None]
    kinds = [type(e) for e in events]
    assert kinds.count(RunStarted) == 1 and kinds[-1] is RunFinished and events[-1].model == "lines"
    started = events[kinds.index(RunStarted)]
    assert started.arch == "custom_cnn" and started.epochs == 2 and kinds.index(RunStarted) < kinds.index(BatchEnded)
    epochs = [e for e in events if isinstance(e, EpochEnded)]
    assert [e.epoch for e in epochs] == [0, 1] and all("val_accuracy" in e.metrics for e in epochs)
    batches = [e for e in events if isinstance(e, BatchEnded)]
    assert len(batches) == 2 * started.steps_per_epoch
    assert kinds.index(EpochEnded) > kinds.index(BatchEnded)
    assert "epoch 2/2 · loss" in proc.stderr and proc.stdout.strip() == "lines"  # a person's lines, the name
