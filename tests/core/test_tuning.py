"""Hyper-parameter studies (core/tuning): real Optuna studies of real tiny trainings on a journal file.

Each trial trains custom_cnn on 3 classes x 12 images of 24 px for one epoch (a few seconds), so these
are marked slow; settings and storage checks that train nothing run in milliseconds.
"""

from __future__ import annotations

from helpers import make_unreadable_folder
import pytest

from fruitclassifier.config import ConfigError, TrainConfig, TuneConfig
from fruitclassifier.core.tuning import TuningError, load_study, request_stop, study_config, tune
from fruitclassifier.core.tuning.events import StudyOpened, TrialFinished, TrialStarted


def tiny_study(data_dir, storage, trials=3, **changes) -> TuneConfig:
    base = TrainConfig(data_dir=str(data_dir), arch="custom_cnn", image_size=24, batch_size=8, open_set=False,
                       mixed_precision=False)
    return TuneConfig(base=base, trials=trials, epochs_per_trial=1, augment_strength=(0.0, 0.0),
                      storage=str(storage), study="tiny", **changes)


def test_tune_config_checks_ranges_and_round_trips():
    config = TuneConfig(base=TrainConfig(data_dir="x"), learning_rate=(1e-3, 1e-5), l2=(0.0, 1e-3), trials=0)
    problems = " ".join(config.validate())
    assert "learning_rate: range must lie" in problems and "l2: a log-scale range must start above 0" in problems
    assert "trials: must be at least 1" in problems
    with pytest.raises(ConfigError):
        config.checked()
    good = TuneConfig(base=TrainConfig(data_dir="x", dropout=0.2), sampler="random", dropout=(0.1, 0.3))
    assert TuneConfig.from_dict(good.to_dict()) == good
    with pytest.raises(ConfigError, match="two numbers"):
        TuneConfig.from_dict({**good.to_dict(), "dropout": "wide"})


def test_missing_data_folder_and_unknown_study_are_user_errors(tmp_path):
    with pytest.raises(TuningError, match="data folder not found"):
        tune(tiny_study(tmp_path / "absent", tmp_path / "s.journal"))
    with pytest.raises(TuningError, match="no study 'nope'"):
        request_stop(str(tmp_path / "s.journal"), "nope")


@pytest.mark.slow
def test_study_records_trials_and_keeps_only_the_best_model(tiny_folder, tmp_path):
    from fruitclassifier.core.store import find_model, list_models

    events = []
    summary = tune(tiny_study(tiny_folder, tmp_path / "s.journal", pruner=False), on_event=events.append)
    assert [t.number for t in summary.trials] == [0, 1, 2]
    assert all(t.state == "complete" and 0.0 <= t.value <= 1.0 for t in summary.trials)
    assert {"learning_rate", "dropout", "l2"} == set(summary.trials[0].params)  # augmentation fixed: not searched
    assert len({t.params["learning_rate"] for t in summary.trials}) == 3
    assert summary.best_value == max(t.value for t in summary.trials)
    assert (
        [m.name for m in list_models() if not m.bundled]
        == [summary.best_model]
        == [f"tiny trial {summary.best_number}"]
    )
    saved = find_model(summary.best_model).metadata
    assert saved["tuning"]["best_number"] == summary.best_number and len(saved["tuning"]["trials"]) == 3
    assert saved["config"]["learning_rate"] == pytest.approx(summary.best_params["learning_rate"])
    kinds = [type(e).__name__ for e in events if isinstance(e, (StudyOpened, TrialStarted, TrialFinished))]
    assert kinds == ["StudyOpened"] + ["TrialStarted", "TrialFinished"] * 3
    assert any(type(e).__name__ == "EpochEnded" for e in events)  # the trials' own training events come through


@pytest.mark.slow
def test_resume_continues_the_trial_numbers_and_worker_reads_the_study_settings(tiny_folder, tmp_path):
    storage = tmp_path / "s.journal"
    tune(tiny_study(tiny_folder, storage, trials=1))
    events = []
    joined = study_config(str(storage), "tiny").replace(trials=2)
    assert joined.base.data_dir == str(tiny_folder) and joined.epochs_per_trial == 1
    summary = tune(joined, on_event=events.append)
    assert [t.number for t in summary.trials] == [0, 1]
    assert events[0] == StudyOpened("tiny", str(storage), 1, 2)
    assert [e.number for e in events if isinstance(e, TrialStarted)] == [1]
    assert study_config(str(storage), "tiny").trials == 2  # the raised budget is what a joining worker reads


@pytest.mark.slow
def test_unreadable_data_fails_the_trial_with_its_reason_and_ends_the_study(tmp_path):
    bad = make_unreadable_folder(tmp_path / "bad")
    with pytest.raises(TuningError, match="no trial could run: .*could be read"):
        tune(tiny_study(bad, tmp_path / "s.journal"))
    trials = load_study(str(tmp_path / "s.journal"), "tiny").get_trials()
    assert len(trials) == 1 and trials[0].state.name == "FAIL"
    assert "could be read" in trials[0].user_attrs["reason"]


@pytest.mark.slow
def test_stop_asked_here_ends_the_study_after_the_running_trial(tiny_folder, tmp_path):
    finished = []

    def on_event(event):
        if isinstance(event, TrialFinished):
            finished.append(event)

    summary = tune(
        tiny_study(tiny_folder, tmp_path / "s.journal", trials=5), on_event=on_event, should_stop=lambda: bool(finished)
    )
    assert len(summary.trials) == 1 and summary.trials[0].state == "complete"


@pytest.mark.slow
def test_a_dead_workers_running_trial_is_failed_and_its_place_in_the_budget_refilled(tiny_folder, tmp_path):
    import time

    import optuna

    from fruitclassifier.core.tuning.run import STALE_REASON, STALE_S, fail_stale_trials

    storage = str(tmp_path / "s.journal")
    config = tiny_study(tiny_folder, storage, trials=2)
    tune(config.replace(trials=1))
    study = load_study(storage, "tiny")
    dead = study.ask()  # a worker that took trial 1, said it was alive, then was killed
    dead.set_user_attr("alive_at", time.time())
    fail_stale_trials(study)
    assert study.get_trials()[1].state.name == "RUNNING"  # recently alive: left alone
    fail_stale_trials(study, now=time.time() + STALE_S + 1)
    assert study.get_trials()[1].state == optuna.trial.TrialState.FAIL
    assert study.get_trials()[1].user_attrs["reason"] == STALE_REASON
    summary = tune(config)  # two trials wanted: the dead one's place is trained again
    assert [t.state for t in summary.trials] == ["complete", "failed", "complete"], summary.trials


@pytest.mark.slow
def test_a_trial_stopped_midway_is_trained_again_on_resume(tiny_folder, tmp_path):
    from fruitclassifier.core.events import BatchEnded
    from fruitclassifier.core.tuning.run import STOPPED_REASON

    config = tiny_study(tiny_folder, tmp_path / "s.journal", trials=2)
    batches = []
    stopped = tune(
        config,
        on_event=lambda e: batches.append(e) if isinstance(e, BatchEnded) else None,
        should_stop=lambda: bool(batches),
    )
    assert [(t.state, t.reason) for t in stopped.trials] == [("failed", STOPPED_REASON)]
    assert stopped.best_model == ""
    from fruitclassifier.core.store import list_models

    assert not [m for m in list_models() if not m.bundled]  # the stopped trial's model is not kept
    resumed = tune(config)
    assert [t.state for t in resumed.trials] == ["failed", "complete", "complete"]


@pytest.mark.slow
def test_ctrl_c_mid_trial_frees_the_trial_at_once(tiny_folder, tmp_path):
    from fruitclassifier.core.events import BatchEnded
    from fruitclassifier.core.tuning.run import STOPPED_REASON

    def interrupt(event):
        if isinstance(event, BatchEnded):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tune(tiny_study(tiny_folder, tmp_path / "s.journal", trials=2), on_event=interrupt)
    trials = load_study(str(tmp_path / "s.journal"), "tiny").get_trials()
    assert [(t.state.name, t.user_attrs["reason"]) for t in trials] == [("FAIL", STOPPED_REASON)]


def test_default_study_searches_the_learning_rate_around_the_networks_own():
    from fruitclassifier.core.tuning.space import default_study

    small, scratch = default_study("custom_cnn"), default_study("vgg16", "none")
    for study in (small, scratch):
        low, high = study.learning_rate
        assert low == pytest.approx(study.base.learning_rate / 10) and high == pytest.approx(
            study.base.learning_rate * 10
        )
        assert not study.replace(base=study.base.replace(data_dir="x")).validate()
    assert scratch.learning_rate[1] < small.learning_rate[1]  # VGG16 from scratch wants smaller steps
    assert default_study("compact_cnn", image_size=32).base.image_size == 32


@pytest.mark.slow
def test_a_stopped_trial_leaves_train_at_once_without_saving_and_its_run_is_removed(tiny_folder, tmp_path):
    from fruitclassifier import paths
    from fruitclassifier.core.events import BatchEnded, RunFinished, RunStarted

    events = []
    summary = tune(
        tiny_study(tiny_folder, tmp_path / "s.journal", trials=2).replace(epochs_per_trial=3),
        on_event=events.append,
        should_stop=lambda: any(isinstance(e, BatchEnded) for e in events),
    )
    assert [t.state for t in summary.trials] == ["failed"]
    assert sum(isinstance(e, BatchEnded) for e in events) == 1  # left after the batch in which Stop was asked
    assert not any(isinstance(e, RunFinished) for e in events)  # no model saved only to be deleted
    run = next(e.run for e in events if isinstance(e, RunStarted))
    assert run and not (paths.runs_dir() / run).exists()
