"""Training events as lines (core/event_lines.py): every kind survives the trip through text, and a line
from elsewhere (a log line, a damaged or newer event) is never mistaken for one."""

from __future__ import annotations

import math

from fruitclassifier.core import event_lines
from fruitclassifier.core.events import BatchEnded, EpochEnded, LogLine, Progress, RunFinished, RunStarted

EVENTS = [
    RunStarted("custom_cnn", "2 CPUs", 3, 40, 320, 80, class_names=("Apple 10", "Kiwi 1"), run="r1",
               initial_epoch=1, precision="mixed_float16", replay_images=4),
    BatchEnded(0, 5, 40, 1.25, 0.5, 812.5, 12.0),
    EpochEnded(0, 3, 4.5, {"loss": 1.1, "accuracy": 0.6, "val_loss": 1.3, "val_accuracy": 0.55, "lr": 0.001}),
    Progress(10, 200, "features"),
    LogLine("Worker 1 joined · naïve ✓"),
    RunFinished("cluster", stopped=True, run="r1", before=0.5, after=None),
]


def test_every_kind_of_event_comes_back_equal():
    for event in EVENTS:
        line = event_lines.to_line(event)
        assert line.startswith(event_lines.PREFIX) and "\n" not in line
        assert event_lines.from_line(line) == event


def test_a_nan_loss_comes_back_as_nan():
    event = event_lines.from_line(event_lines.to_line(BatchEnded(0, 0, 1, float("nan"), 0.0, 1.0, 0.0)))
    assert isinstance(event, BatchEnded) and math.isnan(event.loss)


def test_other_lines_are_not_events():
    line = event_lines.to_line(EVENTS[1])
    for text in ("epoch 1/3 · loss 1.1000", "", event_lines.PREFIX, line[:-5],  # cut short
                 event_lines.PREFIX + '{"type": "Unheard", "x": 1}', event_lines.PREFIX + '{"epoch": 1}',
                 event_lines.PREFIX + '{"type": "BatchEnded", "epoch": 0}', event_lines.PREFIX + "[1, 2]"):
        assert event_lines.from_line(text) is None, text


def test_a_field_from_a_newer_version_is_ignored():
    line = event_lines.to_line(LogLine("hello"))[:-1] + ',"colour":"red"}'
    assert event_lines.from_line(line) == LogLine("hello")


def test_a_translatable_message_keeps_its_template_and_fields():
    """The window translates a child run's messages as its own (text.Text, nested ones too)."""
    from fruitclassifier.text import Text

    message = Text("Looking at {what}: {done:,} of {total:,}", what=Text("your {kind}", kind="photos"), done=1200,
                   total=3000)
    back = event_lines.from_line(event_lines.to_line(Progress(1200, 3000, message)))
    assert back == Progress(1200, 3000, "Looking at your photos: 1,200 of 3,000")
    assert back.message.template == message.template and back.message.fields["done"] == 1200
    assert back.message.fields["what"].template == "your {kind}"
    assert not hasattr(event_lines.from_line(event_lines.to_line(LogLine("plain"))).message, "template")


def test_an_error_line_carries_the_type_message_and_next_step():
    from fruitclassifier.core.teach.errors import TeachError
    from fruitclassifier.text import Text

    line = event_lines.error_to_line(TeachError(Text("{folder} is not a folder.", folder="/x"), "Give a folder."))
    assert line.startswith(event_lines.ERROR_PREFIX) and "\n" not in line
    error = event_lines.error_from_line(line)
    assert (error["module"], error["type"]) == ("fruitclassifier.core.teach.errors", "TeachError")
    assert error["message"] == "/x is not a folder." and error["message"].template == "{folder} is not a folder."
    assert error["next_step"] == "Give a folder."
    assert event_lines.error_from_line(event_lines.error_to_line(ValueError("bad")))["message"] == "bad"
    for text in ("", event_lines.ERROR_PREFIX, event_lines.ERROR_PREFIX + "{}", line[:-3]):
        assert event_lines.error_from_line(text) is None, text
