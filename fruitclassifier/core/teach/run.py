"""``teach(model, teaching_dir, options, on_event, should_stop)``: the call the GUI and the CLI both make.

Reads a folder of class folders (the user's photos; known class names or new ones), runs the frozen
backbone once over those photos, their augmented copies and a replay sample of the original training
images, fits a new head on the cached features (new classes appended at the end of class_names) and
saves backbone + new head as a new model; the parent stays as it was. When a class has enough photos,
a share is held back: the old and the new head are scored on them ("before"/"after"), then the final
head is fitted on every photo. Events are the training events of core/events.py (RunStarted, EpochEnded,
LogLine, RunFinished) plus Progress while features are computed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
import re
import time
from typing import Any

import numpy as np

from fruitclassifier import paths
from fruitclassifier.core.data import images
from fruitclassifier.core.events import EpochEnded, Event, LogLine, Progress, RunFinished, RunStarted
from fruitclassifier.core.store import ModelInfo, find_model, save_model, slugify
from fruitclassifier.core.teach import features, head, replay
from fruitclassifier.core.teach.errors import TeachCancelled, TeachError
from fruitclassifier.core.teach.teaching_set import fingerprint_folder, other_class, resolve_class_name

#: A class needs this many photos before some are held back for the before/after score.
MIN_FOR_HOLDOUT = 5
#: Teaching photos kept (small) beside the taught model so teaching it again still replays them.
KEPT_PIXELS_FACTOR = 2
#: The final passes, with the held-back photos back in, are this fraction of the epochs (warm start).
FINAL_SHARE = 4


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
    stop = should_stop or (lambda: False)
    started = time.perf_counter()
    info = model if isinstance(model, ModelInfo) else find_model(str(model))
    by_class = read_photos(teaching_dir, info.metadata)
    class_names = info.class_names + sorted(c for c in by_class if c not in info.class_names)
    photos = _split(by_class, class_names, options, Path(teaching_dir).expanduser())
    source = replay.find_replay(info, options.replay_dir or None)
    for line in source.warnings + photos.skipped:
        emit(LogLine(line))
    replayed = replay.sample(source, class_names, options.replay_per_class, options.seed)
    keras_model = _load(info)
    old = _old_head(keras_model, info)
    emit(RunStarted(arch=info.arch, device="CPU", epochs=options.epochs, steps_per_epoch=1,
                    train_images=len(photos.train), val_images=len(photos.held), replay_images=len(replayed),
                    class_names=tuple(class_names)))
    data = _features(keras_model, info.image_size, photos, replayed, options, emit, stop)
    _drop_conflicting_other(data, class_names, info, emit)
    result = _fit_heads(old, data, len(class_names), options, emit, stop)
    if stop():
        raise TeachCancelled
    emit(Progress(0, 0, "Keeping your photos with the new model…"))  # the seconds after the last pass say what
    kept = _keep_photos(photos, class_names, info.image_size)
    meta = _metadata(info, class_names, teaching_dir, photos, source, kept, result, len(replayed),
                     time.perf_counter() - started, options)
    _recalibrate_open_set(meta, class_names, result["head"], data, emit)
    emit(Progress(0, 0, "Saving the new model and converting it for quick answers…"))
    saved = save_model(_taught_model(keras_model, result["head"], class_names), meta, name=_name(info, options))
    emit(RunFinished(model=saved.name, stopped=False, before=result["before"], after=result["after"]))
    return saved


def read_photos(teaching_dir: str | Path, metadata: dict) -> dict[str, list[Path]]:
    """{class: readable photos} from a folder of class folders; TeachError for an empty folder or class."""
    root = Path(teaching_dir).expanduser()
    if not root.is_dir():
        raise TeachError(f"{root} is not a folder.", "Give a folder with one sub-folder of photos per class.")
    listed = replay.class_folders(root)
    if not any(listed.values()):
        raise TeachError(f"{root} holds no photos in class folders.",
                         "Put each class's photos in its own sub-folder, named after the class.")
    out: dict[str, list[Path]] = {}
    for folder, files in listed.items():
        readable = [f for f in files if _readable(f)]
        if not readable:
            raise TeachError(f"The class folder {folder!r} has no readable photo.",
                             "Add .jpg or .png photos to it, or remove the folder.")
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
        raise TeachError(f"{info.name!r} cannot be taught: it has {kernel.shape[1]} outputs but "
                         f"{len(info.class_names)} class names.", "Re-import it with its class names.")
    return head.Head(kernel, bias)


def _features(keras_model: Any, size: int, photos: _Photos, replayed: list[tuple[Path, int]],
              options: TeachOptions, emit: Callable[[Event], None], stop: Callable[[], bool]) -> dict[str, Any]:
    """Backbone features of every view, computed once: training views (teaching + replay) and held-back."""
    rng = np.random.default_rng(options.seed + 1)
    forward = features.feature_extractor(keras_model)
    jitters = {1: features.colour_jitter(size, options.seed),
               0: features.colour_jitter(size, options.seed, backgrounds=photos.root)}  # replay: into your scenes
    groups = [(photos.train, options.copies, 1), (replayed, options.replay_copies, 0)]
    total = sum(len(items) * (1 + copies) for items, copies, _ in groups) + len(photos.held)
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        emit(Progress(done[0], total, f"Looking at your photos: {done[0]} of {total} views"))

    xs, ys, taught = [], [], []
    for items, copies, is_teaching in groups:
        plain = [features.plain_view(p, size) for p, _ in items]
        extra = [(view, label) for p, label in items for view in features.random_views(p, size, copies, rng)]
        xs += [features.run_backbone(forward, plain, stop, tick),
               features.run_backbone(forward, [v for v, _ in extra], stop, tick, jitters[is_teaching])]
        ys += [np.array([label for _, label in items], int), np.array([label for _, label in extra], int)]
        taught += [np.full(len(items), is_teaching), np.full(len(extra), is_teaching)]
    held_x = features.run_backbone(forward, [features.plain_view(p, size) for p, _ in photos.held], stop, tick)
    x = np.concatenate([a for a in xs if a.size])
    y, is_teaching = np.concatenate(ys), np.concatenate(taught)
    held_y = np.array([label for _, label in photos.held], int)
    return {"x": x, "y": y, "w": sample_weights(y, is_teaching), "held_x": held_x, "held_y": held_y,
            "taught": is_teaching.astype(bool)}


def sample_weights(labels: np.ndarray, is_teaching: np.ndarray) -> np.ndarray:
    """Every class weighs the same; within a class, the user's photos and the replay images weigh half each."""
    keys = labels * 2 + is_teaching.astype(int)
    key_counts = np.bincount(keys)
    groups_per_class = np.bincount(labels[np.unique(keys, return_index=True)[1]], minlength=labels.max() + 1)
    weights = 1.0 / (groups_per_class[labels] * key_counts[keys])
    return (weights * len(labels) / weights.sum()).astype(np.float32)


def _drop_conflicting_other(data: dict[str, Any], class_names: list[str], info: ModelInfo,
                            emit: Callable[[Event], None]) -> None:
    """Leave out "not one of my fruits" replay images that look more like a class the user is adding.

    The other class was trained on everything that is not a fruit of the model; when the user teaches,
    say, "Shoe", replay images of shoes labelled "other" would argue with their photos. Judged on the
    cached features: cosine similarity to each new class's mean against the other class's own mean.
    """
    other = other_class(info.metadata)
    new = [i for i, name in enumerate(class_names) if name not in info.class_names]
    if other is None or not new or other not in class_names:
        return
    x, y = data["x"], data["y"]
    unit = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)
    other_label = class_names.index(other)
    is_other = y == other_label
    if not is_other.any():
        return
    centre = lambda mask: unit[mask].mean(axis=0) / max(np.linalg.norm(unit[mask].mean(axis=0)), 1e-8)  # noqa: E731
    near_new = np.max(np.stack([unit @ centre(y == label) for label in new if (y == label).any()]), axis=0)
    drop = is_other & (near_new > unit @ centre(is_other))
    if drop.any():
        emit(LogLine(f"Left out {int(drop.sum())} “not one of my fruits” replay images that look like your new "
                     f"class{'es' if len(new) > 1 else ''}."))
        for key in ("x", "y", "w", "taught"):
            if key in data:
                data[key] = data[key][~drop]


def _fit_heads(old: head.Head, data: dict[str, Any], num_classes: int, options: TeachOptions,
               emit: Callable[[Event], None], stop: Callable[[], bool]) -> dict[str, Any]:
    """Fit with the held-back photos aside (live curve, before/after), then a few more passes with them in."""
    settings = head.HeadSettings(epochs=options.epochs, learning_rate=options.learning_rate, seed=options.seed)
    start = old_start = head.extended(old, num_classes)
    held_x, held_y = data["held_x"], data["held_y"]
    x, y, w = data["x"], data["y"], data["w"]

    def on_epoch(epoch: int, logs: dict[str, float]) -> None:
        emit(EpochEnded.from_logs(epoch, options.epochs, 0.0, logs))

    known = old.kernel.shape[1]  # the parent's columns: pulled firmly back to what it knew (head.py)
    trained, history = head.fit(start, x, y, w, settings, on_epoch, stop,
                                val=(held_x, held_y) if len(held_y) else None, known_classes=known)
    before = after = None
    if len(held_y):
        before = float(np.mean(old.predict(held_x) == held_y))
        after = float(np.mean(trained.predict(held_x) == held_y))
        emit(LogLine(f"Held-back photos: {before:.0%} right before, {after:.0%} after."))
        trained, _ = head.fit(trained, np.concatenate([x, held_x]), np.concatenate([y, held_y]),
                              np.concatenate([w, np.full(len(held_y), float(np.mean(w)), np.float32)]),
                              replace(settings, epochs=max(5, options.epochs // FINAL_SHARE)), lambda *_: None,
                              stop, anchor=old_start, known_classes=known)
    return {"head": trained, "history": history, "before": before, "after": after}


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
            "replay_images": replay_images, "replay_dirs": [replay.portable(d) for d in source.dirs] + [str(kept)],
            "warnings": source.warnings, "seconds": round(seconds, 1), "options": asdict(options),
        },
    )
    return meta


def _recalibrate_open_set(meta: dict[str, Any], class_names: list[str], trained: head.Head,
                          data: dict[str, Any], emit: Callable[[Event], None]) -> None:
    """Give each taught class its own "not one of mine" threshold where its photos need a lower one.

    The parent's threshold was chosen for its own classes; a class taught from ten photos is often
    answered with less certainty, and would otherwise be called "not one of mine" (seen: a taught
    "Shoe" at 53 %). Each taught class's threshold lets at most 2 % of its teaching views through as
    unknown; the parent's threshold, and so how its own classes and strangers are answered, stays.
    """
    from fruitclassifier.core.inference import open_set

    spec = meta.get("open_set")
    if not isinstance(spec, dict) or spec.get("other_class") not in class_names:
        return
    other = class_names.index(spec["other_class"])
    taught = data.get("taught", np.ones(len(data["y"]), bool))
    x = np.concatenate([data["x"][taught], data["held_x"]]) if len(data["held_x"]) else data["x"][taught]
    y = np.concatenate([data["y"][taught], data["held_y"]]) if len(data["held_y"]) else data["y"][taught]
    logits = x @ trained.kernel + trained.bias
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    parent = float(spec.get("threshold", open_set.DEFAULT_THRESHOLD))
    kept = dict(spec.get("class_thresholds") or {})
    for label in sorted(set(int(v) for v in y) - {other}):
        known = 1.0 - probs[y == label, other]
        needed = float(np.quantile(known, open_set.FRUIT_REJECTED))
        if needed < min(parent, kept.get(class_names[label], parent)):
            kept[class_names[label]] = round(needed, 4)
            emit(LogLine(f"'Not one of mine' for {class_names[label]} below {needed:.2f} known-probability "
                         f"(the others keep {parent:.2f})."))
    if kept:
        meta["open_set"] = {**spec, "class_thresholds": kept}


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
