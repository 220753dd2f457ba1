"""Is a ``.keras`` file an archive Keras can open in bounded time and memory?

A ``.keras`` file is a zip (config.json, metadata.json, model.weights.h5) from anyone. Keras
trusts the archive's own numbers: a 3 GB zero-filled member costs a few MB on disk, a central
directory of millions of entries costs gigabytes of ``ZipInfo`` objects before the first member
is read, and an HDF5 weights file can declare compressed datasets far larger than the model.
So before Keras sees the file, its end record, its members' declared sizes and compression
ratios, and (``check_weights``) the HDF5 datasets' sizes are read and bounded. The declared
sizes are what Python's zipfile will ever produce from a member (it stops there), so bounding
them bounds the memory. TensorFlow-free; h5py (installed with Keras) only in ``check_weights``.
"""

from __future__ import annotations

from pathlib import Path
import struct
import zipfile
import zlib

from fruitclassifier.core.models.model_check import MAX_MODEL_BYTES
from fruitclassifier.errors import UserError

#: A Keras archive holds three or four members; a few more leave room for assets.
MAX_MEMBERS = 64
#: Uncompressed bytes of all members together (weights, config, assets).
MAX_UNPACKED_BYTES = MAX_MODEL_BYTES
#: config.json describes layers, never data: a few hundred KB for the largest network here.
MAX_CONFIG_BYTES = 16 << 20
#: A member this large may expand at most MAX_RATIO times (Keras stores weights uncompressed: ratio 1).
RATIO_FLOOR_BYTES = 1 << 20
MAX_RATIO = 100
#: HDF5 objects (groups and datasets) in the weights file; ResNet50 has about 1,500.
MAX_H5_OBJECTS = 100_000
#: Units or filters of one layer (VGG16's widest Dense has 4096): Keras allocates a layer's variables while
#: building it, before any weight is read, so a config declaring a billion units is refused by its number.
MAX_LAYER_WIDTH = 1 << 15
_WIDTH_KEYS = ("units", "filters", "output_dim", "input_dim", "depth_multiplier")

#: What reading a damaged member raises (bad CRC, a header that disagrees with the directory, bad deflate data).
_DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, ValueError)
_EOCD = b"PK\x05\x06"
_EOCD_FORMAT = "<4s4H2LH"  # signature, disks, entries on this disk, entries, directory size, offset, comment


class ArchiveError(UserError, ValueError):
    """The archive is not one the app will hand to Keras; ``reason`` is one human line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_archive(path: Path) -> None:
    """Refuse ``path`` unless its zip structure is small and honest; reads at most a few KB per member."""
    size = Path(path).stat().st_size
    if size > MAX_MODEL_BYTES:
        raise ArchiveError(f"is {size / 1e9:.1f} GB, more than the {MAX_MODEL_BYTES >> 30} GB any model here needs")
    _check_end_record(path, size)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise ArchiveError(f"not a Keras model file (damaged archive: {type(exc).__name__})") from None
    _check_members(members)


def _check_end_record(path: Path, size: int) -> None:
    """The zip's end record must announce a small central directory, before zipfile reads all of it."""
    with open(path, "rb") as fh:
        fh.seek(max(0, size - (1 << 16) - 22))
        tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < struct.calcsize(_EOCD_FORMAT):
        raise ArchiveError("not a Keras model file (damaged, or another format renamed to .keras)")
    _, _, _, _, entries, directory_bytes, _, _ = struct.unpack_from(_EOCD_FORMAT, tail, at)
    if entries > MAX_MEMBERS or directory_bytes > MAX_MEMBERS * 1024:
        raise ArchiveError(f"the archive claims {entries} members; a Keras model has a handful, so it was refused")


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    names = {m.filename for m in members}
    if len(members) > MAX_MEMBERS:
        raise ArchiveError(f"the archive has {len(members)} members; a Keras model has a handful, so it was refused")
    if "config.json" not in names:
        raise ArchiveError("not a Keras model file (the archive has no model configuration)")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_UNPACKED_BYTES or total > MAX_UNPACKED_BYTES:
            raise ArchiveError(f"archive member {member.filename[:60]!r} unpacks to {member.file_size / 1e9:.2f} GB, "
                               f"more than the {MAX_UNPACKED_BYTES >> 30} GB a model here may need")
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(1, member.compress_size):
            raise ArchiveError(f"archive member {member.filename[:60]!r} expands {member.file_size / 1e6:.0f} MB "
                               f"from {member.compress_size / 1e6:.2f} MB (a decompression bomb?), so it was refused")
        if member.filename == "config.json" and member.file_size > MAX_CONFIG_BYTES:
            raise ArchiveError(f"config.json in the archive is {member.file_size / 1e6:.0f} MB; a model's "
                               "configuration is a few hundred KB, so it was refused")


def check_config(path: Path) -> None:
    """config.json may not declare layers wider than any model here: Keras would allocate them on building.

    A best-effort bound: it catches a giant ``units``/``filters``; a wide Dense after a huge Flatten is
    still only bounded by the input size limit. Call after ``check_archive`` (config.json is then small).
    """
    import json

    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("config.json")
    except _DAMAGED as exc:
        raise ArchiveError(f"not a Keras model file (damaged archive: {type(exc).__name__})") from None
    try:
        config = json.loads(raw)
    except (ValueError, RecursionError):
        return  # Keras names a broken configuration itself
    stack, seen = [config], 0
    while stack and seen < 1_000_000:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _WIDTH_KEYS and isinstance(value, int) and not 0 <= value <= MAX_LAYER_WIDTH:
                    raise ArchiveError(f"its configuration declares a layer with {key} {value}, more than the "
                                       f"{MAX_LAYER_WIDTH} any model here has, so it was refused")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def check_weights(path: Path) -> None:
    """The HDF5 weights' datasets must fit the memory bound too (HDF5 compresses inside the file).

    Reads only HDF5 headers (shapes and types), never data. Call after ``check_archive``.
    """
    import h5py

    try:
        with zipfile.ZipFile(path) as archive:
            if "model.weights.h5" not in archive.namelist():
                return  # Keras names what is missing better than we could
            with archive.open("model.weights.h5") as raw:
                total, objects = _dataset_bytes(h5py, raw)
    except _DAMAGED as exc:
        raise ArchiveError(f"not a Keras model file (damaged archive: {type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - h5py raises many types for a damaged file
        raise ArchiveError(f"the model's weights are damaged ({type(exc).__name__})") from None
    if objects > MAX_H5_OBJECTS or total > MAX_UNPACKED_BYTES:
        raise ArchiveError(f"the model's weights declare {total / 1e9:.2f} GB in {objects} objects, more than a "
                           f"model here may need ({MAX_UNPACKED_BYTES >> 30} GB), so they were refused")


def _dataset_bytes(h5py, raw) -> tuple[int, int]:
    """(declared bytes of every dataset, number of objects), stopping early once either bound is passed."""
    counts = [0, 0]

    def visit(_name: str, obj) -> bool | None:
        counts[1] += 1
        if isinstance(obj, h5py.Dataset):
            counts[0] += int(obj.size or 0) * int(obj.dtype.itemsize)
        return True if counts[0] > MAX_UNPACKED_BYTES or counts[1] > MAX_H5_OBJECTS else None

    with h5py.File(raw, "r") as h5:
        h5.visititems(visit)
    return counts[0], counts[1]
