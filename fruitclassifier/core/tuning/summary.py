"""A study's result as plain data: every trial (number, state, score, settings, why it failed, which
worker ran it) and the best one, read from the shared storage so any worker or viewer sees the same."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any
import warnings


@dataclass(frozen=True)
class TrialRecord:
    number: int
    state: str  # complete, pruned, failed, running, waiting
    value: float | None
    params: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    host: str = ""
    model: str = ""
    pid: int | None = None  # the worker process on ``host`` (None: a study from before it was recorded)

    @property
    def worker(self) -> str:
        """Which worker ran it, as a person reads it: "host (pid 12345)" (two workers of one machine differ)."""
        return f"{self.host} (pid {self.pid})" if self.pid is not None else self.host


@dataclass(frozen=True)
class TuneSummary:
    """What ``tune`` returns and the CLI prints; the best model's metadata keeps it under "tuning"."""

    study: str
    storage: str
    trials: tuple[TrialRecord, ...]
    best_number: int | None = None
    best_value: float | None = None
    best_params: dict[str, Any] = field(default_factory=dict)
    best_model: str = ""
    importances: dict[str, float] = field(default_factory=dict)

    def count(self, state: str) -> int:
        return sum(1 for t in self.trials if t.state == state)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_STATES = {"COMPLETE": "complete", "PRUNED": "pruned", "FAIL": "failed", "RUNNING": "running",
           "WAITING": "waiting"}


def record(trial: Any) -> TrialRecord:
    """One Optuna FrozenTrial as a TrialRecord."""
    return TrialRecord(number=trial.number, state=_STATES.get(trial.state.name, trial.state.name.lower()),
                       value=trial.value if trial.state.name == "COMPLETE" else None, params=dict(trial.params),
                       reason=str(trial.user_attrs.get("reason", "")), host=str(trial.user_attrs.get("host", "")),
                       model=str(trial.user_attrs.get("model", "")), pid=_pid(trial.user_attrs))


def _pid(attrs: dict[str, Any]) -> int | None:
    """The worker's process id: its own attribute, else the end of "worker" ("host:pid", older studies)."""
    pid = attrs.get("pid", str(attrs.get("worker", "")).rpartition(":")[2])
    try:
        return int(pid)
    except (TypeError, ValueError):
        return None


def best_trial(study: Any) -> Any | None:
    """The complete trial with the highest validation accuracy (ties: the lower validation loss), or None."""
    done = [t for t in study.get_trials(deepcopy=False) if t.state.name == "COMPLETE" and t.value is not None]
    if not done:
        return None
    return max(done, key=lambda t: (t.value, -float(t.user_attrs.get("val_loss", 0.0)), -t.number))


def summarize(study: Any, storage: str, importances: bool = True) -> TuneSummary:
    """The study as it stands in the storage now (other workers' trials included). A viewer polling
    the storage passes ``importances=False`` until a trial more has finished: fANOVA is the costly part."""
    trials = tuple(record(t) for t in study.get_trials(deepcopy=False))
    best = best_trial(study)
    if best is None:
        return TuneSummary(study.study_name, storage, trials)
    return TuneSummary(study.study_name, storage, trials, best.number, best.value, dict(best.params),
                       str(best.user_attrs.get("model", "")), _importances(study) if importances else {})


def _importances(study: Any) -> dict[str, float]:
    """Which settings mattered most (Optuna's fANOVA); empty until a few trials with varied settings finished."""
    import optuna

    complete = [t for t in study.get_trials(deepcopy=False) if t.state.name == "COMPLETE"]
    if len(complete) < 3 or not complete[0].params:
        return {}
    try:
        with warnings.catch_warnings():  # "importances will be equal" on a tiny study is no news for a user
            warnings.simplefilter("ignore")
            return {k: round(float(v), 4) for k, v in optuna.importance.get_param_importances(study).items()}
    except (ValueError, RuntimeError):  # e.g. every trial had the same settings
        return {}
