"""Read a PyTorch state dict (``torch.save`` of ``model.state_dict()``) into numpy, without torch, safely.

Why: a user may hand ``train --weights`` an EfficientNet-Lite0 ``.pth``. A ``.pth`` is pickle, and
pickle runs whatever callable a record names, so ``pickle.load`` on a stranger's file runs the
stranger's code. Here *every* pickle record is read by one restricted unpickler whose ``find_class``
hands out only what a state dict needs (an OrderedDict, the tensor rebuild functions, the storage
types), each replaced by a harmless stand-in that builds a description, never a torch object; any
other name is refused with a ``WeightsFileError`` (a UserError: one line, exit 2) before it is called.
Tensor geometry (offset, sizes, strides) is checked against its storage before numpy reads it.

Both layouts of ``torch.save`` are read:
- the zip layout (PyTorch >= 1.6): ``<root>/data.pkl`` (the object; storages as persistent ids) and
  ``<root>/data/<key>`` (each storage's raw little-endian bytes);
- the legacy layout (before 1.6): pickle(magic), pickle(protocol), pickle(sys_info), pickle(object),
  pickle(storage keys), then per key an int64 element count and the raw bytes.
"""

from __future__ import annotations

import collections
import io
from pathlib import Path
import pickle
import pickletools
import struct
from typing import Any, BinaryIO
import zipfile

import numpy as np

from fruitclassifier.errors import UserError

_MAGIC = 0x1950A86A20F9469CFC6C
_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "HalfStorage": np.float16,
           "LongStorage": np.int64, "IntStorage": np.int32, "ShortStorage": np.int16,
           "CharStorage": np.int8, "ByteStorage": np.uint8, "BoolStorage": np.bool_}
#: Bounds far above any state dict this app reads (EfficientNet-Lite0: 19 MB, 296 tensors).
MAX_BYTES = 1 << 30
MAX_RECORD_BYTES = 64 << 20
_NEXT_STEP = "Use a state dict saved with torch.save(model.state_dict(), path), or weights 'imagenet'"


class WeightsFileError(UserError, ValueError):
    """A weights file that is not a plain PyTorch state dict, or asks to run something: one line."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{Path(path).name}: {reason}", _NEXT_STEP)
        self.path = str(path)
        self.reason = reason


class _StorageType(str):
    """Stand-in for ``torch.FloatStorage`` and friends: its name picks the numpy dtype. A str with no
    ``__dict__``, so a pickle's BUILD cannot change it."""

    __slots__ = ()


class _RebuildTensor:
    """Stand-in for torch._utils._rebuild_tensor(_v2): a description, checked when the data is read."""

    __slots__ = ()

    def __call__(self, storage: Any, offset: Any, size: Any, stride: Any, *_: Any) -> tuple:
        return ("tensor", storage, offset, size, stride)


class _RebuildParameter:
    """Stand-in for torch._utils._rebuild_parameter: a Parameter is its tensor."""

    __slots__ = ()

    def __call__(self, data: Any, *_: Any) -> Any:
        return data


#: (module, name) -> a maker of the fresh stand-in a pickle gets for it (fresh and slotted, so nothing a
#: file does outlives its load); every other name is refused.
_ALLOWED: dict[tuple[str, str], Any] = {
    ("collections", "OrderedDict"): lambda: collections.OrderedDict,  # a built-in type: immutable
    ("torch._utils", "_rebuild_tensor"): _RebuildTensor,
    ("torch._utils", "_rebuild_tensor_v2"): _RebuildTensor,
    ("torch._utils", "_rebuild_parameter"): _RebuildParameter,
    **{("torch", name): (lambda name=name: _StorageType(name)) for name in _DTYPES},
}


class _Refused(Exception):
    """Raised inside the unpickler; becomes a WeightsFileError naming the file."""


class _Unpickler(pickle.Unpickler):
    """Hands out only the stand-ins of _ALLOWED; storages come back as ("storage", dtype, key, count)."""

    def find_class(self, module: str, name: str) -> Any:
        make = _ALLOWED.get((module, name))
        if make is None:
            raise _Refused(f"it asks to run {module}.{name}, which a weights file never needs, so it was refused "
                           "and nothing of it ran")
        return make()

    def persistent_load(self, pid: Any) -> tuple:
        if not (isinstance(pid, tuple) and len(pid) >= 5 and pid[0] == "storage" and isinstance(pid[1], _StorageType)
                and str(pid[1]) in _DTYPES and isinstance(pid[2], str) and _is_count(pid[4])):
            raise _Refused("a tensor's storage is described in a way PyTorch never writes")
        return ("storage", np.dtype(_DTYPES[str(pid[1])]), pid[2], pid[4])


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_BYTES


#: Opcodes a torch.save pickle never holds: out-of-band buffers (a crafted one upsets CPython on
#: deallocation), the copyreg extension registry, and class calls other than through find_class's stand-ins.
_REFUSED_OPCODES = frozenset({"BYTEARRAY8", "NEXT_BUFFER", "READONLY_BUFFER", "EXT1", "EXT2", "EXT4",
                              "INST", "OBJ", "NEWOBJ", "NEWOBJ_EX"})


def _unpickle(data: BinaryIO) -> Any:
    """One pickle record, read only through the restricted unpickler (header records too), after its
    opcodes are listed without running any of them."""
    start = data.tell()
    for opcode, _arg, _pos in pickletools.genops(data):
        if opcode.name in _REFUSED_OPCODES:
            raise _Refused(f"its pickle uses {opcode.name}, which PyTorch never writes, so it was refused")
    data.seek(start)
    return _Unpickler(data).load()


def load_state_dict(path: str | Path) -> dict[str, np.ndarray]:
    """Name → numpy array for every tensor of the state dict in ``path``; WeightsFileError for anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _Refused(f"is {size / 1e9:.1f} GB, more than any weights file here needs")
        if zipfile.is_zipfile(path):
            return _load_zip(path)
        with open(path, "rb") as fh:
            return _load_legacy(fh)
    except _Refused as exc:
        raise WeightsFileError(path, str(exc)) from None
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError, struct.error,
            pickle.UnpicklingError, zipfile.BadZipFile, RecursionError, MemoryError) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise
        raise WeightsFileError(path, f"not a PyTorch weights file ({type(exc).__name__})") from None


def check_weights_file(weights: str | Path | None) -> None:
    """A ``.pth``/``.pt`` weights choice read once through the restricted reader, so a doctored or damaged
    file is one line before the data and TensorFlow load (about 30 ms for 19 MB); other choices pass."""
    if weights and Path(str(weights)).suffix.lower() in (".pth", ".pt"):
        path = Path(str(weights)).expanduser()
        if path.is_file():  # a missing file is the settings check's to name
            load_state_dict(path)


def _load_legacy(fh: BinaryIO) -> dict[str, np.ndarray]:
    if _unpickle(fh) != _MAGIC:
        raise _Refused("not a PyTorch weights file")
    _unpickle(fh)  # protocol version
    _unpickle(fh)  # sys info
    obj = _unpickle(fh)
    keys = _unpickle(fh)
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise _Refused("its list of tensor storages is damaged")
    dtypes = {s[2]: s[1] for s in _storages(obj)}
    storages: dict[str, np.ndarray] = {}
    for key in keys:
        (count,) = struct.unpack("<q", fh.read(8))
        dtype = dtypes.get(key)
        if dtype is None or not _is_count(count) or count * dtype.itemsize > MAX_BYTES:
            raise _Refused("a tensor storage is damaged")
        raw = fh.read(count * dtype.itemsize)
        if len(raw) != count * dtype.itemsize:
            raise _Refused("the file ends inside a tensor (truncated?)")
        storages[key] = np.frombuffer(raw, dtype=dtype)
    return _tensors(obj, storages)


def _load_zip(path: Path) -> dict[str, np.ndarray]:
    with zipfile.ZipFile(path) as archive:
        members = {m.filename: m for m in archive.infolist()}
        if len(members) > 100_000 or sum(m.file_size for m in members.values()) > MAX_BYTES:
            raise _Refused("the archive is far larger than a weights file")
        pickles = [name for name in members if name.endswith("/data.pkl") and name.count("/") == 1]
        if len(pickles) != 1 or members[pickles[0]].file_size > MAX_RECORD_BYTES:
            raise _Refused("not a PyTorch weights file (no single data.pkl in the archive)")
        root = pickles[0][: -len("data.pkl")]
        order = root + "byteorder"
        if order in members and archive.read(order).strip() != b"little":
            raise _Refused("it was written on a big-endian machine, which this reader does not support")
        obj = _unpickle(io.BytesIO(archive.read(pickles[0])))
        storages: dict[str, np.ndarray] = {}
        for _, dtype, key, count in _storages(obj):
            raw = archive.read(f"{root}data/{key}") if f"{root}data/{key}" in members else b""
            if len(raw) != count * dtype.itemsize:
                raise _Refused("a tensor's data is missing or the wrong size")
            storages[key] = np.frombuffer(raw, dtype=dtype)
    return _tensors(obj, storages)


def _storages(obj: Any) -> list[tuple]:
    """The storage descriptions the state dict's tensors point at."""
    if not isinstance(obj, dict):
        raise _Refused("it holds no state dict (a name → tensor mapping)")
    found = [value[1] for value in obj.values() if _is_tensor(value)]
    if not all(isinstance(s, tuple) and len(s) == 4 and s[0] == "storage" for s in found):
        raise _Refused("a tensor is not backed by a storage")
    return found


def _is_tensor(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 5 and value[0] == "tensor"


def _tensors(obj: dict, storages: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Every tensor copied out, their bytes together bounded: a stride of 0 can make a 4-byte storage
    declare a tensor of gigabytes."""
    out: dict[str, np.ndarray] = {}
    total = 0
    for name, value in obj.items():
        if _is_tensor(value):
            shape, item = _ints(value[3]), storages.get(value[1][2], np.empty(0, np.uint8)).dtype.itemsize
            total += int(np.prod(shape, dtype=object)) * item
            if total > MAX_BYTES:
                raise _Refused("its tensors declare more data than any weights file here needs")
            out[str(name)] = _tensor(value, storages)
    return out


def _tensor(value: tuple, storages: dict[str, np.ndarray]) -> np.ndarray:
    """A copy of the tensor's elements, its offset, sizes and strides checked to lie inside its storage."""
    _, storage, offset, size, stride = value
    data = storages.get(storage[2])
    if data is None:
        raise _Refused("a tensor points at a storage the file does not hold")
    shape, steps = _ints(size), _ints(stride)
    if not _is_count(offset) or len(shape) != len(steps):
        raise _Refused("a tensor's offset or shape is damaged")
    if 0 not in shape:
        last = offset + sum((n - 1) * s for n, s in zip(shape, steps))
        if last >= data.size:
            raise _Refused("a tensor reaches past the end of its storage")
    item = data.dtype.itemsize
    view = np.lib.stride_tricks.as_strided(data[offset:], shape=shape, strides=[s * item for s in steps])
    return view.copy()


def _ints(values: Any) -> tuple[int, ...]:
    if not isinstance(values, (tuple, list)) or len(values) > 8 or not all(_is_count(v) for v in values):
        raise _Refused("a tensor's shape is damaged")
    return tuple(values)
