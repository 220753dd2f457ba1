"""Where things live: the user's data folders and the read-only bundled resources.

User data (trained models, run checkpoints) goes to the platform's user data folder, caches to its
cache folder and the log file to its log folder; all three to ``$FRUITCLASSIFIER_HOME`` when set
(tests always set it), so a signed, frozen app never writes inside itself.
"""

from __future__ import annotations

import os
from pathlib import Path
import sys

APP_NAME = "FruitClassifier"
APP_AUTHOR = "fruitclassifier"


def home() -> Path:
    """The root of everything the app writes, created on first use."""
    override = os.environ.get("FRUITCLASSIFIER_HOME")
    if override:
        root = Path(override).expanduser()
    else:
        import platformdirs  # cheap, but only needed here

        root = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    root.mkdir(parents=True, exist_ok=True)
    return root


def _subdir(name: str) -> Path:
    path = home() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """User-trained and imported models, one folder each."""
    return _subdir("models")


def runs_dir() -> Path:
    """In-progress training runs: checkpoints and state for resume."""
    return _subdir("runs")


def cache_dir() -> Path:
    """Decoded-image, TFLite, evaluation and device-check caches; safe to delete.

    The platform's cache folder (``~/.cache/FruitClassifier`` on Linux, ``~/Library/Caches/FruitClassifier``
    on macOS, ``%LOCALAPPDATA%\\fruitclassifier\\FruitClassifier\\Cache`` on Windows), so backups and
    cleaners treat it as a cache; ``$FRUITCLASSIFIER_HOME/cache`` when that is set. A ``cache`` folder
    left in the data folder by older versions is moved here once (or removed, where it cannot be moved).
    """
    if os.environ.get("FRUITCLASSIFIER_HOME"):
        return _subdir("cache")
    import platformdirs

    path = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    _move_old_cache(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "cache", path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _move_old_cache(old: Path, new: Path) -> None:
    if not old.is_dir() or old == new:
        return
    import shutil

    new.parent.mkdir(parents=True, exist_ok=True)
    try:
        if new.exists():
            raise OSError("the new cache folder exists already")
        os.replace(old, new)  # one rename on one file system
    except OSError:
        shutil.rmtree(old, ignore_errors=True)  # another file system, or both there: a cache is disposable


def log_dir() -> Path:
    """The log file's folder: the platform's (``~/.local/state/FruitClassifier/log`` on Linux,
    ``~/Library/Logs/FruitClassifier`` on macOS, ``%LOCALAPPDATA%\\fruitclassifier\\FruitClassifier\\Logs``
    on Windows), or ``$FRUITCLASSIFIER_HOME/logs`` when that is set."""
    if os.environ.get("FRUITCLASSIFIER_HOME"):
        return _subdir("logs")
    import platformdirs

    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_root() -> Path:
    """The read-only resources folder: in the frozen app, in an installed wheel, or in a checkout.

    Frozen, ``sys._MEIPASS`` is the bundle's ``_internal/`` folder (Linux, Windows) or, in the macOS
    .app, ``Contents/Frameworks``: PyInstaller 6 puts the data in ``Contents/Resources/resources`` and
    links it into ``Contents/Frameworks``, so the same path works (build_app.spec).
    Installed, the repository's top-level ``resources/`` is the package ``fruitclassifier.resources``
    (pyproject.toml maps it), found with importlib.resources wherever pip put it. A checkout that was
    never installed, or an editable install made before the mapping, has it beside the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    from importlib import resources

    try:
        root = resources.files("fruitclassifier.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
    if not isinstance(root, Path):  # a zip import would hand back a Traversable that is no folder
        raise RuntimeError(f"fruitclassifier's resources must be installed as files, not in {root}")
    return root


def resource_path(*parts: str) -> Path:
    """A path under resources/ that works both from source and inside the frozen app."""
    return resources_root().joinpath(*parts)


def bundled_models_dir() -> Path:
    return resource_path("models")


def samples_dir() -> Path:
    return resource_path("samples")
