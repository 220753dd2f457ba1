"""Evaluation results cached on disk, and the defaults for what to compare.

Evaluating a ResNet50 on a few thousand test images costs a minute on a laptop CPU;
the Compare view reopens the same comparison many times. One JSON file per
(model file, test folder) pair lives under ``paths.cache_dir()/"eval"``. The key is
the model's sha256 (written into metadata.json when it was saved) and the folder's
content fingerprint (``core.data.folders.scan(...).fingerprint``: relative paths and sizes),
so a renamed model or a moved folder still hits, while a retrained model or an
edited folder misses. Prediction paths are stored relative to the folder and
re-rooted on load for the same reason.

Qt-free and TensorFlow-free at import (house rules 1 and the contract): the CLI may use it too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.atomic import atomic_write
from fruitclassifier.core.data import folders
from fruitclassifier.core.evaluation.metrics import EvalResult
from fruitclassifier.core.store import ModelInfo, sha256_file

CACHE_VERSION = 2  # 2: predictions carry true_probability (the folder loss)


@dataclass(frozen=True)
class TestFolder:
    """The class-folder root that is actually evaluated, and what identifies its contents."""

    root: Path
    fingerprint: str
    num_images: int


def resolve_test_folder(folder: str | os.PathLike) -> TestFolder:
    """Scan a test folder the way ``evaluate`` does (a Fruits-360 root means its Test/ split)."""
    summary = folders.scan(folder)
    if summary.test_dir is not None:
        summary = folders.scan(summary.test_dir)
    return TestFolder(summary.root, summary.fingerprint, len(summary.files))


def cache_folder() -> Path:
    folder = paths.cache_dir() / "eval"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def model_key(info: ModelInfo) -> str:
    """The model file's sha256: from its metadata when recorded at save time, else computed (slow for big files)."""
    sha = info.metadata.get("sha256")
    if isinstance(sha, str) and len(sha) >= 32:
        return sha
    return sha256_file(info.model_file)


def cache_file(key: str, test: TestFolder) -> Path:
    return cache_folder() / f"{key[:32]}-{test.fingerprint}.json"


# --- EvalResult <-> JSON -------------------------------------------------------------------------


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)  # outside the folder (should not happen): keep it absolute


def result_to_dict(result: EvalResult, root: Path) -> dict[str, Any]:
    """Everything needed to rebuild the EvalResult, with prediction paths relative to ``root``."""
    return {
        "model": result.model, "folder": str(result.folder), "labels": list(result.labels),
        "confusion": np.asarray(result.confusion).tolist(), "seconds": float(result.seconds),
        "params": int(result.params), "file_size": int(result.file_size), "skipped": list(result.skipped),
        "predictions": [{**p, "path": _relative(p["path"], root)} for p in result.predictions],
    }


def result_from_dict(d: dict[str, Any], root: Path, name: str | None = None) -> EvalResult:
    """Rebuild an EvalResult; relative prediction paths are re-rooted at ``root`` (the folder may have moved)."""
    return EvalResult(
        model=name or str(d["model"]), folder=str(root), labels=[str(x) for x in d["labels"]],
        confusion=np.asarray(d["confusion"], dtype=np.int64).reshape(len(d["labels"]), len(d["labels"])),
        predictions=[{**p, "path": str(root / p["path"])} for p in d["predictions"]],
        seconds=float(d["seconds"]), params=int(d.get("params", 0)), file_size=int(d.get("file_size", 0)),
        skipped=[str(s) for s in d.get("skipped", [])],
    )


# --- reading and writing -------------------------------------------------------------------------


def load(info: ModelInfo, test: TestFolder, key: str | None = None) -> EvalResult | None:
    """The cached result of this model on this folder, or None (missing, unreadable or stale file)."""
    path = cache_file(key or model_key(info), test)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("version") != CACHE_VERSION or stored.get("fingerprint") != test.fingerprint:
            return None
        return result_from_dict(stored["result"], test.root, name=info.name)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(info: ModelInfo, test: TestFolder, result: EvalResult, key: str | None = None) -> Path:
    """Write atomically (core/atomic.py), so a killed app never leaves half a cache file."""
    path = cache_file(key or model_key(info), test)
    stored = {"version": CACHE_VERSION, "model": info.name, "fingerprint": test.fingerprint,
              "written": datetime.now(UTC).isoformat(timespec="seconds"),
              "result": result_to_dict(result, test.root)}
    atomic_write(path, json.dumps(stored))
    return path


def clear() -> int:
    """Delete every cached evaluation; returns how many files went."""
    removed = 0
    for file in cache_folder().glob("*.json"):
        file.unlink(missing_ok=True)
        removed += 1
    return removed


def evaluate_cached(
    info: ModelInfo,
    test: TestFolder,
    classifier_for: Callable[[ModelInfo], Any],
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[EvalResult | None, bool]:
    """(result, came_from_cache). Evaluates and caches on a miss; (None, False) when stopped part-way.

    ``classifier_for`` loads the model (only called on a miss, so a fully cached
    comparison never imports TensorFlow).
    """
    from fruitclassifier.core.evaluation.metrics import evaluate

    key = model_key(info)
    cached = load(info, test, key)
    if cached is not None:
        return cached, True
    result = evaluate(classifier_for(info), test.root, on_progress, should_stop)
    if should_stop and should_stop():
        return None, False  # a partial evaluation must never be cached as the answer
    save(info, test, result, key)
    return result, False


# --- what to compare by default ------------------------------------------------------------------


def _child_named(folder: Path, names: Sequence[str]) -> Path | None:
    try:
        return next((p for p in sorted(folder.iterdir()) if p.is_dir() and p.name.lower() in names), None)
    except OSError:
        return None


def default_test_dir(info: ModelInfo) -> Path | None:
    """The test folder that belongs to a model's training data, when there is one.

    The config's test_dir; else the Test/ inside its data folder (what folders.scan
    reports as test_dir); else the Test/ beside a data folder named Training/.
    Only folder names are looked at: no file listing on the GUI thread.
    """
    config = info.metadata.get("config")
    config = config if isinstance(config, dict) else {}
    test_dir = str(config.get("test_dir") or "")
    if test_dir and Path(test_dir).expanduser().is_dir():
        return Path(test_dir).expanduser().resolve()
    data_dir = str(config.get("data_dir") or "")
    if not data_dir or not Path(data_dir).expanduser().is_dir():
        return None
    folder = Path(data_dir).expanduser().resolve()
    found = _child_named(folder, folders.TEST_NAMES)
    if found is None and folder.name.lower() in folders.TRAIN_NAMES:
        found = _child_named(folder.parent, folders.TEST_NAMES)
    return found


def _created(info: ModelInfo) -> float:
    try:
        created = datetime.fromisoformat(info.created)
        return (created if created.tzinfo else created.astimezone()).timestamp()
    except ValueError:
        return 0.0


def newest_per_arch(infos: Sequence[ModelInfo], at_least: int = 2) -> list[ModelInfo]:
    """The newest model of each architecture, newest first: a sensible first comparison.

    When that is fewer than ``at_least`` models (say, two custom CNNs and nothing else),
    the next newest models fill up, so there is still something to compare.
    """
    newest = sorted(infos, key=_created, reverse=True)
    chosen: dict[str, ModelInfo] = {}
    for info in newest:
        chosen.setdefault(info.arch, info)
    picked = list(chosen.values())
    for info in newest:
        if len(picked) >= at_least:
            break
        if info not in picked:
            picked.append(info)
    return picked
