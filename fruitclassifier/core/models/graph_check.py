"""Which operations may a model from elsewhere hold? Checked from the file's bytes before any of it runs.

Why: a SavedModel is a TensorFlow graph, and loading it runs parts of that graph: resource initialisers and
the init op at load time, the serving function when the converter folds it. A graph can read and write files
(ReadFile, WriteFile, MatchingFiles, checkpoint savers), run Python (PyFunc), print to a file, map memory
(ImmutableConst), or talk to other machines (Send/Recv, collectives, RPC); a photo classifier needs none of
that. So ``saved_model.pb`` is parsed as a protobuf (nothing is loaded or run) and every operation, in the
graph and in every function of its library, is checked against a deny-list by name and by kind.

Checkpoint operations (SaveV2, RestoreV2, MergeV2Checkpoints, ...) are the one legitimate file access: the
SavedModel's own saver writes and reads its ``variables/`` folder with a file name the loader feeds in. They
are allowed only in the part of the graph that the saver reaches (``saver_def``'s save and restore
tensors) and never in anything the loader or converter runs (signatures, init op, the object graph's
functions, collections), and a restore that would also write is refused.

A ``.tflite`` runs only TensorFlow Lite's built-in kernels, none of which touch files; a *custom* operation
is refused. Flex ops are TensorFlow operations (FlexWriteFile, ...) that any interpreter with the Flex
delegate linked would run; neither LiteRT nor TensorFlow 2.21's tf.lite here links it (measured: both stop
at "Select TensorFlow op(s) ... not supported"), so today the check turns that into a clear refusal, and
it keeps holding on a build that does link it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fruitclassifier.core.models import model_check
from fruitclassifier.core.models.registry import ModelFileError
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: The saver's own operations: file access by design, allowed only where only the saver reaches.
CHECKPOINT_OPS = frozenset({"Save", "SaveV2", "SaveSlices", "MergeV2Checkpoints", "Restore", "RestoreV2",
                            "RestoreSlice"})
WRITING_OPS = frozenset({"Save", "SaveV2", "SaveSlices", "MergeV2Checkpoints"})
#: String operations whose names merely mention files (the saver builds shard names with them).
HARMLESS_OPS = frozenset({"ShardedFilename", "ShardedFilespec"})
#: Refused by name.
DENIED_OPS = frozenset({"ImmutableConst", "LoadAndRemapMatrix", "GenerateVocabRemapping", "DecodeProtoV2",
                        "EncodeProto", "PyFunc", "PyFuncStateless", "EagerPyFunc", "Print", "PrintV2"})
#: Refused when the (lower-case) name contains one of these: files, readers and writers, summaries and
#: events, Python, RPC and data service, input pipelines (they read and cache files), debugging hooks
#: (they write to URLs), and cross-device or cross-machine traffic.
DENIED_PARTS = ("file", "reader", "writer", "summary", "event", "pyfunc", "rpc", "dataset", "iterator",
                "debug", "print", "proto", "sql", "lmdb", "record", "checkpoint", "immutable", "snapshot",
                "vocab", "collective", "send", "recv", "host", "tpu", "socket", "gcs", "bigquery", "bigtable")
MAX_GRAPH_BYTES = 256 << 20
#: Other names TensorFlow reads a SavedModel's graph from (text, chunked); an export writes saved_model.pb only.
_OTHER_GRAPH_FILES = ("saved_model.pbtxt", "saved_model.cpb")
_NEXT = "a photo classifier needs none, so it was refused and nothing of it ran"


def denied(op: str) -> bool:
    """True for an operation that reaches outside the process (files, Python, network) other than the saver's."""
    if op in HARMLESS_OPS or op in CHECKPOINT_OPS:
        return False
    low = op.lower()
    return op in DENIED_OPS or any(part in low for part in DENIED_PARTS)


def check_savedmodel(folder: Path) -> None:
    """Refuse a SavedModel folder whose graph could touch files, run Python or the network (ModelFileError)."""
    from tensorflow.core.protobuf import saved_model_pb2

    pb = Path(folder) / "saved_model.pb"
    other = next((Path(folder) / n for n in _OTHER_GRAPH_FILES if (Path(folder) / n).exists()), None)
    if other is not None:  # which graph file a reader picks first differs between TensorFlow's readers
        raise ModelFileError(folder, f"holds {other.name} beside saved_model.pb, a second graph that a loader could "
                                     "pick instead of the one checked, so it was refused; keep saved_model.pb only")
    size = model_check.check_model_size(pb, Path(folder).name)
    if size > MAX_GRAPH_BYTES:
        raise ModelFileError(folder, f"saved_model.pb is {size / 1e6:.0f} MB, more than a classifier's graph needs")
    saved = saved_model_pb2.SavedModel()
    try:
        saved.ParseFromString(pb.read_bytes())
    except Exception:  # noqa: BLE001 - protobuf's DecodeError and friends: a damaged file
        damaged = QT_TRANSLATE_NOOP("core", "saved_model.pb is damaged (not a SavedModel graph)")
        raise ModelFileError(folder, damaged) from None
    for meta_graph in saved.meta_graphs:
        _check_meta_graph(meta_graph, folder)


def _check_meta_graph(meta_graph: Any, folder: Path) -> None:
    graph = {node.name: node for node in meta_graph.graph_def.node}
    library = {fn.signature.name: fn for fn in meta_graph.graph_def.library.function}
    for where, ops in _all_ops(graph, library):
        bad = next((op for op in ops if denied(op)), None)
        if bad:
            raise ModelFileError(folder, f"its graph holds {bad} ({where}), an operation that reads or writes "
                                         f"files, runs Python or talks to the network; {_NEXT}")
    run_roots = [t.name for sig in meta_graph.signature_def.values() for t in sig.outputs.values()]
    run_roots += [n for c in meta_graph.collection_def.values() for n in c.node_list.value]
    run_nodes, run_fns = _reach(run_roots, graph, library, set(meta_graph.object_graph_def.concrete_functions))
    saver = meta_graph.saver_def
    save_nodes, save_fns = _reach([saver.save_tensor_name], graph, library, set())
    restore_nodes, restore_fns = _reach([saver.restore_op_name], graph, library, set())
    saver_nodes, saver_fns = save_nodes | restore_nodes, save_fns | restore_fns
    for name, node in graph.items():
        if node.op in CHECKPOINT_OPS:
            _check_checkpoint_op(node.op, f"node {name}", name in run_nodes, name not in saver_nodes,
                                 node.op in WRITING_OPS and name in restore_nodes, folder)
    for name, fn in library.items():
        for op in {n.op for n in fn.node_def} & CHECKPOINT_OPS:
            _check_checkpoint_op(op, f"function {name}", name in run_fns, name not in saver_fns,
                                 op in WRITING_OPS and name in restore_fns, folder)


def _check_checkpoint_op(op: str, where: str, runs: bool, outside_saver: bool, writes_on_restore: bool,
                         folder: Path) -> None:
    if runs or outside_saver or writes_on_restore:
        why = ("in what loading or answering runs" if runs else "outside the model's own saver" if outside_saver
               else "in the restore step, which only reads")
        raise ModelFileError(folder, f"its graph holds the checkpoint operation {op} {why} ({where}): it could "
                                     f"read or write any file; {_NEXT}")


def _all_ops(graph: dict, library: dict) -> Iterable[tuple[str, set[str]]]:
    yield "in the main graph", {node.op for node in graph.values()}
    for name, fn in library.items():
        yield f"in the function {name}", {node.op for node in fn.node_def}


def _called(node: Any) -> set[str]:
    """Functions a node calls through its attributes (PartitionedCall's f, While's body, If's branches, ...)."""
    names = set()
    for attr in node.attr.values():
        if attr.HasField("func"):
            names.add(attr.func.name)
        if attr.HasField("list"):
            names.update(f.name for f in attr.list.func)
    return names


def _reach(tensors: Iterable[str], graph: dict, library: dict, functions: set[str]) -> tuple[set[str], set[str]]:
    """(graph nodes, library functions) that computing ``tensors`` (and calling ``functions``) may run."""
    nodes: set[str] = set()
    stack = [t.lstrip("^").split(":")[0] for t in tensors if t]
    fns: set[str] = set()
    pending = [f for f in functions if f in library]
    while stack:
        name = stack.pop()
        if name in nodes or name not in graph:
            continue
        nodes.add(name)
        stack.extend(i.lstrip("^").split(":")[0] for i in graph[name].input)
        pending.extend(_called(graph[name]))
    while pending:
        name = pending.pop()
        if name in fns or name not in library:
            continue
        fns.add(name)
        for node in library[name].node_def:
            pending.extend(_called(node))
    return nodes, fns


def check_tflite(flatbuffer: bytes, path: Path | str) -> None:
    """Refuse a ``.tflite`` that asks for custom operations (Flex ops are TensorFlow operations, file access
    included); built-in kernels only, read from the flatbuffer's operator codes without building anything."""
    schema = _tflite_schema()
    if schema is None:
        return  # no schema reader means no interpreter either: nothing will run the file
    try:
        model = schema.Model.GetRootAs(flatbuffer, 0)
        codes = [model.OperatorCodes(i) for i in range(model.OperatorCodesLength())]
        custom = [(c.CustomCode() or b"?").decode("utf-8", "replace") for c in codes
                  if max(c.BuiltinCode(), c.DeprecatedBuiltinCode()) == schema.BuiltinOperator.CUSTOM]
    except Exception:  # noqa: BLE001 - a damaged table: the interpreter names that better
        return
    if custom:
        raise ModelFileError(path, f"it asks for the custom operation {custom[0][:60]}, which is not one of "
                                   "TensorFlow Lite's own (TensorFlow operations inside a .tflite can read and write "
                                   f"files); {_NEXT}")


def _tflite_schema() -> Any:
    try:
        from ai_edge_litert import schema_py_generated as schema
    except ImportError:
        try:
            from tensorflow.lite.python import schema_py_generated as schema
        except ImportError:
            return None
    return schema
