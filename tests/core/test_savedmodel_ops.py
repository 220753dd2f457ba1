"""A SavedModel or .tflite whose graph reaches outside the process is refused before anything of it runs,
and a .keras or .h5 config cannot reach it (or Python, or a file) either.

Real SavedModels are saved here with TensorFlow (a resource initialiser that writes a file ran at import
before the check existed); hand-edited protobufs put checkpoint operations where the saver does not.
The Keras cases (a function from another module, a vocabulary file, a TFSMLayer opening the SavedModel
that writes on load) are refused by Keras 3's safe_mode as the app loads them: guards, since a Keras
older than 3.12 let some of them through (CVE-2025-1550, CVE-2025-12058).
"""

from __future__ import annotations

from pathlib import Path
import shutil

import numpy as np
import pytest

from fruitclassifier.core.importers.prepare import prepare
from fruitclassifier.core.models import graph_check
from fruitclassifier.core.models.registry import ModelFileError
from fruitclassifier.errors import UserError

tf = pytest.importorskip("tensorflow")
NAMES = ["apple", "banana", "kiwi"]
SPEC = [tf.TensorSpec([1, 8, 8, 3], tf.float32)]


def _serving(body):
    """A tf.Module whose serving signature is ``body(module, x)`` (class scores from 8x8 RGB)."""
    class Model(tf.Module):
        def __init__(self):
            super().__init__()
            self.w = tf.Variable(tf.ones((3, 3)))

        @tf.function(input_signature=SPEC)
        def serve(self, x):
            return {"scores": body(self, x)}
    return Model()


def _scores(module, x):
    return tf.nn.softmax(tf.reduce_mean(x, [1, 2]) @ module.w)


class _WritesOnLoad(tf.saved_model.experimental.TrackableResource):
    """A resource whose initialiser, run by the loader, writes the marker file."""

    def __init__(self, marker: str):
        self.marker = marker
        super().__init__()

    def _create_resource(self):
        return tf.raw_ops.VarHandleOp(dtype=tf.float32, shape=[], shared_name="")

    def _initialize(self):
        tf.io.write_file(self.marker, "ran")
        return tf.raw_ops.AssignVariableOp(resource=self.resource_handle, value=1.0)


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> dict[str, Path]:
    """Each kind of SavedModel, saved once for the module."""
    import keras

    root = tmp_path_factory.mktemp("savedmodels")
    models = {
        "reads": _serving(lambda m, x: _scores(m, x) + tf.cast(tf.strings.length(tf.io.read_file("/etc/hostname")),
                                                               tf.float32) * 0),
        "saves": _serving(lambda m, x: _scores(m, x) + 0 * tf.cast(tf.size(tf.raw_ops.SaveV2(
            prefix=str(root / "ckpt"), tensor_names=["x"], shape_and_slices=[""], tensors=[x]).type), tf.float32)),
        "python": _serving(lambda m, x: tf.py_function(lambda t: t, [_scores(m, x)], tf.float32)),
        "init": _serving(_scores),
    }
    models["init"].resource = _WritesOnLoad(str(root / "init-ran"))
    out = {}
    for name, module in models.items():
        out[name] = root / name
        tf.saved_model.save(module, str(out[name]), signatures={"serving_default": module.serve})
    keras_model = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.Conv2D(2, 3), keras.layers.Flatten(),
                                    keras.layers.Dense(3, activation="softmax")])
    out["keras"] = root / "keras"
    keras_model.export(str(out["keras"]), verbose=False)
    out["marker"] = root / "init-ran"
    return out


def _never_convert(monkeypatch):
    def fail(*_args, **_kwargs):
        raise AssertionError("the converter loaded a SavedModel that should have been refused")
    monkeypatch.setattr(tf.lite.TFLiteConverter, "from_saved_model", fail)


@pytest.mark.parametrize("kind, op", [("reads", "ReadFile"), ("python", "EagerPyFunc")])
def test_a_serving_function_with_file_or_python_ops_is_refused_before_loading(saved, monkeypatch, kind, op):
    _never_convert(monkeypatch)
    with pytest.raises(ModelFileError) as info:
        prepare(saved[kind], NAMES, "0-1")
    text = str(info.value)
    assert op in text and "refused" in text and "nothing of it ran" in text and "\n" not in text
    assert isinstance(info.value, UserError)


def test_a_checkpoint_write_in_the_serving_function_is_refused(saved, monkeypatch):
    _never_convert(monkeypatch)
    with pytest.raises(ModelFileError, match="checkpoint operation SaveV2 in what loading or answering runs"):
        prepare(saved["saves"], NAMES, "0-1")


def test_a_resource_that_writes_a_file_when_loaded_never_runs(saved):
    """Before the check, importing this folder wrote the marker (the loader runs resource initialisers)."""
    with pytest.raises(ModelFileError, match="WriteFile"):
        prepare(saved["init"], NAMES, "0-1")
    assert not saved["marker"].exists()


def test_a_keras_export_with_its_own_saver_still_imports(saved):
    """The saver's SaveV2/RestoreV2/MergeV2Checkpoints sit where only saving and restoring reach them."""
    graph_check.check_savedmodel(saved["keras"])
    ready = prepare(saved["keras"], NAMES, "0-1")
    assert ready.fmt == "savedmodel" and ready.image_size == 8
    probs = ready.classifier().predict_arrays(np.full((2, 8, 8, 3), 128, np.uint8))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)


def _edited(saved, tmp_path, change) -> Path:
    """A copy of the Keras export whose saved_model.pb went through ``change(meta_graph)``."""
    from tensorflow.core.protobuf import saved_model_pb2

    folder = Path(shutil.copytree(saved["keras"], tmp_path / "edited"))
    proto = saved_model_pb2.SavedModel()
    proto.ParseFromString((folder / "saved_model.pb").read_bytes())
    change(proto.meta_graphs[0])
    (folder / "saved_model.pb").write_bytes(proto.SerializeToString())
    return folder


def _function(meta_graph, prefix: str):
    return next(f for f in meta_graph.graph_def.library.function if f.signature.name.startswith(prefix))


def test_a_restore_step_that_also_writes_is_refused(saved, tmp_path):
    def add_save(meta_graph):
        restore = _function(meta_graph, "__inference__traced_restore")
        restore.node_def.add(name="sneaky_save", op="SaveV2")
    with pytest.raises(ModelFileError, match="SaveV2 in the restore step"):
        graph_check.check_savedmodel(_edited(saved, tmp_path, add_save))


def test_checkpoint_ops_moved_into_the_served_function_are_refused(saved, tmp_path):
    def add_restore(meta_graph):
        _function(meta_graph, "__inference___call__").node_def.add(name="sneaky_restore", op="RestoreV2")
    with pytest.raises(ModelFileError, match="RestoreV2 in what loading or answering runs"):
        graph_check.check_savedmodel(_edited(saved, tmp_path, add_restore))


def test_a_second_graph_file_beside_the_checked_one_is_refused(saved, tmp_path):
    """A clean saved_model.pb with a doctored saved_model.pbtxt: which one a reader takes is not ours to guess."""
    folder = Path(shutil.copytree(saved["keras"], tmp_path / "two"))
    (folder / "saved_model.pbtxt").write_text("meta_graphs { }")
    with pytest.raises(ModelFileError, match="saved_model.pbtxt beside saved_model.pb"):
        graph_check.check_savedmodel(folder)


def test_a_damaged_graph_file_is_one_line(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "saved_model.pb").write_bytes(b"\xff\xfe not a protobuf" * 10)
    with pytest.raises(ModelFileError, match="saved_model.pb is damaged"):
        graph_check.check_savedmodel(folder)


@pytest.mark.parametrize("op", ["ReadFile", "WriteFile", "MatchingFiles", "PyFunc", "EagerPyFunc", "PrintV2",
                                "ImmutableConst", "TFRecordDatasetV2", "WholeFileReaderV2", "DebugIdentityV2",
                                "CollectiveReduceV2", "_Send", "_HostRecv", "InitializeTableFromTextFileV2",
                                "DecodeProtoV2", "WriteScalarSummary", "SnapshotDatasetV2", "RpcCall"])
def test_operations_that_reach_outside_are_denied(op):
    assert graph_check.denied(op)


def test_the_operations_of_real_classifiers_are_not_denied(saved):
    """Every operation of a Keras export (saver included) and of common layers passes."""
    from tensorflow.core.protobuf import saved_model_pb2

    proto = saved_model_pb2.SavedModel()
    proto.ParseFromString((saved["keras"] / "saved_model.pb").read_bytes())
    graph = proto.meta_graphs[0].graph_def
    ops = {n.op for n in graph.node} | {n.op for f in graph.library.function for n in f.node_def}
    ops |= {"DepthwiseConv2dNative", "FusedBatchNormV3", "Relu6", "AvgPool", "MaxPool", "ConcatV2", "AddV2",
            "Mul", "Sub", "ResizeBilinear", "Cast", "StridedSlice", "Transpose", "Pad", "Sigmoid", "Softmax",
            "DisableCopyOnRead", "ReadVariableOp", "VarIsInitializedOp", "ShardedFilename", "StringJoin"}
    assert not [op for op in ops if graph_check.denied(op)]


def test_a_tflite_asking_for_tensorflow_file_ops_is_refused(tmp_path, monkeypatch):
    """Flex ops (TensorFlow operations inside a .tflite) run wherever the Flex delegate is linked: refused by
    name before an interpreter is built (before the check: 'not a TensorFlow Lite model LiteRT can open')."""
    @tf.function(input_signature=SPEC)
    def serve(x):
        tf.io.write_file(str(tmp_path / "flex-ran"), "ran")
        return tf.nn.softmax(tf.reduce_mean(x, [1, 2]))

    converter = tf.lite.TFLiteConverter.from_concrete_functions([serve.get_concrete_function()], serve)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
    path = tmp_path / "flex.tflite"
    path.write_bytes(converter.convert())
    with pytest.raises(ModelFileError, match="custom operation FlexWriteFile"):
        prepare(path, NAMES, "0-1")
    assert not (tmp_path / "flex-ran").exists()


def _keras_variants(tmp_path: Path, suffix: str, savedmodel: Path) -> dict[str, Path]:
    """A tiny Dense model saved as ``suffix``, then its config edited four ways a doctored file would be."""
    import json
    import zipfile

    import keras

    base = tmp_path / f"base{suffix}"
    keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="relu", name="d")]).save(base)
    edits = {
        "module": lambda layers: layers[-1]["config"].update(activation={
            "module": "os", "class_name": "function", "config": "system", "registered_name": "system"}),
        "get_file": lambda layers: layers[-1]["config"].update(activation={
            "module": "keras.utils", "class_name": "function", "config": "get_file", "registered_name": "get_file"}),
        "vocabulary": lambda layers: layers.insert(1, {"module": "keras.layers", "class_name": "StringLookup",
                                                       "config": {"name": "lk", "vocabulary": "/etc/hostname"}}),
        "tfsm": lambda layers: layers.insert(1, {"module": "keras.layers", "class_name": "TFSMLayer", "config": {
            "name": "sm", "filepath": str(savedmodel), "call_endpoint": "serving_default"}}),
    }
    out = {}
    for name, edit in edits.items():
        out[name] = tmp_path / f"{name}{suffix}"
        if suffix == ".keras":
            with zipfile.ZipFile(base) as src, zipfile.ZipFile(out[name], "w") as dst:
                config = json.loads(src.read("config.json"))
                edit(config["config"]["layers"])
                for member in src.namelist():
                    dst.writestr(member, json.dumps(config) if member == "config.json" else src.read(member))
        else:
            import h5py

            shutil.copyfile(base, out[name])
            with h5py.File(out[name], "r+") as h5:
                config = json.loads(h5.attrs["model_config"])
                edit(config["config"]["layers"])
                h5.attrs["model_config"] = json.dumps(config).encode()
    return out


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
def test_a_keras_config_cannot_import_modules_read_files_or_open_a_savedmodel(saved, tmp_path, suffix):
    """Loaded with safe_mode=False, the TFSMLayer file writes the marker and the StringLookup one reads the
    vocabulary file (checked by hand): safe_mode, as the app loads, is what stops them."""
    from fruitclassifier.core.importers import keras_import

    for name, path in _keras_variants(tmp_path, suffix, saved["init"]).items():
        with pytest.raises(ModelFileError) as info:
            keras_import.load(path)
        assert "\n" not in str(info.value) and str(info.value).startswith(path.name), name
    assert not saved["marker"].exists()

