"""Hostile .keras archives are refused before Keras unpacks them, in bounded time and memory.

Real archives: the tiny trained model, the bundled model, and doctored copies (a member whose header
declares 3 GB, a zip bomb, a hundred members, HDF5 weights declaring a huge compressed dataset). Then
Hypothesis mutates the tiny model's archive: every mutation loads or ends in one clean UserError.
"""

from __future__ import annotations

import os
from pathlib import Path
import resource
import struct
import time
import zipfile
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

from fruitclassifier import paths
from fruitclassifier.core.models.keras_archive import ArchiveError, check_archive, check_weights
from fruitclassifier.core.models.registry import ModelFileError, load_keras
from fruitclassifier.errors import UserError

#: CI replays the same examples every run (a red build is then reproducible); local runs explore new ones.
IN_CI = bool(os.environ.get("CI"))


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_real_archives_pass(tiny_model_dir):
    for path in (tiny_model_dir / "model.keras", *paths.bundled_models_dir().glob("*/model.keras")):
        check_archive(path)
        check_weights(path)


def test_a_member_declaring_3_gb_is_refused_before_keras_reads_it(tiny_model_dir, tmp_path):
    """The issue's case: a 3 GB zero-filled member costs MB on disk; its header's size is checked first."""
    path = _write(tmp_path / "model.keras", _members(tiny_model_dir / "model.keras"))
    raw = bytearray(path.read_bytes())
    at = raw.rfind(b"model.weights.h5") - 46  # the weights' entry in the central directory (after the data)
    assert raw[at:at + 4] == b"PK\x01\x02"
    struct.pack_into("<L", raw, at + 24, 3 * 10**9)  # its uncompressed size: what zipfile would produce
    path.write_bytes(bytes(raw))
    started, peak = time.perf_counter(), _peak_rss_mb()
    with pytest.raises(ModelFileError, match="unpacks to 3.00 GB|expands"):
        load_keras(path)
    assert time.perf_counter() - started < 5 and _peak_rss_mb() - peak < 200


def test_a_zip_bomb_member_is_refused_by_its_ratio(tiny_model_dir, tmp_path):
    members = {**_members(tiny_model_dir / "model.keras"), "assets/zeros.bin": bytes(64 << 20)}
    path = _write(tmp_path / "model.keras", members, zipfile.ZIP_DEFLATED)
    with pytest.raises(ModelFileError, match="decompression bomb"):
        load_keras(path)


def test_an_archive_with_a_hundred_members_is_refused_from_its_end_record(tmp_path):
    path = _write(tmp_path / "model.keras", {"config.json": b"{}", **{f"m{i}": b"" for i in range(100)}})
    with pytest.raises(ArchiveError, match="claims 101 members"):
        check_archive(path)


def test_hdf5_weights_declaring_a_huge_compressed_dataset_are_refused(tiny_model_dir, tmp_path):
    """HDF5 compresses inside the file: 1.2 GB of declared (never written) gzip chunks take KB on disk."""
    import io

    import h5py

    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as h5:
        h5.create_dataset("layers/dense/vars/0", shape=(300_000_000,), dtype="float32", chunks=(1 << 20,),
                          compression="gzip")
    members = {**_members(tiny_model_dir / "model.keras"), "model.weights.h5": buffer.getvalue()}
    path = _write(tmp_path / "model.keras", members)
    assert path.stat().st_size < 1 << 20
    peak = _peak_rss_mb()
    with pytest.raises(ModelFileError, match="weights declare 1.20 GB"):
        load_keras(path)
    assert _peak_rss_mb() - peak < 200


def test_a_config_declaring_a_billion_units_is_refused_before_keras_builds_it(tiny_model_dir, tmp_path):
    import json

    members = _members(tiny_model_dir / "model.keras")
    config = json.loads(members["config.json"])
    dense = next(layer for layer in config["config"]["layers"] if layer["class_name"] == "Dense")
    dense["config"]["units"] = 10**9  # Keras would allocate its kernel while building, before any weight
    path = _write(tmp_path / "model.keras", {**members, "config.json": json.dumps(config).encode()})
    peak = _peak_rss_mb()
    with pytest.raises(ModelFileError, match="units 1000000000"):
        load_keras(path)
    assert _peak_rss_mb() - peak < 200


def test_not_a_zip_and_a_truncated_zip_read_clearly(tiny_model_dir, tmp_path):
    bad = tmp_path / "model.keras"
    bad.write_bytes(b"hello, not a model")
    with pytest.raises(ModelFileError, match="not a Keras model file"):
        load_keras(bad)
    bad.write_bytes((tiny_model_dir / "model.keras").read_bytes()[: 200_000])
    with pytest.raises(ModelFileError, match="not a Keras model file"):
        load_keras(bad)


# --- Hypothesis: mutated archives ------------------------------------------------------------------------


@st.composite
def mutations(draw) -> tuple[str, int, int, bytes]:
    kind = draw(st.sampled_from(["flip", "truncate", "member", "config", "header"]))
    return kind, draw(st.integers(0, 2**31)), draw(st.integers(0, 255)), draw(st.binary(max_size=64))


def _mutate(original: bytes, members: dict[str, bytes], mutation: tuple[str, int, int, bytes], path: Path) -> None:
    kind, where, byte, blob = mutation
    if kind == "flip":
        data = bytearray(original)
        data[where % len(data)] ^= byte or 1
        path.write_bytes(bytes(data))
    elif kind == "truncate":
        path.write_bytes(original[: where % len(original)])
    elif kind == "member":  # one member's content replaced by random bytes
        name = sorted(members)[where % len(members)]
        _write(path, {**members, name: blob})
    elif kind == "config":  # config.json changed in one place: a type, a number, a class name
        text = members["config.json"]
        at = where % len(text)
        _write(path, {**members, "config.json": text[:at] + blob[:8] + text[at + 1:]})
    else:  # a header's sizes rewritten: declared sizes are what the checks trust
        data = bytearray(original)
        at = data.find(b"PK\x01\x02", where % len(data))
        if at >= 0:
            struct.pack_into("<L", data, at + 24, zlib.crc32(blob) & 0xFFFFFFFF)
        path.write_bytes(bytes(data))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, database=None, derandomize=IN_CI,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutation=mutations())
def test_any_mutated_archive_loads_or_says_one_clean_line(tiny_model_dir, tmp_path, mutation):
    original = (tiny_model_dir / "model.keras").read_bytes()
    path = tmp_path / "model.keras"
    _mutate(original, _members(tiny_model_dir / "model.keras"), mutation, path)
    started = time.perf_counter()
    try:
        model = load_keras(path)
    except UserError as exc:
        assert str(exc).strip() and "\n" not in exc.message
    else:
        assert model.outputs and model.inputs
    assert time.perf_counter() - started < 30

