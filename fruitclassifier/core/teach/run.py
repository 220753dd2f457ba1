"""``teach(model, teaching_dir, options, on_event, should_stop)``: the call the GUI and the CLI both make.

Reads a folder of class folders (the user's photos; known class names or new ones), runs the frozen
backbone once over those photos, their augmented copies and a replay sample of the original training
images, fits a new head on the cached features (new classes appended at the end of class_names) and
saves backbone + new head as a new model; the parent stays as it was. When a class has enough photos,
a share is held back: the old and the new head are scored on them ("before"/"after"), then the final
head is fitted on every photo. Events are the training events of core/events.py (RunStarted, EpochEnded,
LogLine, RunFinished) plus Progress while features are computed.

``options.backend`` picks the Keras backend as training's does (core/training/backend.py); on another backend
than this process's the teaching runs in a child process (core/training/backend_child.py), whose events and
errors come back here. Under PyTorch the .tflite copy is made by the TensorFlow converter helper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
import json
from pathlib import Path
import re
import time
from typing import Any

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.events import Event, LogLine, Progress, RunFinished, RunStarted
from fruitclassifier.core.store import ModelInfo, find_model, save_model, slugify
from fruitclassifier.core.teach import features, fitting, head, replay, upper
from fruitclassifier.core.teach.errors import TeachCancelled, TeachError
from fruitclassifier.core.teach.teaching_set import fingerprint_folder, other_class, resolve_class_name
from fruitclassifier.core.training import backend
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

#: A class needs this many photos before some are held back for the before/after score.
MIN_FOR_HOLDOUT = 5
#: Teaching photos kept (small) beside the taught model so teaching it again still replays them.
KEPT_PIXELS_FACTOR = 2


@dataclass(frozen=True)
class TeachOptions:
    """Settings for one teaching run (defaults measured to fit ~100 photos in well under 90 s on 2 cores)."""

    name: str = ""
    epochs: int = 60
    learning_rate: float = 3e-3
    copies: int = 6  # augmented copies of every teaching photo
    replay_per_class: int = 24
    replay_copies: int = 1  # augmented (and pasted into your scenes) copies of every replay image
    holdout: float = 0.2
    replay_dir: str = ""
    seed: int = 0
    replay_holdout: int = 2  # replay images per class not taught, set aside for the before/after score
    tune_epochs: int = 8  # passes that fine-tune the top of the network (upper.py; 0: the head only)
    tune_learning_rate: float = 1e-4
    prototype_init: bool = False  # new classes' head columns start at their photos' mean (head.extended)
    backend: str = backend.AUTO  # tensorflow | torch | auto, as training's (core/training/backend.py)


def plan(options: TeachOptions) -> fitting.FitPlan:
    return fitting.FitPlan(options.epochs, options.learning_rate, options.tune_epochs, options.tune_learning_rate,
                           options.prototype_init, options.seed)


@dataclass
class _Photos:
    """Teaching photos by class index, split into training and held-back."""

    train: list[tuple[Path, int]]
    held: list[tuple[Path, int]]
    counts: dict[str, int]
    skipped: list[str]
    root: Path  # the teaching folder


def teach(model: str | Path | ModelInfo, teaching_dir: str | Path, options: TeachOptions | None = None,
          on_event: Callable[[Event], None] | None = None,
          should_stop: Callable[[], bool] | None = None) -> ModelInfo:
    """Teach a copy of ``model`` the photos in ``teaching_dir``; returns the new model saved in the store."""
    options = options or TeachOptions()
    emit = on_event or (lambda event: None)
    asked = should_stop or (lambda: False)
    started = time.perf_counter()
    info = model if isinstance(model, ModelInfo) else find_model(str(model))
    by_class = read_photos(teaching_dir, info.metadata)  # here too on another backend: a refusal comes at once
    wanted = backend.resolve(options.backend)
    if wanted != backend.current() and not backend.in_child():  # Keras's backend is fixed at its import
        return _teach_in_child(info, teaching_dir, options, wanted, emit, asked)

    def stop() -> bool:
        return asked() or backend.stop_file_requested()

    class_names = info.class_names + sorted(c for c in by_class if c not in info.class_names)
    photos = _split(by_class, class_names, options, Path(teaching_dir).expanduser())
    source = replay.find_replay(info, options.replay_dir or None)
    for line in source.warnings + photos.skipped:
        emit(LogLine(line))
    replayed, others_held = replay.hold_back(replay.sample(source, class_names, options.replay_per_class,
                                                           options.seed),
                                             {label for _, label in photos.train + photos.held},
                                             options.replay_holdout, options.seed)
    device = _device_for_teaching(emit)
    keras_model = _load(info)
    old = _old_head(keras_model, info)
    split = upper.split_layer(keras_model, info.arch) if options.tune_epochs else ""
    top = upper.Top.cut(keras_model, split) if split else None
    emit(RunStarted(arch=info.arch, device=device, epochs=options.epochs + (options.tune_epochs if top else 0),
                    steps_per_epoch=1, train_images=len(photos.train), val_images=len(photos.held),
                    replay_images=len(replayed), class_names=tuple(class_names)))
    data = features.teaching_views(features.feature_extractor(keras_model, split), info.image_size, photos.train,
                                   photos.held + others_held, replayed, options.copies, options.replay_copies,
                                   photos.root, options.seed, emit, stop)
    other = other_class(info.metadata)
    data["held_taught"] = np.arange(len(data["held_y"])) < len(photos.held)
    data["w"] = fitting.sample_weights(data["y"], data["taught"], class_names.index(other) if other else None)
    if top is not None:  # the head sees pooled features
        data["pooled"], data["held_pooled"] = top.pooled(data["x"]), top.pooled(data["held_x"])
    fitting.drop_conflicting_other(data, class_names, info.metadata, info.class_names, emit)
    result = fitting.fit_taught(old, data, len(class_names), plan(options), top, emit, stop)
    if stop():
        raise TeachCancelled
    # the seconds after the last pass say what
    emit(Progress(0, 0, QT_TRANSLATE_NOOP("core", "Keeping your photos with the new model…")))
    kept = _keep_photos(photos, class_names, info.image_size)
    meta = _metadata(info, class_names, teaching_dir, photos, source, kept, result, len(replayed),
                     time.perf_counter() - started, options)
    meta.update(backend=backend.current(), device=device)  # this teaching's, not the parent's training's
    fitting.recalibrate_open_set(meta, class_names, result["head"], data, emit)
    emit(Progress(0, 0, QT_TRANSLATE_NOOP("core", "Saving the new model and converting it for quick answers…")))
    saved = save_model(_taught_model(keras_model, result["head"], class_names), meta, name=_name(info, options))
    emit(RunFinished(model=saved.name, stopped=False, before=result["before"], after=result["after"]))
    return saved


def _teach_in_child(info: ModelInfo, teaching_dir: str | Path, options: TeachOptions, name: str,
                    emit: Callable[[Event], None], stop: Callable[[], bool]) -> ModelInfo:
    """``fruitclassifier teach`` on backend ``name`` in a child process, its events handed to ``emit``."""
    from fruitclassifier.core.training.backend_child import run_in_child

    def args(folder: Path) -> list[str]:
        settings = folder / "teach-options.json"
        settings.write_text(json.dumps(asdict(options)), encoding="utf-8")
        return ["teach", "--options", str(settings), str(info.path.resolve()),
                str(Path(teaching_dir).expanduser().resolve())]

    return run_in_child(args, name, emit, stop, work="teaching")


def _device_for_teaching(emit: Callable[[Event], None]) -> str:
    """The device's label; under PyTorch also said in the log, and the TensorFlow converter helper started now
    (it makes the .tflite copy: its import overlaps the teaching)."""
    from fruitclassifier.core.training import device

    label = device.detect().label
    if backend.current() != backend.TENSORFLOW:
        from fruitclassifier.core.conversion import converter_process

        emit(LogLine(Text(QT_TRANSLATE_NOOP("core", "Teaching with Keras on PyTorch: {device}."), device=label)))
        converter_process.use_child_process()
        converter_process.prestart()
    return label


def read_photos(teaching_dir: str | Path, metadata: dict) -> dict[str, list[Path]]:
    """{class: readable photos} from a folder of class folders; TeachError for an empty folder or class."""
    root = Path(teaching_dir).expanduser()
    if not root.is_dir():
        raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{folder} is not a folder."), folder=str(root)),
                         QT_TRANSLATE_NOOP("core", "Give a folder with one sub-folder of photos per class."))
    listed = replay.class_folders(root)
    if not any(listed.values()):
        raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{folder} holds no photos in class folders."),
                              folder=str(root)),
                         QT_TRANSLATE_NOOP("core", "Put each class's photos in its own sub-folder, named after the "
                                                   "class."))
    out: dict[str, list[Path]] = {}
    for folder, files in listed.items():
        readable = [f for f in files if _readable(f)]
        if not readable:
            raise TeachError(Text(QT_TRANSLATE_NOOP("core", "The class folder {folder} has no readable photo."),
                                  folder=repr(folder)),
                             QT_TRANSLATE_NOOP("core", "Add .jpg or .png photos to it, or remove the folder."))
        out.setdefault(resolve_class_name(folder, metadata), []).extend(readable)
    return out


def _readable(path: Path) -> bool:
    try:
        images.verify(path)
        return True
    except images.ImageError:
        return False


def _split(by_class: dict[str, list[Path]], class_names: list[str], options: TeachOptions, root: Path) -> _Photos:
    """Hold back ``options.holdout`` of each class with enough photos (seeded, so a rerun is the same)."""
    rng = np.random.default_rng(options.seed)
    train, held = [], []
    for name, files in sorted(by_class.items()):
        label = class_names.index(name)
        order = rng.permutation(len(files))
        k = max(1, round(len(files) * options.holdout)) if len(files) >= MIN_FOR_HOLDOUT and options.holdout else 0
        held += [(files[i], label) for i in sorted(order[:k])]
        train += [(files[i], label) for i in sorted(order[k:])]
    return _Photos(train, held, {n: len(f) for n, f in sorted(by_class.items())}, [], root)


def _load(info: ModelInfo) -> Any:
    """The Keras model, which metadata.json must describe (its class names become the old head's)."""
    from fruitclassifier.core.models import model_check
    from fruitclassifier.core.models.registry import load_keras

    model = load_keras(info.model_file)
    model_check.check_shapes(info.metadata, *model_check.keras_io(model), where=info.name)
    return model


def _old_head(keras_model: Any, info: ModelInfo) -> head.Head:
    layer = features.head_layer(keras_model)
    kernel, bias = (np.asarray(w, np.float32) for w in layer.get_weights())
    if kernel.shape[1] != len(info.class_names):
        raise TeachError(Text(QT_TRANSLATE_NOOP("core", "{name} cannot be taught: it has {outputs} outputs but "
                                                        "{classes} class names."),
                              name=repr(info.name), outputs=kernel.shape[1], classes=len(info.class_names)),
                         QT_TRANSLATE_NOOP("core", "Re-import it with its class names."))
    return head.Head(kernel, bias)


def _keep_photos(photos: _Photos, class_names: list[str], size: int) -> Path:
    """Small copies of the teaching photos under <home>/replay/, so teaching the taught model replays them."""
    folder = paths.home() / "replay" / f"taught-{datetime.now():%Y%m%d-%H%M%S}-{np.random.randint(1 << 30):x}"
    for i, (path, label) in enumerate(photos.train + photos.held):
        target = folder / class_names[label] / f"{i:04d}-{slugify(path.stem)}.jpg"
        target.parent.mkdir(parents=True, exist_ok=True)
        images.thumbnail(path, KEPT_PIXELS_FACTOR * size).save(target, quality=90)
    return folder


def _metadata(info: ModelInfo, class_names: list[str], teaching_dir: str | Path, photos: _Photos,
              source: replay.ReplaySource, kept: Path, result: dict[str, Any], replay_images: int,
              seconds: float, options: TeachOptions) -> dict[str, Any]:
    """The parent's metadata (architecture, size, open set…) with what teaching changed and how it went."""
    dropped = ("name", "sha256", "size", "created", "metrics", "history", "tflite_for_sha256", "app_version",
               "params", "notes")
    meta = {k: v for k, v in info.metadata.items() if k not in dropped}
    meta.update(
        class_names=class_names, parent=info.name, history=result["history"], metrics={},
        notes=f"Taught from {info.name} with {sum(photos.counts.values())} of your photos.",
        teach={
            "parent": info.name, "parent_sha256": info.metadata.get("sha256"),
            "teaching_fingerprint": fingerprint_folder(Path(teaching_dir).expanduser()),
            "teaching_dir": str(Path(teaching_dir).expanduser().resolve()), "counts": photos.counts,
            "new_classes": [c for c in class_names if c not in info.class_names],
            "held_back": len(photos.held), "before": result["before"], "after": result["after"],
            "others_held_back": result["others_held"], "others_before": result["others_before"],
            "others_after": result["others_after"],
            "replay_images": replay_images, "replay_dirs": [replay.portable(d) for d in source.dirs] + [str(kept)],
            "warnings": source.warnings, "seconds": round(seconds, 1), "options": asdict(options),
        },
    )
    return meta


def _taught_model(keras_model: Any, trained: head.Head, class_names: list[str]) -> Any:
    """The parent's backbone (same layers, same weights) with a new softmax head of len(class_names)."""
    import keras

    old = features.head_layer(keras_model)
    layer = keras.layers.Dense(len(class_names), activation="softmax", dtype="float32", name=features.HEAD_LAYER)
    outputs = layer(old.input)
    layer.set_weights([trained.kernel, trained.bias])
    return keras.Model(keras_model.inputs[0], outputs, name=keras_model.name)  # one tensor in, as the parent


def _name(info: ModelInfo, options: TeachOptions) -> str:
    if options.name.strip():
        return options.name.strip()
    base = re.sub(r" \(taught [^)]*\)( \(\d+\))?$", "", info.name)  # teaching a taught model: one suffix
    return f"{base} (taught {datetime.now():%Y-%m-%d %H:%M})"
