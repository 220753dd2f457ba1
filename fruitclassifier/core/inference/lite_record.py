"""The app's record inside an exported ``.tflite``: class names, pixel scaling, open-set answer, figures.

Why inside the flatbuffer rather than in a ``<name>.json`` beside it: a ``.tflite`` travels alone (mailed,
dropped into a phone project, copied without its neighbours), and a copy that lost its record would lose
what cannot be guessed back: the 0..255 scaling (a wrong one answers confidently and wrongly) and the
"not one of my fruits" class with its calibrated threshold (without it ``_other`` is answered as a fruit).
The TFLite schema has a place for this: ``Model.metadata``, named buffers that every interpreter ignores
(TFLite Support's own metadata lives there as ``TFLITE_METADATA``). Ours is one UTF-8 JSON object under
``RECORD_NAME``. The labels file written beside the export stays, for tools that read only that.
NumPy and the flatbuffers schema only: reading it at import needs no TensorFlow.
"""

from __future__ import annotations

import json
from typing import Any

#: Name of the metadata entry holding the record (a flatbuffer metadata name, not a file name).
RECORD_NAME = "fruitclassifier.record.json"
#: The most record bytes read back: class names and a few figures, never more than this.
MAX_RECORD_BYTES = 1 << 20


def _schema() -> Any:
    """The generated TFLite schema reader: LiteRT's, else TensorFlow's copy (platforms without LiteRT)."""
    try:
        from ai_edge_litert import schema_py_generated as schema
    except ImportError:
        from tensorflow.lite.python import schema_py_generated as schema  # type: ignore[no-redef]
    return schema


def embed(flatbuffer: bytes, record: dict[str, Any]) -> bytes:
    """The same model with ``record`` as a named metadata buffer (an older record of ours replaced)."""
    import flatbuffers
    import numpy as np

    schema = _schema()
    model = schema.ModelT.InitFromPackedBuf(bytearray(flatbuffer), 0)
    model.metadata = [m for m in (model.metadata or []) if _name(m.name) != RECORD_NAME]
    buffer = schema.BufferT()
    buffer.data = np.frombuffer(json.dumps(record, default=str).encode("utf-8"), dtype=np.uint8)
    model.buffers = [*(model.buffers or []), buffer]
    entry = schema.MetadataT()
    entry.name, entry.buffer = RECORD_NAME, len(model.buffers) - 1
    model.metadata.append(entry)
    builder = flatbuffers.Builder(len(flatbuffer) + 4096)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def read(flatbuffer: bytes) -> dict[str, Any] | None:
    """The record an export of this app put in ``flatbuffer``; None for any other file (or an unreadable one)."""
    try:
        model = _schema().Model.GetRootAs(flatbuffer, 0)
        for i in range(model.MetadataLength()):
            entry = model.Metadata(i)
            if _name(entry.Name()) != RECORD_NAME:
                continue
            data = model.Buffers(entry.Buffer()).DataAsNumpy()
            if not hasattr(data, "tobytes") or data.size > MAX_RECORD_BYTES:
                return None
            record = json.loads(data.tobytes().decode("utf-8"))
            return record if isinstance(record, dict) else None
    except Exception:  # noqa: BLE001 - ImportError, a malformed table, bad JSON: the file simply has no record
        return None
    return None


def _name(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")
