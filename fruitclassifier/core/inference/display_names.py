"""Class names as people read them: "Banana" for "Banana 1", "Golden apple" for "Apple Golden 1".

The naming rule (README, "Names"): class ids (folder names) stay what machines read — files,
metadata, JSON, the CSV ``label`` column, label files of exports — and everything a person reads
(lists, dialogs, copies, reports, figures) shows ``display_name``. Known ids come from one table
(the shop photo set and Fruits-360 classes the bundled models know); any other id, such as a
user's own "Pear" or "Apple 3", gets a name derived from it by the same general rule, so a model
trained on new folders needs no table entry.
"""

from __future__ import annotations

from collections.abc import Sequence
import re

from fruitclassifier.core.inference.open_set import OTHER_CLASS, UNKNOWN_LABEL

#: Friendly names of the classes the bundled models know (Grocery Store data set and Fruits-360).
FRIENDLY_NAMES: dict[str, str] = {
    "Apple Golden 1": "Golden apple", "Apple Granny Smith": "Granny Smith apple",
    "Apple Pink Lady": "Pink Lady apple", "Apple Red Delicious": "Red Delicious apple",
    "Apple Royal Gala": "Royal Gala apple", "Apple 10": "Red apple (10)", "Apple 11": "Red apple (11)",
    "Apple 12": "Red apple (12)", "Asparagus": "Asparagus", "Aubergine": "Aubergine", "Banana 1": "Banana",
    "Beef Tomato": "Beef tomato", "Brown Cap Mushroom": "Brown cap mushroom", "Cabbage": "Cabbage",
    "Cantaloupe": "Cantaloupe", "Carrot": "Carrot", "Cucumber": "Cucumber", "Floury Potato": "Floury potato",
    "Galia Melon": "Galia melon", "Garlic": "Garlic", "Ginger": "Ginger", "Grape White 1": "White grape",
    "Green Bell Pepper": "Green bell pepper", "Honeydew Melon": "Honeydew melon", "Kiwi 1": "Kiwi",
    "Leek": "Leek", "Lemon 1": "Lemon", "Lime": "Lime", "Mango 1": "Mango", "Nectarine": "Nectarine",
    "Orange 1": "Orange", "Orange Bell Pepper": "Orange bell pepper", "Papaya": "Papaya", "Peach": "Peach",
    "Pineapple 1": "Pineapple", "Red Beet": "Beetroot", "Red Bell Pepper": "Red bell pepper",
    "Red Grapefruit": "Red grapefruit", "Satsuma": "Satsuma", "Solid Potato": "Waxy potato",
    "Strawberry 1": "Strawberry", "Sweet Potato": "Sweet potato", "Tomato 1": "Tomato",
    "Vine Tomato": "Vine tomato", "Watermelon": "Watermelon", "Yellow Bell Pepper": "Yellow bell pepper",
    "Yellow Onion": "Yellow onion", "Zucchini": "Zucchini",
}

#: Fruits-360 names "<Fruit> <Variety>"; shown as "<variety> <fruit>".
_VARIETY_FIRST = {"Golden", "White", "Red", "Green", "Black", "Yellow", "Pink", "Granny", "Braeburn", "Crimson"}
_NUMBERED = re.compile(r"^(?P<base>.*?)\s+(?P<number>\d+)$")


def display_name(class_id: str, all_ids: Sequence[str] = ()) -> str:
    """The name to show for ``class_id``; ``all_ids`` (the model's classes) keeps siblings distinct:
    "Banana 1" is "Banana" unless the model also knows a "Banana 2", when both keep their ids."""
    class_id = class_id.strip()
    if class_id == OTHER_CLASS:
        return UNKNOWN_LABEL
    match = _NUMBERED.match(class_id)
    base = match.group("base") if match else class_id
    if match and any(i.strip() != class_id and _base(i) == base and i.strip() not in FRIENDLY_NAMES
                     for i in all_ids):
        return class_id  # an unknown sibling numbered like it: only the numbers tell them apart
    if class_id in FRIENDLY_NAMES:
        return FRIENDLY_NAMES[class_id]
    if match and match.group("number") == "1":
        return _variety_first(base)
    return _variety_first(class_id) if not match else class_id


def _base(class_id: str) -> str:
    match = _NUMBERED.match(class_id.strip())
    return match.group("base") if match else class_id.strip()


def _variety_first(name: str) -> str:
    words = name.split()
    if len(words) == 2 and words[1] in _VARIETY_FIRST:
        return f"{words[1]} {words[0].lower()}"
    return name


def display_names(class_ids: Sequence[str]) -> dict[str, str]:
    """Every class of a model, id → shown name; two ids that would show the same name keep their ids."""
    names = {c: display_name(c, class_ids) for c in class_ids}
    shown = list(names.values())
    return {c: (c if shown.count(n) > 1 else n) for c, n in names.items()}


def shown_name(class_id: str, all_ids: Sequence[str] = ()) -> str:
    """``display_name`` for a label that may come with underscores from a folder or file name."""
    if class_id == OTHER_CLASS:
        return UNKNOWN_LABEL
    return display_name(class_id.replace("_", " "), all_ids)
