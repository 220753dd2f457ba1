"""Display names and the folder names they become: unique, and safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

from fruitclassifier import paths
from fruitclassifier.core.store.listing import list_models

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"{d}{i}" for d in ("com", "lpt") for i in range(1, 10))}


def slugify(name: str) -> str:
    """A folder name that is safe on Windows, macOS and Linux (lower-case: macOS ignores case)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._-]+", "-", ascii_name.strip().lower())
    slug = re.sub(r"-{2,}", "-", slug).strip(".-_")[:64].strip(".-_")
    if not slug:
        slug = "model"
    if slug.split(".")[0] in _WINDOWS_RESERVED:
        slug += "-model"
    return slug


def _taken_names() -> tuple[set[str], set[str]]:
    """Display names (case-folded) and folder slugs already in use, bundled ones included."""
    infos = list_models(include_broken=True)
    names = {info.name.casefold() for info in infos}
    slugs = {info.path.name for info in infos} | {slugify(info.name) for info in infos}
    root = paths.models_dir()
    slugs |= {p.name for p in root.iterdir()}
    return names, slugs


def unique_name(name: str) -> str:
    """``name``, or "name (2)", "name (3)"… so neither the name nor its folder is taken."""
    base = name.strip() or "model"
    names, slugs = _taken_names()
    candidate, n = base, 1
    while candidate.casefold() in names or slugify(candidate) in slugs:
        n += 1
        candidate = f"{base} ({n})"
    return candidate
