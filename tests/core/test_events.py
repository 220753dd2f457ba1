"""Typed training events: built from Keras logs, kept in one History, printed by the CLI's progress."""

import dataclasses

import pytest

from fruitclassifier.cli.progress import TrainProgress
from fruitclassifier.core.events import BatchEnded, EpochEnded, History, LogLine, RunFinished, RunStarted


def test_epoch_event_from_keras_logs_keeps_known_metrics_and_renames_the_learning_rate():
    event = EpochEnded.from_logs(2, 5, 1.5, {"loss": 0.5, "accuracy": 0.8, "val_accuracy": 0.7,
                                            "learning_rate": 1e-3, "unknown": 9})
    assert event.metrics == {"loss": 0.5, "accuracy": 0.8, "val_accuracy": 0.7, "lr": 1e-3}
    assert list(event.scores()) == ["loss", "accuracy", "val_accuracy"]  # no learning rate on a curve
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.epoch = 3  # events are facts: nobody downstream can change what another consumer sees


def test_history_continues_an_earlier_session_and_hands_out_copies():
    history = History({"loss": [1.0], "val_loss": [1.1]})
    history.add(EpochEnded(1, 3, 1.0, {"loss": 0.8, "val_loss": 0.9, "lr": 0.1}))
    assert history.as_dict() == {"loss": [1.0, 0.8], "val_loss": [1.1, 0.9]}
    assert history.epochs() == 2 and history.at(1) == {"loss": 0.8, "val_loss": 0.9}
    history.as_dict()["loss"].append(0.0)
    assert history.epochs() == 2


def test_cli_progress_prints_one_line_per_epoch_and_the_outcome(capsys):
    with TrainProgress() as progress:
        progress.on_event(RunStarted(arch="custom_cnn", device="CPU", epochs=2, steps_per_epoch=1,
                                     train_images=8, val_images=2))
        progress.on_event(BatchEnded(0, 0, 1, 0.7, 0.5, 100.0, 1.0))
        progress.on_event(EpochEnded(0, 2, 0.25, {"loss": 0.7, "val_accuracy": 0.5}))
        progress.on_event(LogLine("Skipped a.jpg: empty file"))
        progress.on_event(RunFinished(model="m", stopped=True))
    err = capsys.readouterr().err
    assert "Training custom_cnn on 8 images (2 for validation) · CPU" in err
    assert "epoch 1/2 · loss 0.7000 · val_accuracy 0.5000 · 0.2s" in err
    assert "Skipped a.jpg: empty file" in err and "Stopped: saved as 'm'" in err
