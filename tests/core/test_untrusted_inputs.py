"""Files from anyone end in a result or one clean UserError, never another exception (Hypothesis).

metadata.json documents (random JSON and mutations of a good one: wrong types, huge numbers, unicode,
missing and extra keys), experiment TOML files and saved run state. The store's listing never raises
and every ModelInfo it returns can be shown. Examples are bounded so the suite stays fast; mutated
.keras archives, which need Keras, are in test_untrusted_archives.py.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

from fruitclassifier import paths
from fruitclassifier.config import ExperimentConfig
from fruitclassifier.core import store
from fruitclassifier.core.models import model_check
from fruitclassifier.core.training import runs
from fruitclassifier.errors import UserError

#: CI replays the same examples every run (a red build is then reproducible); local runs explore new ones.
IN_CI = bool(os.environ.get("CI"))
#: Bounded and repeatable: no example database in the repository, no per-example deadline on a busy CPU.
FAST = settings(max_examples=60, deadline=None, database=None, derandomize=IN_CI,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

GOOD = {"name": "fruits", "arch": "custom_cnn", "class_names": ["apple", "banana", "kiwi"], "image_size": 24,
        "preprocessing": "rescale", "created": "2024-01-01T00:00:00+00:00",
        "metrics": {"val_accuracy": 0.9}, "history": {"loss": [1.0, 0.5]}}

scalars = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=30)
           | st.sampled_from(["", "big", "_other", "rescale", "ünïcødé 🍎", "\x00", "1e400"]))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=5), max_leaves=12)
interesting = st.sampled_from([10**30, 100000, 64, -1, 0, 1.5, 24.0, 1e308, float("inf"), "24", [24], True,
                               "apple", ["apple"], ["a"] * 3, [f"c{i}" for i in range(6000)], ["x" * 500] * 3,
                               {"other_class": "_other", "threshold": 2}, {"threshold": "high"}, "two\nlines",
                               ["apple\nkiwi", "banana"]])
keys = st.sampled_from(["class_names", "image_size", "arch", "preprocessing", "open_set", "name", "metrics",
                        "history", "created", "params", "config", "notes", "size", "extra"])


@st.composite
def mutated_metadata(draw) -> object:
    """A good metadata dict with a few keys deleted, retyped or added; sometimes not a dict at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    meta = dict(GOOD)
    for _ in range(draw(st.integers(1, 4))):
        key = draw(keys)
        action = draw(st.sampled_from(["delete", "random", "interesting"]))
        if action == "delete":
            meta.pop(key, None)
        else:
            meta[key] = draw(json_values if action == "random" else interesting)
    return meta


def _dumps(doc: object) -> str:
    try:
        return json.dumps(doc, allow_nan=True)
    except (ValueError, OverflowError):  # never written by json: the file is garbage, which is fine too
        return "{not json"


def _fake_folder(root: Path, doc: object) -> Path:
    """A store folder holding ``doc`` as metadata.json and a placeholder model file (listing reads no network)."""
    folder = root / "m"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "model.keras").write_bytes(b"PK placeholder")
    (folder / "metadata.json").write_text(_dumps(doc), encoding="utf-8")
    return folder


def _show_everything(info: store.ModelInfo) -> None:
    """What the window and `models --json` read from a listed model: none of it may raise."""
    json.dumps(info.to_dict(), default=str)
    info.accuracy_text(), info.accuracy_source, info.history, info.problem  # noqa: B018


@FAST
@given(doc=mutated_metadata())
def test_any_metadata_lists_and_opens_or_says_one_clean_line(doc):
    folder = _fake_folder(paths.models_dir(), doc)
    listed = [i for i in store.list_models(include_broken=True) if i.path == folder]
    assert len(listed) == 1  # a broken folder is still listed (greyed, with its reason), never dropped silently
    _show_everything(listed[0])
    try:
        info = store.find_model(str(folder))
    except UserError as exc:
        assert str(exc).strip() and "\n" not in exc.message and listed[0].error is not None
        assert folder not in [i.path for i in store.list_models()]  # pickers never offer it
        return
    record = model_check.parse_metadata(info.metadata)  # what find_model accepted is a sane record
    assert 1 <= len(record.class_names) <= model_check.MAX_CLASSES and 8 <= record.image_size <= 1024


@FAST
@given(size=st.one_of(st.integers(-(2**64), 2**64), st.floats(allow_nan=True, allow_infinity=True)))
def test_image_size_is_refused_outside_the_architectures_limits(size):
    meta = {**GOOD, "image_size": size}
    try:
        record = model_check.parse_metadata(meta)
    except model_check.ModelMetadataError as exc:
        assert exc.field == "image_size"
        return
    assert 16 <= record.image_size <= 1024 and float(size) == record.image_size and not math.isnan(float(size))


@pytest.fixture(scope="module")
def answering_folder(tiny_model_dir, tmp_path_factory) -> Path:
    """A copy of the real tiny model whose mutations are answered by LiteRT (its .tflite stays trusted)."""
    return Path(shutil.copytree(tiny_model_dir, tmp_path_factory.mktemp("answering") / "model"))


@pytest.mark.slow
@settings(max_examples=30, deadline=None, database=None, derandomize=IN_CI,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=mutated_metadata())
def test_a_real_model_with_any_metadata_answers_or_says_one_clean_line(answering_folder, tiny_folder, doc):
    from fruitclassifier.core.inference.classifier import Classifier

    original = json.loads((answering_folder / "metadata.json").read_text())
    if isinstance(doc, dict):  # keep the record of the trusted conversion, so no example needs TensorFlow
        doc = {**doc, "sha256": original["sha256"], "tflite_for_sha256": original["tflite_for_sha256"]}
    (answering_folder / "metadata.json").write_text(_dumps(doc), encoding="utf-8")
    try:
        classifier = Classifier.load(answering_folder)
    except UserError as exc:
        assert "\n" not in exc.message
        return
    finally:
        (answering_folder / "metadata.json").write_text(json.dumps(original), encoding="utf-8")
    [answer] = classifier.classify_paths([tiny_folder / "kiwi" / "kiwi_001.jpg"])
    assert answer.ok and answer.label in classifier.class_names


# --- experiment TOML files ------------------------------------------------------------------------------


def _toml(value: object) -> str:
    """A TOML value for any JSON-like value (None has no TOML spelling: an empty string stands in)."""
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(max(-(2**63), min(2**63 - 1, value)))
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"


GOOD_RUN = {"arch": "compact_cnn", "image_size": 24, "epochs": 1, "batch_size": 8, "data_dir": "train"}
run_keys = st.sampled_from(["arch", "image_size", "epochs", "batch_size", "learning_rate", "weights", "augment",
                            "val_split", "data_dir", "name", "seed", "dropout", "bogus"])


@st.composite
def experiment_documents(draw) -> dict:
    run = dict(GOOD_RUN)
    for _ in range(draw(st.integers(0, 3))):
        run[draw(run_keys)] = draw(json_values | interesting)
    doc = {"name": "x", "test_dir": "test", "run": [run]}
    for _ in range(draw(st.integers(0, 3))):
        doc[draw(st.sampled_from(["name", "test_dir", "defaults", "run", "notes", "realistic_dir"]))] = \
            draw(json_values | st.lists(json_values, max_size=3))
    return doc


@FAST
@given(doc=experiment_documents(), garble=st.integers(-1, 400))
def test_any_experiment_file_loads_or_says_one_clean_line(tmp_path, doc, garble):
    text = "\n".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in doc.items())
    if 0 <= garble < len(text):  # sometimes a broken file: one character gone
        text = text[:garble] + text[garble + 1:]
    path = tmp_path / "exp.toml"
    path.write_text(text, encoding="utf-8")
    try:
        experiment = ExperimentConfig.load(path)
    except UserError as exc:
        assert str(exc).strip()
        return
    assert experiment.runs and all(run.arch for run in experiment.runs)


# --- saved run state ------------------------------------------------------------------------------------


state_keys = st.sampled_from(["run_id", "config", "epochs_done", "history", "best_score", "best_epoch",
                              "model_name", "status", "train_seconds", "folder", "extra"])


@st.composite
def run_states(draw) -> object:
    from fruitclassifier.config import TrainConfig

    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    state = {"run_id": "r1", "config": TrainConfig(arch="compact_cnn", image_size=24).to_dict(), "epochs_done": 1,
             "history": {"loss": [1.0]}, "best_score": 0.5, "best_epoch": 1, "model_name": "", "status": "running",
             "train_seconds": 1.0}
    for _ in range(draw(st.integers(1, 3))):
        key = draw(state_keys)
        if draw(st.booleans()):
            state.pop(key, None)
        else:
            state[key] = draw(json_values | interesting)
    return state


@FAST
@given(state=run_states())
def test_any_saved_run_state_resumes_or_says_one_clean_line(state):
    folder = paths.runs_dir() / "r1"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "state.json").write_text(_dumps(state), encoding="utf-8")
    runs.list_runs()  # the resume list never raises
    try:
        loaded = runs.RunState.load("r1")
    except UserError as exc:
        assert str(exc).strip()
        return
    assert isinstance(loaded.epochs_done, int) and loaded.epochs_done >= 0
    assert isinstance(loaded.history, dict) and all(isinstance(v, list) for v in loaded.history.values())

