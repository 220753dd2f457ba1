"""What a training (or teaching) run tells its caller: small frozen dataclasses, one per kind of news.

``train(config, on_event, should_stop)`` and ``teach(...)`` call ``on_event`` with these; the CLI
prints them (cli/progress.py), the GUI draws them (gui/train/run_monitor.py). Consumers dispatch
with ``isinstance`` or ``match``, so a renamed field is a type error, not a silent ``KeyError`` at
run time. Plain data only: no Keras, no Qt, cheap to pass between threads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

#: The per-epoch numbers an EpochEnded may carry, in the order people read them.
EPOCH_METRICS = ("loss", "accuracy", "val_loss", "val_accuracy")


@dataclass(frozen=True)
class RunStarted:
    """The data is read and the model built: what is about to train, on what, for how long."""

    arch: str
    device: str
    epochs: int
    steps_per_epoch: int
    train_images: int
    val_images: int
    class_names: tuple[str, ...] = ()
    run: str = ""  # the run's id, for --resume ('' when the run cannot be resumed, e.g. teaching)
    initial_epoch: int = 0  # epochs already done (a resumed run)
    precision: str = "float32"
    replay_images: int = 0  # teaching: images of the original classes mixed in


@dataclass(frozen=True)
class BatchEnded:
    """One training batch; ``loss``/``accuracy`` are Keras' running means since the epoch began."""

    epoch: int  # 0-based
    batch: int  # 0-based
    steps: int  # batches per epoch
    loss: float
    accuracy: float
    images_per_s: float
    eta_s: float


@dataclass(frozen=True)
class EpochEnded:
    """One complete epoch; ``metrics`` holds whichever of EPOCH_METRICS (and ``lr``) were measured."""

    epoch: int  # 0-based
    epochs: int
    seconds: float
    metrics: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def from_logs(cls, epoch: int, epochs: int, seconds: float, logs: Mapping[str, float]) -> EpochEnded:
        """From Keras-style logs: the known metrics as floats, ``learning_rate`` renamed ``lr``."""
        metrics = {key: float(logs[key]) for key in EPOCH_METRICS if key in logs}
        if "learning_rate" in logs or "lr" in logs:
            metrics["lr"] = float(logs.get("learning_rate", logs.get("lr")))
        return cls(epoch, epochs, seconds, metrics)

    def scores(self) -> dict[str, float]:
        """The metrics a curve shows (EPOCH_METRICS only, no learning rate)."""
        return {key: self.metrics[key] for key in EPOCH_METRICS if key in self.metrics}


@dataclass(frozen=True)
class Progress:
    """Work before the epochs that has a count, e.g. teaching's backbone features."""

    done: int
    total: int
    message: str = ""


@dataclass(frozen=True)
class LogLine:
    """One line for the run's log (a skipped file, a precision note, a stop)."""

    message: str


@dataclass(frozen=True)
class RunFinished:
    """The model is saved under ``model``; ``stopped`` when the user stopped it early (best epoch kept)."""

    model: str
    stopped: bool
    run: str = ""
    before: float | None = None  # teaching: held-back photos right before and after
    after: float | None = None


Event = RunStarted | BatchEnded | EpochEnded | Progress | LogLine | RunFinished


class History:
    """Per-epoch numbers of one run ({"loss": [...], "val_accuracy": [...]}), fed by EpochEnded events.

    The GUI's one copy of a run's curves: the monitor owns it, the plot and the overfitting
    badge read it. (The run's persisted copy is ``core.runs.RunState.history``, in the worker.)
    """

    def __init__(self, earlier: Mapping[str, Sequence[float]] | None = None) -> None:
        self._lists: dict[str, list[float]] = {k: [float(x) for x in v] for k, v in (earlier or {}).items()}

    def add(self, event: EpochEnded) -> None:
        for key, value in event.scores().items():
            self._lists.setdefault(key, []).append(value)

    def epochs(self) -> int:
        return max((len(v) for v in self._lists.values()), default=0)

    def as_dict(self) -> dict[str, list[float]]:
        """A copy as plain lists (for verdict rules and for JSON)."""
        return {key: list(values) for key, values in self._lists.items()}

    def at(self, epoch: int) -> dict[str, float]:
        """The numbers of one epoch (0-based), for the metrics that have it."""
        return {key: values[epoch] for key, values in self._lists.items() if len(values) > epoch}
