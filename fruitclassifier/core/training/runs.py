"""A training run on disk: its config, per-epoch state and last checkpoint, for resume.

Each run is a folder in ``paths.runs_dir()``. Everything is written atomically
(core/atomic.py: temp file, fsync, ``os.replace``) so a killed process leaves the previous epoch's
checkpoint intact and the run can be resumed from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
from pathlib import Path
import shutil
import time
from typing import Any
import uuid

from fruitclassifier import paths
from fruitclassifier.config import TrainConfig
from fruitclassifier.core.atomic import atomic_write
from fruitclassifier.errors import UserError


class RunError(UserError, ValueError):
    """A run cannot be resumed; the message says why and what to do."""


class StoppedBeforeFirstEpoch(UserError):
    """Stop was pressed before any epoch of the run completed (core/training/callbacks.py): there is no epoch
    to keep, and saving the half-trained weights would put a useless model in the library."""

    def __init__(self) -> None:
        super().__init__("Stopped during the first epoch, before any epoch completed: nothing was saved.",
                         "Start the training again when you are ready; it needs one whole epoch to save a model.")


@dataclass
class RunState:
    """What survives between epochs: where we are, the history so far, and the best score."""

    run_id: str
    folder: Path
    config: TrainConfig
    epochs_done: int = 0
    history: dict[str, list[float]] = field(default_factory=dict)
    best_score: float | None = None
    best_epoch: int | None = None
    model_name: str = ""
    status: str = "running"  # running | stopped | finished | failed
    train_seconds: float = 0.0

    @property
    def checkpoint(self) -> Path:
        return self.folder / "checkpoint.keras"

    @property
    def best_weights(self) -> Path:
        return self.folder / "best.weights.h5"

    @property
    def batches_file(self) -> Path:
        """The completed epochs' per-batch logs (core/training/callbacks.py), so a resumed run's batch curve
        is drawn from its start."""
        return self.folder / "batches.json"

    @classmethod
    def create(cls, config: TrainConfig) -> RunState:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        run_id = f"{stamp}-{config.arch}-{uuid.uuid4().hex[:6]}"
        folder = paths.runs_dir() / run_id
        folder.mkdir(parents=True)
        state = cls(run_id=run_id, folder=folder, config=config)
        state.save()
        return state

    @classmethod
    def load(cls, run_id: str) -> RunState:
        """Open a run by id (or by the name of the model it produced) for resuming."""
        folder = _find_run_folder(run_id)
        try:
            raw = _read_state(folder)
            if raw is None or not isinstance(raw.get("config"), dict):
                raise ValueError("state.json is not a saved run")
            # runs saved before "open_set" existed were started without the extra class: resume them so
            config = TrainConfig.from_dict({"open_set": False, **raw["config"]})
            return cls(folder=folder, config=config, **_typed_fields(raw, folder.name))
        except (OSError, ValueError, KeyError) as exc:  # ConfigError is a ValueError too
            raise RunError(f"run {run_id!r} has no readable state ({str(exc)[:160]}); "
                           "start a new run instead") from None

    def save(self) -> None:
        data = {
            "run_id": self.run_id,
            "config": self.config.to_dict(),
            "epochs_done": self.epochs_done,
            "history": self.history,
            "best_score": self.best_score,
            "best_epoch": self.best_epoch,
            "model_name": self.model_name,
            "status": self.status,
            "train_seconds": self.train_seconds,
        }
        atomic_write(self.folder / "state.json", json.dumps(data, indent=2))

    def record_epoch(self, epoch: int, logs: dict[str, float], seconds: float) -> bool:
        """Append one epoch's numbers; return True when it is the best so far."""
        for key, value in logs.items():
            self.history.setdefault(key, []).append(float(value))
        self.epochs_done = epoch + 1
        self.train_seconds += seconds
        score = logs.get("val_accuracy", logs.get("accuracy"))
        improved = score is not None and (self.best_score is None or score > self.best_score)
        if improved:
            self.best_score, self.best_epoch = float(score), epoch + 1
        return improved


#: The saved fields besides the config, each with the types it may hold (state.json is edited and damaged too).
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "epochs_done": (int,), "history": (dict,), "best_score": (int, float, type(None)),
    "best_epoch": (int, type(None)), "model_name": (str,), "status": (str,), "train_seconds": (int, float),
}


def _read_state(folder: Path) -> dict | None:
    """state.json as a dict, or None when it is missing, unreadable or not an object."""
    try:
        raw = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return raw if isinstance(raw, dict) else None


def _typed_fields(raw: dict, run_id: str) -> dict[str, Any]:
    """The RunState fields of a state.json, checked by type; a ValueError names the first bad one."""
    out: dict[str, Any] = {"run_id": run_id}  # the folder's name, whatever the file says
    for key, types in _FIELD_TYPES.items():
        if key not in raw:
            continue
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, types):
            raise ValueError(f"{key} is {value!r}"[:80])
        out[key] = value
    if out.get("epochs_done", 0) < 0 or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(x, (int, float)) and not isinstance(x, bool)
                                                              for x in v) for k, v in out.get("history", {}).items()):
        raise ValueError("epochs_done or history is damaged")
    return out


def list_runs() -> list[dict[str, Any]]:
    """Runs on disk, newest first, as plain dicts (for the GUI's resume list and the CLI); a folder whose
    state.json is damaged is left out, never a reason to fail the list."""
    runs = []
    for folder in sorted(paths.runs_dir().iterdir(), reverse=True):
        raw = _read_state(folder)
        if raw is None:
            continue
        raw["run_id"] = folder.name  # the folder names the run: a run_id inside the file may point anywhere
        raw["resumable"] = (folder / "checkpoint.keras").is_file() and raw.get("status") != "finished"
        runs.append(raw)
    return runs


def _find_run_folder(run_id: str) -> Path:
    folder = paths.runs_dir() / run_id
    if (folder / "state.json").is_file():
        return folder
    # A killed run never reached its model_name, so the --name it was started with names it too;
    # newest first, resumable runs before finished ones.
    for raw in sorted(list_runs(), key=lambda r: not r["resumable"]):
        config = raw.get("config") if isinstance(raw.get("config"), dict) else {}
        if run_id in (raw.get("model_name"), config.get("name")):
            return paths.runs_dir() / raw["run_id"]
    raise RunError(f"no training run named {run_id!r}; `fruitclassifier runs` lists the ones that can be resumed")


def saved_batches(folder: Path) -> list[list[float]]:
    """[epoch, batch, steps, loss, accuracy] rows of a run folder's completed epochs ([] when none are stored)."""
    try:
        rows = json.loads((Path(folder) / "batches.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    ok = isinstance(rows, list) and all(isinstance(r, list) and len(r) == 5 and
                                        all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in r)
                                        for r in rows)
    return rows if ok else []


#: What a run keeps only for resuming: the last epoch's model with its optimizer, the best epoch's
#: weights and the generated "not one of mine" examples. state.json (the settings, for
#: ``train --config``) and batches.json (a few KB) stay.
RESUME_ONLY = ("checkpoint.keras", "best.weights.h5", "other")


@dataclass
class Freed:
    """What one clean-up removed: the run and the bytes it gave back."""

    run_id: str
    reason: str  # "finished" | "model gone" | "deleted"
    bytes: int


def release_checkpoints(folder: Path) -> int:
    """Remove a run's resume-only files (a finished run has nothing left to resume); the bytes freed."""
    freed = 0
    for name in RESUME_ONLY:
        path = Path(folder) / name
        freed += _size(path)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return freed


def prune_runs() -> list[Freed]:
    """Checkpoints of finished runs, and whole runs whose model is no longer in the library.

    A stopped or killed run keeps everything (``train --resume`` needs its checkpoint); a run still
    writing (status "running", no model yet) is never touched."""
    from fruitclassifier.core.store import list_models

    models = list_models(include_broken=True)  # by run id: a renamed model is still its run's
    kept = {m.metadata.get("run_id") for m in models} | {m.name for m in models}
    freed = []
    for run in list_runs():
        folder, model = paths.runs_dir() / run["run_id"], run.get("model_name")
        gone = bool(model) and run["run_id"] not in kept and model not in kept
        if gone:
            freed.append(Freed(run["run_id"], "model gone", _remove(folder)))
        elif run.get("status") == "finished" and any((folder / n).exists() for n in RESUME_ONLY):
            freed.append(Freed(run["run_id"], "finished", release_checkpoints(folder)))
    return freed


def delete_run(run_id: str) -> Freed:
    """Remove one run (by id, or by the name of its model) and all its files."""
    folder = _find_run_folder(run_id)
    return Freed(folder.name, "deleted", _remove(folder))


def _remove(folder: Path) -> int:
    size = _size(folder)
    shutil.rmtree(folder, ignore_errors=True)
    return size


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else 0
