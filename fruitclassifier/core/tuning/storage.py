"""Where a study lives and the study-wide Stop: a journal file (shared disk, no server) or a database URL.

Optuna's ``study.stop()`` stops only the calling process, so Stop is a study user attribute holding
the time it was asked; every worker polls it and stops when it was asked after the worker joined
(so a later resume of the same study is not stopped by an old request). Clocks of the machines
should roughly agree for that comparison (seconds matter, not milliseconds).
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
from pathlib import Path
import time
from typing import Any
import warnings

from fruitclassifier import paths
from fruitclassifier.config import ConfigError, TuneConfig
from fruitclassifier.errors import UserError

STOP_ATTR = "stop_requested_at"
CONFIG_ATTR = "config"  # the TuneConfig the study was created with, as a dict


class TuningError(UserError, RuntimeError):
    """A study cannot be opened, run or stopped; the message says why and what to do."""


def default_storage() -> str:
    """The journal file every study uses when no storage is given: one per user, in the app's data folder."""
    folder = paths.home() / "tuning"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / "studies.journal")


def is_url(storage: str) -> bool:
    return "://" in storage


def make_storage(storage: str) -> Any:
    """An Optuna storage: RDB for a URL (stale trials of a dead worker failed by heartbeat), else a journal."""
    from optuna.storages.journal import JournalFileBackend, JournalStorage

    storage = storage or default_storage()
    if is_url(storage):
        return _database(storage)
    path = Path(storage).expanduser()
    if path.is_dir():
        raise TuningError(f"the storage {path} is a folder; give a journal file path such as {path}/study.journal")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return JournalStorage(JournalFileBackend(str(path)))
    except OSError as exc:
        raise TuningError(f"cannot open the journal file {path}: {exc.strerror or exc}") from None


def _database(url: str, attempts: int = 3) -> Any:
    """RDB storage (stale trials of a dead worker failed by heartbeat). Workers starting together on a fresh
    database race to create its tables; the loser's error is retried once the winner's tables exist."""
    import optuna

    for attempt in range(attempts):
        try:
            with warnings.catch_warnings():  # "heartbeat_interval is experimental": no news for a user
                warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                return optuna.storages.RDBStorage(url, heartbeat_interval=30, grace_period=120)
        except ImportError as exc:
            raise TuningError(
                f"cannot use the database {url.split('://')[0]}: {exc}",
                "for PostgreSQL, pip install 'fruitclassifier[postgres]' (psycopg 3 and SQLAlchemy 2.1, whose "
                "postgresql:// URL uses it)",
            ) from None
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy's errors have no common user-facing type
            if attempt == attempts - 1:
                raise TuningError(f"cannot open the database storage: {str(exc).splitlines()[0]}") from None
            time.sleep(1.0 + attempt)
    raise AssertionError("unreachable")


def load_study(storage: str, study: str) -> Any:
    """An existing study, or a TuningError naming the studies there are."""
    import optuna

    store = make_storage(storage)
    try:
        return optuna.load_study(study_name=study, storage=store)
    except KeyError:
        names = [s.study_name for s in optuna.get_all_study_summaries(store)]
        raise TuningError(
            f"no study {study!r} in {storage or default_storage()}", f"studies there: {', '.join(names) or 'none'}"
        ) from None


def study_config(storage: str, study: str) -> TuneConfig:
    """The settings a study was created with, for a worker that joins it by name (``tune --worker``)."""
    raw = load_study(storage, study).user_attrs.get(CONFIG_ATTR)
    if not isinstance(raw, dict):
        raise TuningError(f"study {study!r} was not created by fruitclassifier (it keeps no settings)")
    try:
        return TuneConfig.from_dict(raw)
    except ConfigError as exc:
        raise TuningError(f"study {study!r} keeps settings this version cannot read: {exc}") from None


def request_stop(storage: str, study: str) -> None:
    """Ask every worker of the study, on any machine, to stop (each ends its current trial first)."""
    load_study(storage, study).set_user_attr(STOP_ATTR, time.time())


def stop_requested(study: Any, since: float) -> bool:
    """True when Stop was asked for the study after ``since`` (a worker's join time)."""
    asked = study.user_attrs.get(STOP_ATTR)
    return isinstance(asked, (int, float)) and asked >= since


@contextlib.contextmanager
def budget_lock(storage: str) -> Iterator[None]:
    """Serialise 'count the trials, then ask for one' among workers on one journal file, so together they
    make exactly the trials asked for. A database storage has no such lock: there two workers may, rarely,
    start one trial more than asked."""
    if is_url(storage):
        yield
        return
    from optuna.storages.journal import JournalFileOpenLock

    lock = JournalFileOpenLock(str(Path(storage).expanduser()) + ".budget")
    while not lock.acquire():
        time.sleep(0.05)
    try:
        yield
    finally:
        lock.release()
