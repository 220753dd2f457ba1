"""Typed configuration: the single source of truth for CLI flags, GUI forms and saved runs.

Each field carries its own help text and limits in ``metadata`` so that the
CLI parser and the GUI settings form are generated from the same place, and a
run saved beside a model can be read back into exactly the same object.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
import json
from pathlib import Path
import tomllib
from typing import Any

from fruitclassifier import architectures
from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text, joined

#: In an experiment config, ``weights = "@previous"`` starts a run from the previous run's trained model
#: (a fine-tuning stage); ExperimentConfig resolves it to a weights file just before that run.
PREVIOUS_RUN_WEIGHTS = "@previous"

#: Keras backends a run can train on (core/training/backend.py): "auto" is PyTorch where it sees a GPU
#: (Apple's MPS, or CUDA) and TensorFlow does not, TensorFlow otherwise.
BACKENDS = ("auto", "tensorflow", "torch")

#: Input size each architecture uses when the user does not choose one.
DEFAULT_IMAGE_SIZE = {arch.name: arch.default_image_size for arch in architectures.TABLE}


class ConfigError(UserError, ValueError):
    """A configuration value a user gave is invalid; the message says which and why."""


class _Checked:
    """``checked()`` for a config with ``validate()``: the one place a list of problems becomes a ConfigError."""

    def validate(self) -> list[str]:  # pragma: no cover - every config defines its own
        raise NotImplementedError

    def checked(self):
        """Return self, or raise ConfigError naming every invalid value."""
        problems = self.validate()
        if problems:
            raise ConfigError(joined(problems))
        return self


def _opt(default: Any, help: str, **limits: Any) -> Any:
    """A dataclass field whose metadata carries help text and limits (min, max, choices)."""
    return field(default=default, metadata={"help": help, **limits})


def _search(default: tuple, help: str, lowest: float, highest: float, log: bool = False, whole: bool = False) -> Any:
    """A searched (low, high) range of TuneConfig: its help and the limits every face of tuning reads."""
    return field(default=default, metadata={"help": help, "lowest": lowest, "highest": highest, "log": log,
                                            "whole": whole})


@dataclass(frozen=True)
class AugmentConfig:
    """Random changes applied to training images only, aimed at real-photo robustness."""

    enabled: bool = _opt(False, "Apply augmentation to training images")
    flip: bool = _opt(True, "Random horizontal and vertical flips")
    rotation: float = _opt(0.1, "Largest rotation, as a fraction of a full turn", min=0.0, max=0.5)
    zoom: float = _opt(0.2, "Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25",
                       min=0.0, max=1.5)
    brightness: float = _opt(0.2, "Largest brightness change (fraction)", min=0.0, max=1.0)
    contrast: float = _opt(0.2, "Largest contrast change (fraction)", min=0.0, max=1.0)
    color: float = _opt(0.1, "Largest hue/saturation change (fraction)", min=0.0, max=0.5)
    blur_noise: float = _opt(0.0, "Probability of blur and sensor noise", min=0.0, max=1.0)
    backgrounds_dir: str = _opt(
        "", "Folder of background photos to composite white-background fruit onto (empty: off)"
    )
    background_probability: float = _opt(
        0.5, "Share of training images composited onto a background", min=0.0, max=1.0
    )


@dataclass(frozen=True)
class TrainConfig(_Checked):
    """Everything needed to reproduce one training run."""

    data_dir: str = _opt("", "Folder of class folders, or a Fruits-360 folder with Training/ and Test/")
    arch: str = _opt("custom_cnn", "Network architecture", choices=architectures.NAMES)
    epochs: int = _opt(10, "Number of passes over the training data", min=1, max=1000)
    batch_size: int = _opt(32, "Images per training step", min=1, max=1024)
    learning_rate: float = _opt(1e-3, "Adam learning rate", min=1e-7, max=1.0)
    image_size: int = _opt(0, "Square input size in pixels (0: the architecture's default)", min=0, max=512)
    val_split: float = _opt(0.2, "Share of training images held out for validation", min=0.0, max=0.9)
    test_dir: str = _opt("", "Optional separate test folder (empty: the Test/ beside the data, if any)")
    weights: str = _opt("none", "Backbone weights: 'imagenet', 'none' or a path to a weights file")
    freeze_backbone: bool = _opt(False, "Freeze the pretrained backbone and train only the head")
    fine_tune_layers: int = _opt(
        0, "With a frozen backbone, unfreeze this many of its last layers", min=0, max=500
    )
    dropout: float = _opt(0.5, "Dropout before the classifier", min=0.0, max=0.95)
    l2: float = _opt(0.0, "L2 weight penalty on dense/conv kernels", min=0.0, max=1.0)
    early_stopping_patience: int = _opt(0, "Stop after this many epochs without improvement (0: off)", min=0, max=1000)
    reduce_lr_patience: int = _opt(0, "Halve the learning rate after this many flat epochs (0: off)", min=0, max=1000)
    class_weights: bool = _opt(True, "Weight classes inversely to their size (for lopsided folders)")
    seed: int = _opt(42, "Random seed for the split, shuffling and initial weights", min=0, max=2**31 - 1)
    mixed_precision: bool = _opt(
        True, "Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX (others stay float32)")
    backend: str = _opt(
        "auto", "Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA or CPU) or auto "
                "(PyTorch where it sees a GPU that TensorFlow does not)", choices=BACKENDS)
    open_set: bool = _opt(
        True, "Also learn a 'Not one of my classes' answer (from fruit-free photos shipped with the app and "
              "recoloured copies of yours), calibrated so its known-probability can be trusted")
    name: str = _opt("", "Name for the saved model (empty: generated)")
    augment: AugmentConfig = field(default_factory=AugmentConfig, metadata={"help": "Augmentation"})

    def resolved_image_size(self) -> int:
        """The input size actually used: the explicit one, or the architecture's default."""
        return self.image_size or DEFAULT_IMAGE_SIZE[self.arch]

    def validate(self) -> list[str]:
        """Every problem with this config as a human sentence (empty when valid)."""
        problems = _check_limits(self) + _check_limits(self.augment, prefix="augment.")
        special = ("imagenet", "none", PREVIOUS_RUN_WEIGHTS)
        if self.weights not in special and self.weights and not Path(self.weights).is_file():
            problems.append(Text(QT_TRANSLATE_NOOP("core", "weights: file not found: {path}"), path=self.weights))
        if self.image_size and self.image_size < 16:
            problems.append(QT_TRANSLATE_NOOP("core", "image_size: must be at least 16 pixels"))
        minimum = _min_image_size(self.arch)
        if self.image_size and 16 <= self.image_size < minimum:
            problems.append(Text(QT_TRANSLATE_NOOP("core", "image_size: {arch} needs at least {minimum} pixels"),
                                 arch=self.arch, minimum=minimum))
        return problems

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a dict (saved JSON or TOML); unknown keys are refused by name."""
        data = dict(data)
        augment = AugmentConfig(**_known(AugmentConfig, data.pop("augment", {}) or {}))
        return cls(**_known(cls, data), augment=augment)

    def replace(self, **changes: Any) -> TrainConfig:
        return dataclasses.replace(self, **changes)

    @classmethod
    def for_arch(cls, arch: str, weights: str | None = None) -> TrainConfig:
        """Settings that work for ``arch`` (the CLI's and the GUI's defaults, from the architecture
        table): its input size, ImageNet weights with a frozen backbone for the pretrained networks,
        and a learning rate that suits the weights."""
        spec = architectures.BY_NAME.get(arch)
        if spec is None:
            return cls(arch=arch)  # validate() names the unknown architecture
        weights = spec.default_weights() if weights is None else weights
        pretrained = architectures.starts_pretrained(weights)
        return cls(arch=arch, image_size=spec.default_image_size, weights=weights,
                   freeze_backbone=pretrained and spec.freeze_when_pretrained,
                   learning_rate=spec.learning_rate(weights))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"unknown setting(s) for {cls.__name__}: {', '.join(unknown)}")
    return {k: _coerce(cls, k, v) for k, v in data.items()}


def _coerce(cls: type, name: str, value: Any) -> Any:
    """Convert JSON/TOML scalars to the field's type (ints given for floats, etc.)."""
    ftype = {f.name: f.type for f in fields(cls)}[name]
    try:
        if ftype in ("float", float):
            return float(value)
        if ftype in ("int", int) and not isinstance(value, bool):
            if float(value) != int(float(value)):
                raise ValueError
            return int(float(value))
        if ftype in ("bool", bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if ftype in ("str", str):
            return "" if value is None else str(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(inf)
        raise ConfigError(f"{name}: expected {ftype}, got {value!r}"[:200]) from None
    return value


def _check_limits(obj: Any, prefix: str = "") -> list[str]:
    problems = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        meta = f.metadata
        if "choices" in meta and value not in meta["choices"]:
            problems.append(Text(QT_TRANSLATE_NOOP("core", "{field}: must be one of {choices}, not {value!r}"),
                                 field=prefix + f.name, choices=", ".join(meta["choices"]), value=value))
        if "min" in meta and value < meta["min"]:
            problems.append(Text(QT_TRANSLATE_NOOP("core", "{field}: must be at least {min}, not {value}"),
                                 field=prefix + f.name, min=meta["min"], value=value))
        if "max" in meta and value > meta["max"]:
            problems.append(Text(QT_TRANSLATE_NOOP("core", "{field}: must be at most {max}, not {value}"),
                                 field=prefix + f.name, max=meta["max"], value=value))
    return problems


@dataclass(frozen=True)
class ExperimentConfig:
    """Several training runs on one data set, evaluated on one test folder (training/configs/*.toml)."""

    name: str
    test_dir: str
    runs: tuple[TrainConfig, ...]
    notes: str = ""
    #: Optional second test folder of realistic (not Fruits-360-style) images.
    realistic_dir: str = ""

    @classmethod
    def load(cls, path: str | Path) -> ExperimentConfig:
        """Read a TOML file: top-level name/test_dir/notes, a [defaults] table and [[run]] tables.

        Relative paths in the file are taken relative to the file's own folder.
        """
        path = Path(path)
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read experiment config {path}: {exc}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"cannot read experiment config {path}: it is not UTF-8 text") from None
        base = path.parent
        defaults = _table(raw.get("defaults", {}), "[defaults]")
        run_list = raw.get("run", [])
        if not isinstance(run_list, list):
            raise ConfigError(f"{path}: run must be [[run]] tables")
        runs = [_run_config(base, defaults, _table(run, "[[run]]")) for run in run_list]
        if not runs:
            raise ConfigError(f"{path}: no [[run]] tables")
        return cls(
            name=str(raw.get("name", path.stem)),
            test_dir=_relative_to(base, raw.get("test_dir", ""), "test_dir"),
            runs=tuple(runs),
            notes=str(raw.get("notes", "")),
            realistic_dir=_relative_to(base, raw.get("realistic_dir", ""), "realistic_dir"),
        )


def _table(value: Any, what: str) -> dict:
    """A TOML table the file must hold where ``what`` is; a ConfigError naming it otherwise."""
    if not isinstance(value, dict):
        raise ConfigError(f"{what} must be a table of settings, not {type(value).__name__}")
    return value


def _run_config(base: Path, defaults: dict, run: dict) -> TrainConfig:
    """One [[run]] over the [defaults], its folders taken relative to the file's folder."""
    merged = {**defaults, **run}
    merged["augment"] = {**_table(defaults.get("augment", {}), "augment"), **_table(run.get("augment", {}), "augment")}
    for key in ("data_dir", "test_dir", "weights"):
        merged[key] = _relative_to(base, merged.get(key, ""), key)
    merged["augment"]["backgrounds_dir"] = _relative_to(base, merged["augment"].get("backgrounds_dir", ""),
                                                        "backgrounds_dir")
    return TrainConfig.from_dict(merged).checked()


def _relative_to(base: Path, value: Any, key: str = "folder") -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{key}: expected a folder or file path, got {value!r}"[:200])
    if not value or value in ("imagenet", "none", PREVIOUS_RUN_WEIGHTS) or Path(value).is_absolute():
        return value
    return str((base / value).resolve())


def dumps(config: TrainConfig) -> str:
    return json.dumps(config.to_dict(), indent=2, sort_keys=True)


def _min_image_size(arch: str) -> int:
    """The architecture's smallest input, from the architecture table; 16 for an unknown name,
    which is reported on its own."""
    spec = architectures.BY_NAME.get(arch)
    return spec.min_image_size if spec else 16


#: Tuning's search samplers: TPE (Bayesian, Optuna's default), a Gaussian process, plain random search.
SAMPLERS = ("tpe", "gp", "random")


@dataclass(frozen=True)
class TuneConfig(_Checked):
    """A hyper-parameter study (core/tuning): a base TrainConfig and the space searched around it.

    Each range is (low, high); low == high fixes that setting. Learning rate and L2 are searched on a
    log scale (their useful values span decades); augmentation strength scales every random change of
    AugmentConfig together (0: off). ``storage`` empty means a journal file in the user's data folder.
    """

    base: TrainConfig = field(default_factory=TrainConfig, metadata={"help": "Settings every trial starts from"})
    trials: int = _opt(10, "Trials the study should have in all (every worker together)", min=1, max=10000)
    epochs_per_trial: int = _opt(3, "Epochs each trial trains", min=1, max=1000)
    learning_rate: tuple[float, float] = _search((1e-4, 1e-2), "Learning rate range (log scale)", 1e-7, 1.0, log=True)
    dropout: tuple[float, float] = _search((0.0, 0.6), "Dropout range", 0.0, 0.95)
    l2: tuple[float, float] = _search((1e-6, 1e-2), "L2 penalty range (log scale)", 0.0, 1.0, log=True)
    augment_strength: tuple[float, float] = _search((0.0, 1.0), "Augmentation strength range (0: off, 1: strong)",
                                                    0.0, 1.0)
    fine_tune_layers: tuple[int, int] = _search((0, 0), "Backbone layers unfrozen from the top (0: frozen backbone); "
                                                "searched only from pretrained weights, up to the network's limit",
                                                0, 0, whole=True)
    study: str = _opt("fruitclassifier", "Study name; workers with the same name and storage share it")
    storage: str = _opt("", "Journal file path or database URL (empty: a journal file in the app's data folder)")
    sampler: str = _opt("tpe", "How the next trial's settings are chosen", choices=SAMPLERS)
    pruner: bool = _opt(True, "Stop a trial early when its validation accuracy trails the median")

    def validate(self) -> list[str]:
        """Every problem with this study's settings as a human sentence (empty when valid)."""
        problems = _check_limits(self) + [Text("base {problem}", problem=p) for p in self.base.validate()]
        for searched in search_space():
            if searched.whole:
                continue  # its highest follows the network: checked below
            low, high = getattr(self, searched.name)
            if not searched.lowest <= low <= high <= searched.highest:
                problems.append(Text(QT_TRANSLATE_NOOP("core", "{name}: range must lie in [{lowest}, {highest}] with "
                                                       "low <= high, not ({low}, {high})"), name=searched.name,
                                     lowest=searched.lowest, highest=searched.highest, low=low, high=high))
            if searched.log and low <= 0 and low != high:
                problems.append(Text(QT_TRANSLATE_NOOP("core", "{name}: a log-scale range must start above 0"),
                                     name=searched.name))
        if not self.study.strip():
            problems.append(QT_TRANSLATE_NOOP("core", "study: give the study a name"))
        low, high = self.fine_tune_layers
        if self.applies("fine_tune_layers") and not 0 <= low <= high <= self.fine_tune_limit():
            problems.append(Text(QT_TRANSLATE_NOOP("core", "fine_tune_layers: range must lie in [0, {limit}] for "
                                                           "{arch} "
                                                   "with low <= high, not ({low}, {high})"),
                                 limit=self.fine_tune_limit(), arch=self.base.arch, low=low, high=high))
        return problems

    def fine_tune_limit(self) -> int:
        """Most backbone layers a study of this network unfreezes (the architecture table's fine_tune_max)."""
        spec = architectures.BY_NAME.get(self.base.arch)
        return spec.fine_tune_max if spec else 0

    def applies(self, name: str) -> bool:
        """Whether a field means anything for this study: fine_tune_layers only for a network with a
        pretrained backbone that starts from pretrained weights (a backbone from scratch trains whole)."""
        if name != "fine_tune_layers":
            return True
        return self.fine_tune_limit() > 0 and architectures.starts_pretrained(self.base.weights)

    def replace(self, **changes: Any) -> TuneConfig:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TuneConfig:
        """Back from to_dict's JSON (a study keeps its config so another machine's worker can join it)."""
        data = dict(data)
        base = TrainConfig.from_dict(data.pop("base", {}) or {})
        space = {searched.name: searched for searched in search_space()}
        known = _known(cls, {k: v for k, v in data.items() if k not in space})
        try:
            ranges = {k: space[k].cast(data[k]) for k in space if k in data}
        except (TypeError, ValueError, IndexError, KeyError):
            raise ConfigError("a search range must be two numbers (low, high)") from None
        return cls(base=base, **known, **ranges)


@dataclass(frozen=True)
class SearchRange:
    """One searched setting of TuneConfig, read from its field: the one place the search space is described
    (the Tune form, the CLI's --search-* flags, validation and Optuna's sampling all read it)."""

    name: str
    help: str
    lowest: float  # the smallest value a range may start at
    highest: float  # the largest it may reach (for ``whole`` counts the network's own limit decides)
    log: bool  # searched on a log scale (learning rate, L2: useful values span decades)
    whole: bool  # a count of layers: whole numbers

    def cast(self, value: Any) -> tuple[Any, Any]:
        """A (low, high) range from JSON or a form: whole numbers for counts, floats otherwise."""
        kind = int if self.whole else float
        return (kind(value[0]), kind(value[1]))


def search_space() -> tuple[SearchRange, ...]:
    """TuneConfig's searched settings, in the order the form and the CLI list them."""
    return tuple(SearchRange(f.name, f.metadata["help"], f.metadata["lowest"], f.metadata["highest"],
                             f.metadata["log"], f.metadata["whole"])
                 for f in fields(TuneConfig) if "lowest" in f.metadata)
