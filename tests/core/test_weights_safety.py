"""A ``.pth`` given as ``--weights`` is pickle from a stranger: nothing in it may run, a real one still loads.

The files are written here in PyTorch's two ``torch.save`` layouts without torch: a stand-in ``torch``
module is put in sys.modules only while pickling, so the pickles name ``torch._utils._rebuild_tensor_v2``
and ``torch.FloatStorage`` exactly as PyTorch's own files do.
"""

from __future__ import annotations

import collections
import io
import os
from pathlib import Path
import pickle
import random
import struct
import subprocess
import sys
import types
import zipfile

import numpy as np
import pytest

from fruitclassifier.core.models import efficientnet_lite0 as effnet
from fruitclassifier.core.models.pytorch_legacy import WeightsFileError, load_state_dict
from fruitclassifier.errors import UserError

_MAGIC = 0x1950A86A20F9469CFC6C


class _Storage:
    """One tensor's data; pickled as a persistent id, as torch does."""

    def __init__(self, key: str, array: np.ndarray) -> None:
        self.key, self.array = key, np.ascontiguousarray(array).ravel()


class _Tensor:
    def __init__(self, storage: _Storage, shape: tuple[int, ...]) -> None:
        self.storage, self.shape = storage, shape

    def __reduce__(self):
        stride = tuple(int(np.prod(self.shape[i + 1:])) for i in range(len(self.shape)))
        rebuild = sys.modules["torch._utils"]._rebuild_tensor_v2
        return rebuild, (self.storage, 0, self.shape, stride, False, collections.OrderedDict())


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, _Storage):
            kind = {np.dtype(np.float32): "FloatStorage", np.dtype(np.int64): "LongStorage"}[obj.array.dtype]
            return ("storage", getattr(sys.modules["torch"], kind), obj.key, "cpu", obj.array.size)
        return None


def _fake_torch(monkeypatch) -> None:
    """A module named torch (and torch._utils) with the names torch.save's pickles refer to."""
    torch, utils = types.ModuleType("torch"), types.ModuleType("torch._utils")
    for kind in ("FloatStorage", "LongStorage"):
        setattr(torch, kind, type(kind, (), {"__module__": "torch"}))

    def _rebuild_tensor_v2(*args):  # pragma: no cover - never called: only its name is pickled
        raise AssertionError

    _rebuild_tensor_v2.__module__, _rebuild_tensor_v2.__qualname__ = "torch._utils", "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    torch._utils = utils
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "torch._utils", utils)


def _dump(obj, pickler=pickle.Pickler) -> bytes:
    out = io.BytesIO()
    pickler(out, protocol=2).dump(obj)
    return out.getvalue()


def _described(state: dict[str, np.ndarray]) -> tuple[collections.OrderedDict, list[_Storage]]:
    storages = [_Storage(str(i), a) for i, a in enumerate(state.values())]
    tensors = collections.OrderedDict((n, _Tensor(s, tuple(a.shape))) for (n, a), s in zip(state.items(), storages))
    return tensors, storages


def write_zip_pth(path: Path, state: dict[str, np.ndarray], monkeypatch) -> Path:
    """torch.save's zip layout (PyTorch >= 1.6): archive/data.pkl + archive/data/<key>, stored."""
    _fake_torch(monkeypatch)
    tensors, storages = _described(state)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", _dump(tensors, _Pickler))
        archive.writestr("archive/byteorder", "little")
        for s in storages:
            archive.writestr(f"archive/data/{s.key}", s.array.astype(s.array.dtype.newbyteorder("<")).tobytes())
    return path


def write_legacy_pth(path: Path, state: dict[str, np.ndarray], monkeypatch, first: object = _MAGIC) -> Path:
    """torch.save's legacy layout (before 1.6): five pickles, then each storage's count and bytes."""
    _fake_torch(monkeypatch)
    tensors, storages = _described(state)
    with open(path, "wb") as fh:
        fh.writelines(_dump(part) for part in (first, 1001, {"protocol_version": 1001, "little_endian": True}))
        fh.write(_dump(tensors, _Pickler))
        fh.write(_dump([s.key for s in storages]))
        fh.writelines(struct.pack("<q", s.array.size) + s.array.tobytes() for s in storages)
    return path


def _replace_member(path: Path, name: str, change) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


class _RunsCode:
    """What a doctored file carries: unpickling it calls os.system (touches the marker file)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch '{self.marker}'",)


SMALL = {"a.weight": np.arange(12, dtype=np.float32).reshape(3, 4), "a.bias": np.array([1.5, -2.0], np.float32),
         "a.num_batches_tracked": np.array(7, np.int64)}


@pytest.mark.parametrize("writer", [write_zip_pth, write_legacy_pth])
def test_a_state_dict_in_either_torch_layout_reads_back_exactly(tmp_path, monkeypatch, writer):
    path = writer(tmp_path / "w.pth", SMALL, monkeypatch)
    state = load_state_dict(path)
    assert list(state) == list(SMALL)
    for name, array in SMALL.items():
        assert state[name].dtype == array.dtype and np.array_equal(state[name], array)


@pytest.mark.parametrize("where", ["header", "state", "nested"])
def test_a_pickle_that_runs_code_is_refused_and_never_runs(tmp_path, monkeypatch, where):
    marker = tmp_path / "ran"
    evil = _RunsCode(marker)
    path = tmp_path / "evil.pth"
    if where == "header":  # the first record: read with plain pickle.load before the fix
        write_legacy_pth(path, SMALL, monkeypatch, first=evil)
    elif where == "state":
        path.write_bytes(b"".join(_dump(p) for p in (_MAGIC, 1001, {})) + _dump(evil))
    else:  # inside a zip file's data.pkl, next to real tensors
        _replace_member(write_zip_pth(path, SMALL, monkeypatch), "archive/data.pkl",
                        lambda _: _dump(collections.OrderedDict(x=evil)))
    with pytest.raises(WeightsFileError) as info:
        load_state_dict(path)
    assert not marker.exists()
    assert "system" in str(info.value) and "refused" in str(info.value) and isinstance(info.value, UserError)


def test_a_tensor_reaching_past_its_storage_is_refused(tmp_path, monkeypatch):
    """as_strided would read memory outside the file's data; the geometry is checked first."""
    path = write_zip_pth(tmp_path / "w.pth", {"a": np.zeros(4, np.float32)}, monkeypatch)
    _replace_member(path, "archive/data/0", lambda data: data[:4])  # one element left, the pickle still says 4
    with pytest.raises(WeightsFileError, match="wrong size"):
        load_state_dict(path)


def test_a_stride_0_tensor_declaring_gigabytes_is_refused_before_it_is_allocated(tmp_path, monkeypatch):
    """One float in the file, a 2**16 x 2**16 view of it (16 GB once copied) in the pickle."""
    path = write_zip_pth(tmp_path / "w.pth", {"a": np.zeros(1, np.float32)}, monkeypatch)
    monkeypatch.setattr(_Tensor, "__reduce__", lambda self: (sys.modules["torch._utils"]._rebuild_tensor_v2, (
        self.storage, 0, (1 << 16, 1 << 16), (0, 0), False, collections.OrderedDict())))
    _replace_member(path, "archive/data.pkl", lambda _: _dump(collections.OrderedDict(
        a=_Tensor(_Storage("0", np.zeros(1, np.float32)), (1,))), _Pickler))
    with pytest.raises(WeightsFileError, match="declare more data"):
        load_state_dict(path)


def test_any_damaged_weights_file_loads_or_says_one_user_error_line(tmp_path, monkeypatch):
    """Random byte changes to a real legacy file: a clean load or one WeightsFileError line, nothing else."""
    good = write_legacy_pth(tmp_path / "w.pth", SMALL, monkeypatch).read_bytes()
    rng = random.Random(27)
    for trial in range(150):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"m{trial}.pth"
        path.write_bytes(bytes(data[: rng.randint(len(data) // 2, len(data))] if trial % 5 == 0 else data))
        try:
            load_state_dict(path)
        except WeightsFileError as exc:
            assert "\n" not in str(exc)


def test_a_users_full_pth_builds_the_same_network_as_the_bundled_weights(tmp_path, monkeypatch):
    """A real torch-format EfficientNet-Lite0 state dict (the bundled arrays, written as torch.save would)
    loads through --weights FILE to the same backbone as weights='imagenet'."""
    from fruitclassifier.core.models.registry import build_model

    path = write_zip_pth(tmp_path / "lite0.pth", effnet.imagenet_state(), monkeypatch)
    mine = build_model("efficientnet_lite0", 3, 32, weights=str(path), seed=1)
    bundled = build_model("efficientnet_lite0", 3, 32, weights="imagenet", seed=1)
    for name in ("stem_conv", "block5_dw_conv", "top_bn"):
        for a, b in zip(mine.get_layer(name).get_weights(), bundled.get_layer(name).get_weights()):
            assert np.array_equal(a, b)


def test_a_state_dict_of_another_network_is_one_user_error_line(tmp_path, monkeypatch):
    from fruitclassifier.core.models.registry import build_model

    path = write_legacy_pth(tmp_path / "other.pth", SMALL, monkeypatch)
    with pytest.raises(WeightsFileError, match="does not hold EfficientNet-Lite0 weights"):
        build_model("efficientnet_lite0", 3, 32, weights=str(path))


def test_the_bundled_weights_are_a_plain_array_file(tmp_path):
    """No pickle anywhere in the shipped file: every member is a plain numeric .npy."""
    path = effnet.imagenet_weights_path()
    assert path.suffix == ".npz" and path.stat().st_size < 20e6
    with np.load(path, allow_pickle=False) as archive:
        assert all(archive[name].dtype.kind in "fi" for name in archive.files)


def test_train_with_a_doctored_pth_exits_2_with_one_line_and_runs_nothing(tmp_path, tiny_folder, monkeypatch,
                                                                          fc_home):
    """The issue's command, as a user runs it: the file's os.system never runs."""
    marker = tmp_path / "ran"
    path = write_legacy_pth(tmp_path / "evil.pth", SMALL, monkeypatch, first=_RunsCode(marker))
    env = {**os.environ, "FRUITCLASSIFIER_HOME": str(fc_home)}
    env.pop("FRUITCLASSIFIER_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "fruitclassifier", "train", str(tiny_folder), "--arch",
                           "efficientnet_lite0", "--weights", str(path), "--image-size", "32", "--epochs", "1"],
                          check=False, capture_output=True, text=True, timeout=180, env=env)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr[-2000:]
    assert len(lines) == 1 and "evil.pth" in lines[0] and "refused" in lines[0], lines
    assert not marker.exists()
