"""`fruitclassifier tune` as people and scripts run it: real processes sharing one journal file.

Two workers in two processes must together make exactly the trials asked for, with no number twice;
`tune --stop` from a third process must end a running worker within one trial; a study whose trials
cannot read the data ends with exit 2 and one line. Trials are 1-epoch custom_cnn runs on 24-px images.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

from helpers import make_unreadable_folder
import pytest

from fruitclassifier.core.tuning import load_study
from fruitclassifier.core.tuning.summary import summarize

TINY = ["--arch", "custom_cnn", "--image-size", "24", "--batch-size", "8", "--no-open-set",
        "--no-mixed-precision", "--epochs-per-trial", "1", "--study", "cli"]


def tune_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "fruitclassifier", "tune", *args]


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(tune_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_two_worker_processes_share_one_journal_without_duplicates(tiny_folder, tmp_path):
    storage = str(tmp_path / "shared.journal")
    first = start(str(tiny_folder), *TINY, "--trials", "4", "--storage", storage, "--json")
    time.sleep(0.5)  # the study is created by the first; the second may still be the one to create it
    second = start(str(tiny_folder), *TINY, "--trials", "4", "--storage", storage, "-q")
    out, err = first.communicate(timeout=240)
    second_out, second_err = second.communicate(timeout=240)
    assert first.returncode == 0 and second.returncode == 0, err[-800:] + second_err[-800:]
    trials = load_study(storage, "cli").get_trials()
    assert sorted(t.number for t in trials) == [0, 1, 2, 3]
    assert {t.state.name for t in trials} <= {"COMPLETE", "PRUNED"}
    assert len({t.user_attrs["worker"] for t in trials}) == 2  # both processes trained
    records = summarize(load_study(storage, "cli"), storage, importances=False).trials
    assert {r.worker for r in records} == {f"{socket.gethostname()} (pid {p.pid})" for p in (first, second)}
    summary = json.loads(out)
    assert summary["study"] == "cli" and summary["best_model"] == f"cli trial {summary['best_number']}"
    assert "best: trial" not in second_err  # -q: no trial lines


@pytest.mark.slow
def test_worker_joins_by_name_and_stop_from_another_process_ends_it_within_a_trial(tiny_folder, tmp_path):
    storage = str(tmp_path / "s.journal")
    created = subprocess.run(tune_command(str(tiny_folder), *TINY, "--trials", "1", "--storage", storage),
                             capture_output=True, text=True, timeout=240)
    assert created.returncode == 0, created.stderr[-800:]
    worker = start("--worker", "--study", "cli", "--storage", storage, "--trials", "40")
    study = load_study(storage, "cli")
    deadline = time.monotonic() + 180
    while len(study.get_trials(deepcopy=False)) < 3 and time.monotonic() < deadline:
        time.sleep(0.5)
    stop = subprocess.run(tune_command("--stop", "cli", "--storage", storage), capture_output=True, text=True,
                          timeout=60)
    assert stop.returncode == 0 and "stop" in stop.stderr
    at_stop = len(study.get_trials(deepcopy=False))
    out, err = worker.communicate(timeout=120)
    assert worker.returncode == 0, err[-800:]
    trials = study.get_trials(deepcopy=False)
    assert 3 <= at_stop and len(trials) <= at_stop + 1 < 40  # stopped within the trial it was running
    assert [t.number for t in trials] == list(range(len(trials)))
    assert "Trial 1: learning_rate" in err and "Study 'cli'" in out


@pytest.mark.slow
def test_unreadable_data_exits_2_with_the_reason_in_one_line(tmp_path):
    bad = make_unreadable_folder(tmp_path / "bad")
    proc = subprocess.run(tune_command(str(bad), *TINY, "--storage", str(tmp_path / "s.journal")),
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("fruitclassifier: no trial could run:") and "Traceback" not in proc.stderr


def test_joining_or_stopping_a_study_that_is_not_there_exits_2(tmp_path, capsys):
    from fruitclassifier.cli import main

    storage = str(tmp_path / "s.journal")
    assert main(["tune", "--worker", "--study", "nope", "--storage", storage]) == 2
    assert main(["tune", "--stop", "nope", "--storage", storage]) == 2
    assert main(["tune", "--arch", "custom_cnn"]) == 2
    err = capsys.readouterr().err
    assert "no study 'nope'" in err and "give the data folder" in err


@pytest.mark.slow
def test_timeout_starts_no_trial_after_it_has_passed(tiny_folder, tmp_path):
    storage = str(tmp_path / "t.journal")
    proc = subprocess.run(tune_command(str(tiny_folder), *TINY, "--trials", "30", "--timeout", "0.5",
                                       "--storage", storage, "--json"), capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-800:]
    assert len(json.loads(proc.stdout)["trials"]) == 1  # the first trial outlasts 0.5 s; none starts after it
    assert [t.number for t in load_study(storage, "cli").get_trials()] == [0]
    bad = subprocess.run(tune_command(str(tiny_folder), *TINY, "--timeout", "0", "--storage", storage),
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--timeout must be" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_search_flags_set_the_ranges_trials_draw_from(tiny_folder, tmp_path, capsys):
    from fruitclassifier.cli import main
    from fruitclassifier.core.tuning.storage import study_config

    storage = str(tmp_path / "r.journal")
    code = main(["tune", str(tiny_folder), *TINY, "--trials", "2", "--storage", storage, "-q",
                 "--search-learning-rate", "0.001:0.002", "--search-dropout", "0.25", "--search-augment-strength", "0"])
    assert code == 0, capsys.readouterr().err[-800:]
    config = study_config(storage, "cli")
    assert config.learning_rate == (0.001, 0.002) and config.dropout == (0.25, 0.25)
    assert config.augment_strength == (0.0, 0.0) and config.l2 == (1e-6, 1e-2)  # an unnamed range keeps its default
    trials = load_study(storage, "cli").get_trials()
    assert len(trials) == 2
    for trial in trials:
        assert 0.001 <= trial.params["learning_rate"] <= 0.002
        assert "dropout" not in trial.params and "augment_strength" not in trial.params  # fixed: not searched


def test_a_search_range_that_is_wrong_or_cannot_apply_exits_2_in_one_line(tiny_folder, tmp_path, capsys):
    from fruitclassifier.cli import main

    storage = str(tmp_path / "s.journal")
    base = ["tune", str(tiny_folder), *TINY, "--storage", storage]
    assert main([*base, "--search-dropout", "0.5:0.1"]) == 2
    assert main([*base, "--search-dropout", "half"]) == 2
    assert main([*base, "--search-dropout", "0:0.99"]) == 2  # outside what TuneConfig accepts
    assert main([*base, "--search-fine-tune-layers", "1:3"]) == 2  # a small CNN has no backbone to unfreeze
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and "Traceback" not in "\n".join(err)
    assert "LOW must not be above HIGH" in err[0] and "takes LOW:HIGH or one value" in err[1]
    assert "dropout: range must lie in" in err[2] and "pretrained backbone" in err[3]
    assert not (tmp_path / "s.journal").exists() or not load_study(storage, "cli").get_trials()
