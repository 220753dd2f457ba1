"""Class names for an imported model: labels.txt beside it (Teachable Machine's ``0 Lemon`` lines,
plain lines), a JSON list, or typed; their count must equal the model's outputs.

Teachable Machine writes ``labels.txt`` as ``<index> <name>`` lines; a tutorial writes one name a
line; a script writes JSON. The index prefix is stripped only when every line carries it, in order,
so a fruit called "7 Up" in a plain list keeps its name.
"""

from __future__ import annotations

from collections.abc import Sequence
import json
from pathlib import Path
import re

from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Names looked for beside a model file (and inside a model folder), in this order.
LABEL_FILES = ("labels.txt", "labels.json", "class_names.txt", "class_names.json", "classes.txt", "classes.json")
MAX_LABELS_BYTES = 4 << 20
_INDEXED = re.compile(r"^(\d+)\s+(.+)$")

Labels = Sequence[str] | str | Path | None


class LabelsError(UserError, ValueError):
    """Class names missing, unreadable, repeated, or not one per output."""


def find_beside(model_path: Path) -> Path | None:
    """The model's own ``<name>-labels.txt`` (what this app's export writes, so two exports can share a
    folder), else labels.txt (or a kin) beside a model file or inside a model folder; None when there is none."""
    if model_path.is_dir():
        folder, names = model_path, LABEL_FILES
    else:
        folder = model_path.parent
        names = (*(f"{model_path.stem}{sep}labels{ext}" for sep in "-_." for ext in (".txt", ".json")), *LABEL_FILES)
    return next((folder / name for name in names if (folder / name).is_file()), None)


def parse_text(text: str, json_file: bool = False) -> list[str]:
    """Names from a labels file's text: a JSON list / {"class_names": [...]} / {"0": ...}, or lines."""
    stripped = text.strip()
    if json_file or stripped.startswith(("[", "{")):
        try:
            data = json.loads(stripped)
        except ValueError as exc:
            raise LabelsError(f"the labels file is not valid JSON ({exc})") from None
        if isinstance(data, dict) and isinstance(data.get("class_names"), list):
            data = data["class_names"]
        elif isinstance(data, dict) and data and all(str(k).isdigit() for k in data):
            data = [data[k] for k in sorted(data, key=int)]
        if not isinstance(data, list):
            raise LabelsError(QT_TRANSLATE_NOOP("core", "the labels file holds no list of names: use a JSON list or "
                                                        "one name per line"))
        return [str(n).strip() for n in data]
    lines = [line.strip() for line in stripped.splitlines() if line.strip()]
    matches = [_INDEXED.match(line) for line in lines]
    if lines and all(m is not None and int(m.group(1)) == i for i, m in enumerate(matches)):
        return [m.group(2).strip() for m in matches if m is not None]  # Teachable Machine: "0 Lemon"
    return lines


def is_teachable_machine(path: Path) -> bool:
    """True for a labels.txt in Teachable Machine's numbered form ("0 Lemon", "1 Orange", …)."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return bool(lines) and all((m := _INDEXED.match(line)) and int(m.group(1)) == i for i, line in enumerate(lines))


def read_file(path: Path) -> list[str]:
    """Names from a labels file, bounded in size, with one-line refusals."""
    try:
        if path.stat().st_size > MAX_LABELS_BYTES:
            raise LabelsError(f"{path.name} is larger than any list of class names ({path.stat().st_size} bytes)")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LabelsError(f"labels file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelsError(f"cannot read the labels file {path.name}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return parse_text(text, path.suffix.lower() == ".json")
    except LabelsError as exc:
        raise LabelsError(f"{path.name}: {exc.message}") from None


def resolve(model_path: Path, given: Labels, outputs: int, fallback: Sequence[str] | None = None) -> list[str]:
    """The model's class names: ``given`` (names or a file), else a labels file beside it, else
    ``fallback`` (a metadata.json's names); checked unique, non-empty and one per output."""
    if isinstance(given, (str, Path)) and str(given).strip():
        names = read_file(Path(given).expanduser())
    elif given is not None and not isinstance(given, (str, Path)):
        names = [str(n).strip() for n in given]
    elif (found := find_beside(model_path)) is not None:
        names = read_file(found)
    elif fallback:
        names = [str(n) for n in fallback]
    else:
        raise LabelsError(f"no class names for {model_path.name}: put labels.txt (one name per line, in output "
                          "order) beside it, or give a labels file")
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated or "" in names:
        raise LabelsError(f"class names must be unique and not empty (repeated: {', '.join(repeated) or 'none'})")
    if len(names) != outputs:
        raise LabelsError(f"{model_path.name} has {outputs} outputs but {len(names)} class names were given: "
                          "give exactly one class name per output, in output order")
    return names
