"""Class names as people read them: "Banana" for Fruits-360's "Banana 1", "Golden apple" for "Apple Golden 1".

Fruits-360 folder names carry a variety number that is noise to a user when a fruit has
only one variety in the model; the folder names stay the ids everywhere (files, metadata,
CSV "label" column), only what is shown changes. Numbers that tell varieties apart
("Apple 10" vs "Apple 11") stay.
"""

from __future__ import annotations

import re
from typing import Sequence

from fruitclassifier.core.inference.open_set import OTHER_CLASS, UNKNOWN_LABEL

#: Fruits-360 names "<Fruit> <Variety>"; shown as "<variety> <fruit>".
_VARIETY_FIRST = {"Golden", "White", "Red", "Green", "Black", "Yellow", "Pink", "Granny", "Braeburn", "Crimson"}
_NUMBERED = re.compile(r"^(?P<base>.*?)\s+(?P<number>\d+)$")


def display_name(class_id: str, all_ids: Sequence[str] = ()) -> str:
    """The name to show for ``class_id``; ``all_ids`` (the model's classes) keeps siblings distinct."""
    if class_id == OTHER_CLASS:
        return UNKNOWN_LABEL
    match = _NUMBERED.match(class_id.strip())
    if not match:
        return _variety_first(class_id.strip())
    base, number = match.group("base"), match.group("number")
    siblings = [i for i in all_ids if i != class_id and _base(i) == base]
    if number == "1" and not siblings:
        return _variety_first(base)
    return class_id.strip()


def _base(class_id: str) -> str:
    match = _NUMBERED.match(class_id.strip())
    return match.group("base") if match else class_id.strip()


def _variety_first(name: str) -> str:
    words = name.split()
    if len(words) == 2 and words[1] in _VARIETY_FIRST:
        return f"{words[1]} {words[0].lower()}"
    return name


def display_names(class_ids: Sequence[str]) -> dict[str, str]:
    """Every class of a model, id → shown name."""
    return {c: display_name(c, class_ids) for c in class_ids}
