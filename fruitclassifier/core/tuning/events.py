"""What a tuning study tells its caller, beside each trial's own training events (core/events.py).

``tune(config, on_event, should_stop)`` brackets every trial's RunStarted/EpochEnded/... with a
TrialStarted and a TrialFinished, so a tuning view can fill its trials table and a CLI its lines.
Plain frozen data: no Optuna, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: A finished trial's state, as Optuna names them in lower case.
TRIAL_STATES = ("complete", "pruned", "failed", "running")


@dataclass(frozen=True)
class StudyOpened:
    """The study is open (created or joined): how many trials it has and how many it should have."""

    study: str
    storage: str
    trials_before: int
    trials_wanted: int


@dataclass(frozen=True)
class TrialStarted:
    """A trial of this worker starts training with these settings."""

    number: int
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrialFinished:
    """A trial ended: ``value`` is its validation accuracy (None unless complete), ``reason`` why it failed."""

    number: int
    state: str  # one of TRIAL_STATES
    value: float | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    reason: str = ""
    best_number: int | None = None  # the study's best trial after this one
    best_value: float | None = None


TuneEvent = StudyOpened | TrialStarted | TrialFinished
