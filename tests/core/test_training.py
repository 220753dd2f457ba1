"""train(config, on_event, should_stop): events, saved models, stop within a batch, resume, bad data."""

import json

from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.events import BatchEnded, EpochEnded, RunFinished, RunStarted
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.core.store import list_models
from fruitclassifier.core.training.runs import RunState, list_runs
from fruitclassifier.core.training.train import TrainingError, train

#: Every test here trains a real model (seconds each on 2 cores).
pytestmark = pytest.mark.slow


def _config(folder, **kw):
    base = dict(data_dir=str(folder), arch="custom_cnn", epochs=2, batch_size=8, image_size=24,
                val_split=0.25, seed=1, learning_rate=3e-3, dropout=0.0)
    base.update(kw)
    return TrainConfig(**base)


def test_training_emits_events_and_saves_a_usable_model(tiny_folder):
    events = []
    info = train(_config(tiny_folder), on_event=events.append)
    kinds = [type(e) for e in events]
    assert kinds.count(RunStarted) == 1 and kinds[-1] is RunFinished
    batches = [e for e in events if isinstance(e, BatchEnded)]
    epochs = [e for e in events if isinstance(e, EpochEnded)]
    assert len(epochs) == 2 and {"loss", "accuracy", "val_loss", "val_accuracy"} <= set(epochs[0].metrics)
    assert len(batches) == 2 * events[kinds.index(RunStarted)].steps_per_epoch
    assert all(b.images_per_s > 0 and b.eta_s >= 0 for b in batches)
    meta = info.metadata
    # open_set is on by default: a calibrated "_other" class ("Not one of my classes") comes last
    assert meta["class_names"] == ["apple", "banana", "kiwi", "_other"] and meta["image_size"] == 24
    assert meta["open_set"]["other_class"] == "_other" and 0.0 <= meta["open_set"]["threshold"] <= 1.0
    assert meta["open_set"]["temperature"] > 0
    assert len(meta["history"]["val_accuracy"]) == 2 and meta["config"]["epochs"] == 2
    assert meta["data_fingerprint"] and len(meta["sha256"]) == 64
    assert [m.name for m in list_models() if not m.bundled] == [info.name]
    preds = Classifier.load(info.name).classify_paths(sorted((tiny_folder / "kiwi").iterdir())[:3])
    assert all(p.ok and p.label in meta["class_names"] for p in preds)


def test_stop_takes_effect_within_one_batch_and_leaves_a_usable_model(tiny_folder):
    batches = []

    def on_event(event):
        if isinstance(event, BatchEnded):
            batches.append(event)

    def stop_in_second_epoch():
        return bool(batches) and batches[-1].epoch == 1

    info = train(_config(tiny_folder, epochs=50), on_event=on_event, should_stop=stop_in_second_epoch)
    assert [b.epoch for b in batches].count(1) == 1  # no batch ran after the stop was asked for
    assert info.metadata["stopped_early"] is True and info.metadata["epochs_trained"] == 1
    assert Classifier.load(info.path).classify_paths([next((tiny_folder / "apple").iterdir())])[0].ok


def test_a_stop_before_the_first_epoch_completes_saves_nothing(tiny_folder):
    """Issue 26.3: 'keeping the best completed epoch' when none had, and a model saved at 'Epochs trained 0'."""
    from fruitclassifier.core.events import LogLine
    from fruitclassifier.core.training.runs import StoppedBeforeFirstEpoch

    events = []
    with pytest.raises(StoppedBeforeFirstEpoch, match="nothing was saved"):
        train(_config(tiny_folder, epochs=5), on_event=events.append,
              should_stop=lambda: sum(isinstance(e, BatchEnded) for e in events) >= 2)
    assert sum(isinstance(e, BatchEnded) for e in events) == 2
    assert not any(isinstance(e, LogLine) and "best completed epoch" in e.message for e in events)
    assert not any(isinstance(e, RunFinished) for e in events)
    assert not [m for m in list_models() if not m.bundled]


def test_resume_continues_a_stopped_run(tiny_folder):
    epochs_seen = []

    def stop_after_first_epoch():
        return len(epochs_seen) >= 1

    first = train(_config(tiny_folder, epochs=3, name="resumable"),
                  on_event=lambda e: isinstance(e, EpochEnded) and epochs_seen.append(e.epoch),
                  should_stop=stop_after_first_epoch)
    run_id = first.metadata["run_id"]
    assert RunState.load(run_id).epochs_done == 1
    from fruitclassifier.core.training.runs import saved_batches

    stored = saved_batches(RunState.load(run_id).folder)  # the first epoch's batch curve, for the resumed view
    assert stored and {row[0] for row in stored} == {0} and [row[1] for row in stored] == list(range(len(stored)))
    resumed_events = []
    second = train(None, on_event=resumed_events.append, resume=run_id)
    started = next(e for e in resumed_events if isinstance(e, RunStarted))
    assert started.initial_epoch == 1
    assert [e.epoch for e in resumed_events if isinstance(e, EpochEnded)] == [1, 2]
    assert len(second.metadata["history"]["loss"]) == 3
    assert {row[0] for row in saved_batches(RunState.load(run_id).folder)} == {0, 1, 2}  # appended, not replaced
    assert [m.name for m in list_models() if not m.bundled] == ["resumable"]  # replaced, not duplicated
    assert any(r["run_id"] == run_id and r["status"] == "finished" for r in list_runs())


def test_bad_data_folders_give_clear_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(TrainingError, match="class"):
        train(_config(tmp_path / "empty"))
    one = make_image_folder(tmp_path / "one", classes=["apple"])
    with pytest.raises(TrainingError, match="two classes|one class|only"):
        train(_config(one))
    broken = tmp_path / "broken"
    for name in ("a", "b"):
        (broken / name).mkdir(parents=True)
        for i in range(3):
            (broken / name / f"{i}.jpg").write_bytes(b"not a jpeg at all")
    with pytest.raises(TrainingError, match="readable|image"):
        train(_config(broken))


def test_invalid_config_is_refused_before_any_work(tiny_folder):
    with pytest.raises(TrainingError, match="epochs"):
        train(_config(tiny_folder, epochs=0))


@pytest.fixture
def fit_class_weights(monkeypatch):
    """The class_weight each keras Model.fit call received (the real fit still runs)."""
    import keras

    seen = []
    original = keras.Model.fit

    def recording(self, *args, **kwargs):
        seen.append(kwargs.get("class_weight"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(keras.Model, "fit", recording)
    return seen


def test_lopsided_folder_trains_with_class_weights(tmp_path, tiny_folder, fit_class_weights):
    root = make_image_folder(tmp_path / "lop", per_class=4, classes=["apple", "kiwi"])
    make_image_folder(tmp_path / "lop", per_class=20, classes=["banana"], seed=3)
    info = train(_config(root, epochs=1, open_set=False))  # the arithmetic below is for the user's classes only
    assert info.metadata["class_names"] == ["apple", "banana", "kiwi"]
    # 28 images, 3 classes: weight = 28 / (3 * count), so 4 images -> 7/3, 20 images -> 7/15
    assert fit_class_weights == [pytest.approx({0: 7 / 3, 1: 7 / 15, 2: 7 / 3})]
    train(_config(tiny_folder, epochs=1, open_set=False))  # balanced: weights would only add noise
    assert fit_class_weights[1:] == [None]


def test_checkpoint_state_is_written_each_epoch(tiny_folder):
    from fruitclassifier import paths

    seen = set()  # in the second epoch, the first one's checkpoint on disk (released once the run finishes: 27.8)
    info = train(_config(tiny_folder, epochs=2), on_event=lambda e: isinstance(e, BatchEnded) and e.epoch == 1 and
                 seen.add(tuple(f.stat().st_size > 0 for f in paths.runs_dir().glob("*/checkpoint.keras"))))
    assert seen == {(True,)}
    state = RunState.load(info.metadata["run_id"])
    assert not state.checkpoint.is_file() and state.epochs_done == 2
    raw = json.loads((state.folder / "state.json").read_text())
    assert raw["status"] == "finished" and np.isfinite(raw["history"]["loss"]).all()


def test_precision_follows_the_cpu_and_the_saved_model_is_float32(tiny_folder, monkeypatch):
    """On a CPU with native bfloat16 the fit runs in mixed_bfloat16; the library copy is plain float32 so it
    runs at full speed on machines without bf16. Emulated here (this CPU has no bf16: the fit is just slower)."""
    import keras

    from fruitclassifier.core.training import device

    assert device.cpu_has_bf16() == bool(device.BF16_FLAGS & device.cpu_flags())
    monkeypatch.setattr(device, "cpu_flags", lambda: frozenset({"avx2", "avx512_bf16"}))
    events = []
    info = train(_config(tiny_folder, epochs=1), on_event=events.append)
    started = next(e for e in events if isinstance(e, RunStarted))
    assert started.precision == "mixed_bfloat16"
    assert keras.mixed_precision.global_policy().name == "float32"  # reset after the run
    model = keras.saving.load_model(info.path / "model.keras", compile=False)
    assert {layer.dtype_policy.name for layer in model.layers} == {"float32"}
    preds = Classifier.load(info.name).classify_paths(sorted((tiny_folder / "apple").iterdir())[:2])
    assert all(p.ok for p in preds)

    monkeypatch.setattr(device, "cpu_flags", lambda: frozenset({"avx2", "fma"}))
    events.clear()
    train(_config(tiny_folder, epochs=1, name="plain"), on_event=events.append)
    assert next(e for e in events if isinstance(e, RunStarted)).precision == "float32"
